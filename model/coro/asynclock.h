#pragma once

#include "suspension.h"

#include <QString>

#include <coroutine>
#include <cstddef>
#include <deque>

namespace ck {

class Scheduler;

// asyncio.Lock exactly as CPython 3.11 has it (locks.py 24-155). acquire() passes at once when
// the lock is free and nobody queues but cancelled waiters (99-102); otherwise the task queues.
// release() unlocks and wakes the first waiter only if its future is not done yet
// (_wake_up_first, 142-155): the woken waiter takes the lock when it resumes on the next
// iteration (122), and keeps its place at the head until then, so a task that asks meanwhile
// queues behind it (fairness). A waiter whose task is cancelled stays queued, done, until it
// resumes to raise CancelledError; then, if the lock is free, it wakes the new first waiter
// (117-120), whether it was queued or already woken. release() of an unlocked lock throws
// SyncUsageError("RuntimeError", "Lock is not acquired.") (140).
class AsyncLock
{
public:
    class Acquirer
    {
    public:
        explicit Acquirer(AsyncLock &lock) : m_lock(&lock) {}
        bool await_ready() noexcept { return m_lock->tryAcquire(); }
        void await_suspend(std::coroutine_handle<> handle);
        void await_resume() { m_lock->resumed(*this); }

    private:
        friend class AsyncLock;
        static bool cancel(void *acquirer, const QString &message); // TaskCore::CancelWait
        bool isDone() const { return m_woken || m_cancelled; }      // fut.done()

        AsyncLock *m_lock;
        detail::Suspension m_suspension; // suspended while queued
        bool m_woken = false;            // its future has a result
        bool m_cancelled = false;        // its future is cancelled
    };

    explicit AsyncLock(Scheduler &scheduler) : m_scheduler(&scheduler) {}
    AsyncLock(const AsyncLock &) = delete;
    AsyncLock &operator=(const AsyncLock &) = delete;

    // `co_await lock.acquire()`: Lock.acquire(), which may raise CancelledError.
    Acquirer acquire() { return Acquirer(*this); }
    void release();
    bool locked() const { return m_locked; }
    Scheduler *scheduler() const { return m_scheduler; }
    // len(_waiters): queued tasks, woken or cancelled ones included until they resume.
    std::size_t waiters() const { return m_waiters.size(); }

private:
    bool tryAcquire();
    void wakeUpFirst();
    void resumed(Acquirer &acquirer);

    Scheduler *m_scheduler;
    std::deque<Acquirer *> m_waiters; // in the awaiting frames, in arrival order
    std::size_t m_cancelledWaiters = 0;
    bool m_locked = false;
};

} // namespace ck
