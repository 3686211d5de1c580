#include "runtime.h"

#include "coro/scheduler.h"

namespace ck {

void RunTime::markOrigin()
{
    m_origin = m_scheduler->now();
    m_wallOrigin = m_scheduler->clock().wallNow();
    m_hasOrigin = true;
}

std::chrono::nanoseconds RunTime::elapsed() const
{
    return m_scheduler->now() - m_origin;
}

std::chrono::nanoseconds RunTime::wallElapsed() const
{
    return m_scheduler->clock().wallNow() - m_wallOrigin;
}

} // namespace ck
