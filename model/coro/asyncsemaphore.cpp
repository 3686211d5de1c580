#include "asyncsemaphore.h"

#include "scheduler.h"

#include <algorithm>

namespace ck {

void AsyncSemaphore::Acquirer::await_suspend(std::coroutine_handle<> handle)
{
    m_handle = handle;
    m_semaphore->m_waiters.push_back(this);
}

bool AsyncSemaphore::tryAcquire()
{
    if (locked())
        return false;
    --m_permits;
    return true;
}

void AsyncSemaphore::release()
{
    ++m_permits;
    wakeUpNext();
}

void AsyncSemaphore::wakeUpNext()
{
    const auto next = std::find_if(m_waiters.begin(), m_waiters.end(),
                                   [](const Acquirer *waiter) { return !waiter->m_woken; });
    if (next == m_waiters.end())
        return;
    --m_permits;
    (*next)->m_woken = true;
    m_scheduler->resumeSoon((*next)->m_handle);
}

void AsyncSemaphore::resumed(Acquirer &acquirer)
{
    if (!acquirer.m_handle)
        return; // it passed at once
    // acquire()'s `finally: self._waiters.remove(fut)`, then `if self._value > 0: wake next`.
    m_waiters.erase(std::find(m_waiters.begin(), m_waiters.end(), &acquirer));
    if (m_permits > 0)
        wakeUpNext();
}

} // namespace ck
