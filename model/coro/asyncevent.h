#pragma once

#include <coroutine>
#include <vector>

namespace ck {

class Scheduler;

// asyncio.Event: wait() returns at once when set; set() wakes the waiters on the next iteration,
// in the order they began to wait.
class AsyncEvent
{
public:
    class Waiter
    {
    public:
        explicit Waiter(AsyncEvent &event) : m_event(&event) {}
        bool await_ready() const noexcept { return m_event->m_set; }
        void await_suspend(std::coroutine_handle<> handle) { m_event->m_waiters.push_back(handle); }
        void await_resume() const noexcept {}

    private:
        AsyncEvent *m_event;
    };

    explicit AsyncEvent(Scheduler &scheduler) : m_scheduler(&scheduler) {}
    AsyncEvent(const AsyncEvent &) = delete;
    AsyncEvent &operator=(const AsyncEvent &) = delete;

    bool isSet() const { return m_set; }
    void set();
    Waiter wait() { return Waiter(*this); }

private:
    Scheduler *m_scheduler;
    std::vector<std::coroutine_handle<>> m_waiters;
    bool m_set = false;
};

} // namespace ck
