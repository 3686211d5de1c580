#pragma once

#include "suspension.h"

#include <QString>

#include <coroutine>
#include <vector>

namespace ck {

class Scheduler;

// asyncio.Event: wait() returns at once when set; set() wakes the waiters on the next iteration,
// in the order they began to wait. A task cancelled while it waits leaves the waiters and raises
// CancelledError on the next iteration (locks.py Event.wait: its future is cancelled).
class AsyncEvent
{
public:
    class Waiter
    {
    public:
        explicit Waiter(AsyncEvent &event) : m_event(&event) {}
        bool await_ready() const noexcept { return m_event->m_set; }
        void await_suspend(std::coroutine_handle<> handle);
        void await_resume() const { m_suspension.raiseIfCancelled(); }

    private:
        friend class AsyncEvent;
        static bool cancel(void *waiter, const QString &message); // TaskCore::CancelWait

        AsyncEvent *m_event;
        detail::Suspension m_suspension;
    };

    explicit AsyncEvent(Scheduler &scheduler) : m_scheduler(&scheduler) {}
    AsyncEvent(const AsyncEvent &) = delete;
    AsyncEvent &operator=(const AsyncEvent &) = delete;

    bool isSet() const { return m_set; }
    void set();
    Waiter wait() { return Waiter(*this); }

private:
    Scheduler *m_scheduler;
    std::vector<Waiter *> m_waiters; // in the waiting frames
    bool m_set = false;
};

} // namespace ck
