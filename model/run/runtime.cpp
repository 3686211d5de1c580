#include "runtime.h"

#include "coro/scheduler.h"

namespace ck {

void RunTime::markOrigin()
{
    if (!m_origin->marked)
        *m_origin = Origin{m_scheduler->now(), m_scheduler->clock().wallNow(), true};
    m_hasOrigin = true;
}

std::chrono::nanoseconds RunTime::elapsed() const
{
    return m_scheduler->now() - m_origin->scenario;
}

std::chrono::nanoseconds RunTime::wallElapsed() const
{
    return m_scheduler->clock().wallNow() - m_origin->wall;
}

} // namespace ck
