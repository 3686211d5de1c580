#include "asyncsemaphore.h"

#include "scheduler.h"

#include <algorithm>

namespace ck {

void AsyncSemaphore::Acquirer::await_suspend(std::coroutine_handle<> handle)
{
    m_semaphore->m_waiters.push_back(this);
    m_suspension.suspend(*m_semaphore->m_scheduler, handle, &Acquirer::cancel, this);
}

bool AsyncSemaphore::Acquirer::cancel(void *acquirer, const QString &)
{
    auto *self = static_cast<Acquirer *>(acquirer);
    self->m_cancelled = true;
    ++self->m_semaphore->m_cancelledWaiters;
    self->m_suspension.resumeCancelled();
    return true;
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
    // _wake_up_next: the first waiter whose future is not done (neither woken nor cancelled).
    const auto next = std::find_if(m_waiters.begin(), m_waiters.end(), [](const Acquirer *waiter) {
        return !waiter->m_woken && !waiter->m_cancelled;
    });
    if (next == m_waiters.end())
        return;
    --m_permits;
    (*next)->m_woken = true;
    (*next)->m_suspension.resumeSoon();
}

void AsyncSemaphore::resumed(Acquirer &acquirer)
{
    if (!acquirer.m_suspension.isSuspended())
        return; // it passed at once
    // acquire()'s `finally: self._waiters.remove(fut)`, then `if self._value > 0: wake next`.
    m_waiters.erase(std::find(m_waiters.begin(), m_waiters.end(), &acquirer));
    if (acquirer.m_cancelled)
        --m_cancelledWaiters;
    try {
        acquirer.m_suspension.raiseIfCancelled();
    } catch (...) {
        if (!acquirer.m_cancelled) { // woken, then cancelled: the permit goes to the next one
            ++m_permits;
            wakeUpNext();
        }
        throw;
    }
    if (m_permits > 0)
        wakeUpNext();
}

} // namespace ck
