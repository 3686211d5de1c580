#pragma once

#include "suspension.h"

#include <QString>

#include <coroutine>
#include <vector>

namespace ck {

class Scheduler;

// asyncio.Event (locks.py 158-216): wait() returns at once when set; set() wakes the waiters on
// the next iteration, in the order they began to wait; clear() makes later waits block again but
// does not take back a wake-up already given (a woken future stays done). A task cancelled while
// it waits leaves the waiters and raises CancelledError on the next iteration (Event.wait: its
// future is cancelled); one cancelled after set() woke it raises too, as its step must cancel.
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
    void clear() { m_set = false; } // locks.py 194-198
    Waiter wait() { return Waiter(*this); }

private:
    Scheduler *m_scheduler;
    std::vector<Waiter *> m_waiters; // in the waiting frames
    bool m_set = false;
};

} // namespace ck
