#include "asyncsemaphore.h"

#include "scheduler.h"

namespace ck {

bool AsyncSemaphore::tryAcquire()
{
    if (m_permits <= 0 || !m_waiters.empty())
        return false;
    --m_permits;
    return true;
}

void AsyncSemaphore::release()
{
    if (m_waiters.empty()) {
        ++m_permits;
        return;
    }
    const auto next = m_waiters.front();
    m_waiters.pop_front();
    m_scheduler->resumeSoon(next);
}

} // namespace ck
