#include "realclock.h"

#include <cmath>
#include <thread>

namespace ck {

RealClock::RealClock(double speed)
    : m_origin(SteadyClock::now()), m_rebasedAt(m_origin), m_speed(speed > 0 ? speed : 1.0)
{}

std::chrono::nanoseconds RealClock::now() const
{
    const auto wallSinceRebase = SteadyClock::now() - m_rebasedAt;
    if (m_speed == 1.0) // the common case, read for every sleep: no floating point
        return m_scenarioAtRebase + wallSinceRebase;
    const auto scaled = std::chrono::duration<double, std::nano>(wallSinceRebase) * m_speed;
    return m_scenarioAtRebase + std::chrono::nanoseconds(std::llround(scaled.count()));
}

std::chrono::nanoseconds RealClock::wallNow() const
{
    return SteadyClock::now() - m_origin;
}

void RealClock::block(std::chrono::nanoseconds duration)
{
    // Sleep until the scenario clock has really passed the target: never early.
    const auto target = now() + duration;
    for (auto left = wallDelayUntil(target); left.count() > 0; left = wallDelayUntil(target))
        std::this_thread::sleep_for(left);
}

std::chrono::nanoseconds RealClock::wallDelayUntil(std::chrono::nanoseconds deadline) const
{
    const auto left = deadline - now();
    if (left.count() <= 0)
        return {};
    return std::chrono::nanoseconds(std::llround(std::ceil(double(left.count()) / m_speed)));
}

void RealClock::setSpeed(double speed)
{
    if (!(speed > 0) || !std::isfinite(speed))
        return;
    m_scenarioAtRebase = now();
    m_rebasedAt = SteadyClock::now();
    m_speed = speed;
}

} // namespace ck
