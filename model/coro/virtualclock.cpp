#include "virtualclock.h"

#include <algorithm>

namespace ck {

VirtualClock::VirtualClock()
{
    m_wall.start();
}

std::chrono::nanoseconds VirtualClock::wallNow() const
{
    return std::chrono::nanoseconds(m_wall.nsecsElapsed());
}

void VirtualClock::block(std::chrono::nanoseconds duration)
{
    m_now += std::max(duration, std::chrono::nanoseconds(0));
}

void VirtualClock::idleUntil(std::chrono::nanoseconds deadline)
{
    m_now = std::max(m_now, deadline);
}

} // namespace ck
