#pragma once

#include "suspension.h"

#include <QString>

#include <coroutine>
#include <deque>

namespace ck {

class Scheduler;

namespace detail {

// The future of one blocked Queue.get() (a getter) or Queue.put() (a putter), queued in the
// queue's _getters or _putters deque (queues.py 116-120, 154-158). The queue wakes the first one
// not done and takes it out of the deque (_wakeup_next, 58-64); a cancelled one stays there,
// done, until the queue skips it or it takes itself out when it resumes (leave()).
class QueueWaiter
{
public:
    using Queue = std::deque<QueueWaiter *>;

    QueueWaiter(Scheduler &scheduler, Queue &waiters) : m_scheduler(&scheduler), m_waiters(&waiters)
    {}
    QueueWaiter(const QueueWaiter &) = delete;
    QueueWaiter &operator=(const QueueWaiter &) = delete;

    // What `co_await waiter.wait()` awaits: the waiter stays where it is (QCoro 0.8's
    // await_transform copies a named awaiter, and the queue holds the waiter's address).
    class Awaiter
    {
    public:
        explicit Awaiter(QueueWaiter &waiter) : m_waiter(&waiter) {}
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<> handle) { m_waiter->suspend(handle); }
        void await_resume() const { m_waiter->m_suspension.raiseIfCancelled(); }

    private:
        QueueWaiter *m_waiter;
    };

    Awaiter wait() { return Awaiter(*this); }

    // future.cancelled()
    bool isCancelled() const { return m_cancelled; }
    // `self._getters.remove(getter)` when it is still there (queues.py 161-167).
    void leave();
    // Queue._wakeup_next(waiters).
    static void wakeUpNext(Queue &waiters);

private:
    void suspend(std::coroutine_handle<> handle);
    static bool cancel(void *waiter, const QString &message); // TaskCore::CancelWait
    bool isDone() const { return m_woken || m_cancelled; }

    Scheduler *m_scheduler;
    Queue *m_waiters;
    detail::Suspension m_suspension;
    bool m_woken = false;     // its future has a result
    bool m_cancelled = false; // its future is cancelled
};

} // namespace detail
} // namespace ck
