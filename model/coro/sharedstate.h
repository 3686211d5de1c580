#pragma once

namespace ck::detail {

// What a composition (gather, wait, wait_for, as_completed) shares with the done callbacks it
// adds to tasks. A callback may already sit in the ready queue when the awaiting frame goes away
// (asyncio's garbage collector keeps its objects alive then); here each callback holds a
// reference, dropped when it runs or is removed, and the last reference frees the state.
class SharedState
{
public:
    SharedState() = default;
    SharedState(const SharedState &) = delete;
    SharedState &operator=(const SharedState &) = delete;

    void retain() { ++m_references; }
    void drop()
    {
        if (--m_references == 0)
            delete this;
    }

    // For std::unique_ptr<State, SharedState::Drop>: the frame's reference.
    // A template, so that an owner's header may name a state it only declares.
    struct Drop
    {
        template <typename State> void operator()(State *state) const { state->drop(); }
    };

protected:
    virtual ~SharedState() = default;

private:
    int m_references = 1; // its maker's
};

} // namespace ck::detail
