#pragma once

#include <coroutine>
#include <deque>

namespace ck {

class Scheduler;

// asyncio.Semaphore(N): acquire() passes at once while permits are left and nobody queues;
// otherwise waiters are admitted first come, first served, each on the iteration after a release.
class AsyncSemaphore
{
public:
    class Acquirer
    {
    public:
        explicit Acquirer(AsyncSemaphore &semaphore) : m_semaphore(&semaphore) {}
        bool await_ready() noexcept { return m_semaphore->tryAcquire(); }
        void await_suspend(std::coroutine_handle<> handle)
        {
            m_semaphore->m_waiters.push_back(handle);
        }
        void await_resume() const noexcept {}

    private:
        AsyncSemaphore *m_semaphore;
    };

    AsyncSemaphore(Scheduler &scheduler, int permits) : m_scheduler(&scheduler), m_permits(permits)
    {}
    AsyncSemaphore(const AsyncSemaphore &) = delete;
    AsyncSemaphore &operator=(const AsyncSemaphore &) = delete;

    Acquirer acquire() { return Acquirer(*this); }
    // Hands the permit straight to the first waiter, if any.
    void release();
    int available() const { return m_permits; }
    std::size_t waiting() const { return m_waiters.size(); }

private:
    bool tryAcquire();

    Scheduler *m_scheduler;
    int m_permits;
    std::deque<std::coroutine_handle<>> m_waiters;
};

} // namespace ck
