#include "queuewaiter.h"

#include "scheduler.h"

#include <algorithm>

namespace ck::detail {

void QueueWaiter::suspend(std::coroutine_handle<> handle)
{
    m_waiters->push_back(this);
    m_suspension.suspend(*m_scheduler, handle, &QueueWaiter::cancel, this);
}

bool QueueWaiter::cancel(void *waiter, const QString &)
{
    auto *self = static_cast<QueueWaiter *>(waiter);
    self->m_cancelled = true;
    self->m_suspension.resumeCancelled();
    return true;
}

void QueueWaiter::leave()
{
    const auto self = std::find(m_waiters->begin(), m_waiters->end(), this);
    if (self != m_waiters->end())
        m_waiters->erase(self);
}

void QueueWaiter::wakeUpNext(Queue &waiters)
{
    // queues.py 58-64: done waiters met on the way (cancelled ones) are dropped too.
    while (!waiters.empty()) {
        QueueWaiter *waiter = waiters.front();
        waiters.pop_front();
        if (!waiter->isDone()) {
            waiter->m_woken = true;
            waiter->m_suspension.resumeSoon();
            break;
        }
    }
}

} // namespace ck::detail
