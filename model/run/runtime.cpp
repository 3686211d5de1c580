#include "runtime.h"

#include "coro/scheduler.h"

namespace ck {

RunTime::Origin RunTime::originNow(const Scheduler &scheduler)
{
    return Origin{scheduler.now(), scheduler.clock().wallNow()};
}

void RunTime::setOrigin(Origin origin)
{
    m_origin = origin;
    m_hasOrigin = true;
}

std::chrono::nanoseconds RunTime::elapsed() const
{
    return m_scheduler->now() - m_origin.scenario;
}

std::chrono::nanoseconds RunTime::wallElapsed() const
{
    return m_scheduler->clock().wallNow() - m_origin.wall;
}

} // namespace ck
