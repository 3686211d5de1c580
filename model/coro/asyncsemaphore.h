#pragma once

#include "suspension.h"

#include <QString>

#include <coroutine>
#include <cstddef>
#include <deque>

namespace ck {

class Scheduler;

// asyncio.Semaphore(N) exactly as CPython 3.11 has it (locks.py, Semaphore): acquire() passes at
// once unless locked(), i.e. no permit is left or someone queues; release() hands its permit to
// the first waiter not yet woken, who resumes on the next iteration and keeps its place in the
// queue until then, so a task that asks meanwhile queues behind it; a woken waiter that finds a
// permit still free wakes the next one. A waiter whose task is cancelled stays queued, ignored,
// until it resumes to raise CancelledError; if it had been woken, it passes the wake on
// (locks.py 364-398: `except CancelledError: if not fut.cancelled(): ... _wake_up_next()`).
class AsyncSemaphore
{
public:
    class Acquirer
    {
    public:
        explicit Acquirer(AsyncSemaphore &semaphore) : m_semaphore(&semaphore) {}
        bool await_ready() noexcept { return m_semaphore->tryAcquire(); }
        void await_suspend(std::coroutine_handle<> handle);
        void await_resume() { m_semaphore->resumed(*this); }

    private:
        friend class AsyncSemaphore;
        static bool cancel(void *acquirer, const QString &message); // TaskCore::CancelWait

        AsyncSemaphore *m_semaphore;
        detail::Suspension m_suspension; // suspended while queued
        bool m_woken = false;            // its future has a result
        bool m_cancelled = false;        // its future is cancelled
    };

    AsyncSemaphore(Scheduler &scheduler, int permits) : m_scheduler(&scheduler), m_permits(permits)
    {}
    AsyncSemaphore(const AsyncSemaphore &) = delete;
    AsyncSemaphore &operator=(const AsyncSemaphore &) = delete;

    Acquirer acquire() { return Acquirer(*this); }
    void release();
    // Semaphore.locked(): whether acquire() would wait.
    bool locked() const { return m_permits == 0 || m_waiters.size() > m_cancelledWaiters; }
    int available() const { return m_permits; }

private:
    bool tryAcquire();
    void wakeUpNext();
    void resumed(Acquirer &acquirer);

    Scheduler *m_scheduler;
    int m_permits;
    std::deque<Acquirer *> m_waiters; // in the awaiting frames, in arrival order
    std::size_t m_cancelledWaiters = 0;
};

} // namespace ck
