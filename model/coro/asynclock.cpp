#include "asynclock.h"

#include "scheduler.h"
#include "syncusageerror.h"

#include <algorithm>

namespace ck {

void AsyncLock::Acquirer::await_suspend(std::coroutine_handle<> handle)
{
    m_lock->m_waiters.push_back(this); // locks.py 104-107
    m_suspension.suspend(*m_lock->m_scheduler, handle, &Acquirer::cancel, this);
}

bool AsyncLock::Acquirer::cancel(void *acquirer, const QString &)
{
    auto *self = static_cast<Acquirer *>(acquirer);
    self->m_cancelled = true;
    ++self->m_lock->m_cancelledWaiters;
    self->m_suspension.resumeCancelled();
    return true;
}

bool AsyncLock::tryAcquire()
{
    // locks.py 99-102: free, and every waiter (if any) cancelled; a woken one is not.
    if (m_locked || m_waiters.size() > m_cancelledWaiters)
        return false;
    m_locked = true;
    return true;
}

void AsyncLock::release()
{
    if (!m_locked) // locks.py 136-140
        throw SyncUsageError("RuntimeError", "Lock is not acquired.");
    m_locked = false;
    wakeUpFirst();
}

void AsyncLock::wakeUpFirst()
{
    // locks.py 142-155: only the first waiter, and only if its future is not done: a done one
    // will resume and take the lock or, cancelled, come back here.
    if (m_waiters.empty() || m_waiters.front()->isDone())
        return;
    m_waiters.front()->m_woken = true;
    m_waiters.front()->m_suspension.resumeSoon();
}

void AsyncLock::resumed(Acquirer &acquirer)
{
    if (!acquirer.m_suspension.isSuspended())
        return; // it passed at once
    // locks.py 112-116: `finally: self._waiters.remove(fut)` first…
    m_waiters.erase(std::find(m_waiters.begin(), m_waiters.end(), &acquirer));
    if (acquirer.m_cancelled)
        --m_cancelledWaiters;
    try {
        acquirer.m_suspension.raiseIfCancelled();
    } catch (...) {
        // …then 117-120: a cancelled waiter (queued or woken) wakes the next if nobody holds it.
        if (!m_locked)
            wakeUpFirst();
        throw;
    }
    m_locked = true; // 122
}

} // namespace ck
