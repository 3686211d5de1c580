#pragma once

#include "loopstate.h"
#include "trace/recorder.h"

#include <memory>

namespace ck {

// The event loop of one run as a view follows it: each follow() folds only the loop events
// recorded since the last one onto the state, so a live run costs each frame what is new, not
// the whole run so far; another recorder, or fewer events (a replay stepped back), starts over.
class FollowedLoop
{
public:
    void follow(const std::shared_ptr<const Recorder> &recorder, std::size_t events);

    const std::shared_ptr<const Recorder> &recorder() const { return m_recorder; }
    const LoopState &state() const { return m_state; }

private:
    std::shared_ptr<const Recorder> m_recorder;
    LoopState m_state;
};

} // namespace ck
