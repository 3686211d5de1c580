#include "gatherawaiter.h"

#include "cancellederror.h"
#include "scheduler.h"

namespace ck {

// gather()'s closure and its outer future (_GatheringFuture). The children's done callbacks
// each hold a reference (see SharedState): once the outer future is done, the awaiter goes on
// and its frame, and the children's tasks, may go while callbacks still wait in the ready queue;
// those then touch nothing but this state.
class GatherAwaiter::State final : public detail::SharedState
{
public:
    struct Child
    {
        State *state;
        detail::TaskCore *core;
    };

    State(std::vector<detail::TaskCore *> cores, Mode mode) : mode(mode)
    {
        children.reserve(cores.size());
        for (detail::TaskCore *core : cores)
            children.push_back(Child{this, core});
        outerDone = children.empty(); // gather() of nothing: a future done with []
    }

    static void childDone(void *child);                      // tasks.py 754-807 _done_callback
    static bool cancel(void *state, const QString &message); // TaskCore::CancelWait
    ReadyItem itemOf(Child &child) { return ReadyItem{&State::childDone, &child}; }
    void settle(std::exception_ptr error);
    void settleAll();

    std::vector<Child> children;
    std::vector<std::exception_ptr> outcomes; // with return_exceptions, once all settled
    std::exception_ptr outerError;
    std::exception_ptr firstError; // SettleAll's
    std::size_t finished = 0;
    detail::Suspension suspension;
    Mode mode;
    bool outerDone = false;
    bool cancelRequested = false; // _cancel_requested
    bool awaiting = false;
    bool awaiterGone = false;
};

void GatherAwaiter::State::childDone(void *child)
{
    const Child &done = *static_cast<Child *>(child);
    State &self = *done.state;
    ++self.finished;
    if (self.outerDone || self.awaiterGone) {
        self.drop(); // the child's task may be gone already: it is not looked at
        return;
    }
    if (self.mode == Mode::RaiseFirst && done.core->error())
        self.settle(done.core->error()); // a failure, or the CancelledError of a cancelled child
    else if (self.mode == Mode::SettleAll && !self.firstError)
        self.firstError = done.core->error();
    if (!self.outerDone && self.finished == self.children.size())
        self.settleAll();
    self.drop();
}

void GatherAwaiter::State::settleAll()
{
    if (cancelRequested) {
        // tasks.py 800-805: the last child's cancelled error, whatever return_exceptions says.
        const std::exception_ptr &last = children.back().core->error();
        settle(CancelledError::holds(last) ? last : std::make_exception_ptr(CancelledError()));
        return;
    }
    if (mode == Mode::ReturnExceptions) {
        outcomes.reserve(children.size());
        for (const Child &child : children)
            outcomes.push_back(child.core->error());
    }
    settle(firstError);
}

void GatherAwaiter::State::settle(std::exception_ptr error)
{
    outerDone = true;
    outerError = std::move(error);
    if (awaiting)
        suspension.resumeSoon();
}

bool GatherAwaiter::State::cancel(void *state, const QString &message)
{
    // _GatheringFuture.cancel: true when a child took the cancellation; the awaiting task goes on
    // waiting for the outer future, which ends with CancelledError.
    auto &self = *static_cast<State *>(state);
    if (self.outerDone)
        return false;
    bool cancelled = false;
    for (const Child &child : self.children)
        cancelled = child.core->cancel(message) || cancelled;
    if (cancelled)
        self.cancelRequested = true;
    return cancelled;
}

GatherAwaiter::GatherAwaiter(std::vector<detail::TaskCore *> children, Mode mode)
    : m_state(new State(std::move(children), mode))
{
    // gather() adds its callbacks when called (tasks.py 829), before anything awaits it.
    for (State::Child &child : m_state->children) {
        m_state->retain();
        child.core->addDoneCallback(m_state->itemOf(child));
    }
}

GatherAwaiter::GatherAwaiter(GatherAwaiter &&other) noexcept = default;

GatherAwaiter::~GatherAwaiter()
{
    if (!m_state)
        return; // moved from
    m_state->awaiterGone = true;
    if (m_state->outerDone)
        return; // callbacks still to run only drop their reference
    // Gone before the outer future was done (its frame was destroyed): the children's callbacks
    // are taken back; those already scheduled find awaiterGone.
    for (State::Child &child : m_state->children)
        if (child.core->removeDoneCallback(m_state->itemOf(child)))
            m_state->drop();
}

bool GatherAwaiter::await_ready() const noexcept
{
    return m_state->outerDone;
}

void GatherAwaiter::await_suspend(std::coroutine_handle<> awaiter)
{
    m_state->awaiting = true;
    m_state->suspension.suspend(*m_state->children.front().core->scheduler(), awaiter,
                                &State::cancel, m_state.get());
}

std::vector<std::exception_ptr> GatherAwaiter::await_resume() const
{
    m_state->awaiting = false;
    m_state->suspension.raiseIfCancelled();
    if (m_state->outerError)
        std::rethrow_exception(m_state->outerError);
    return std::move(m_state->outcomes);
}

} // namespace ck
