#include "followedloop.h"

#include <algorithm>

namespace ck {

void FollowedLoop::follow(const std::shared_ptr<const Recorder> &recorder, std::size_t events)
{
    const auto &recorded = recorder->loopEvents();
    const std::size_t count = std::min(events, recorded.size());
    if (recorder != m_recorder || count < m_state.applied()) {
        m_recorder = recorder;
        m_state = LoopState(*recorder);
    }
    for (std::size_t e = m_state.applied(); e < count; ++e)
        m_state.apply(recorded[e]);
}

} // namespace ck
