#pragma once

#include "suspension.h"

#include <coroutine>

namespace ck {

class Scheduler;

// `co_await scheduler.yieldNow()`: go to the back of the ready queue, like asyncio.sleep(0) or
// a callback scheduled with call_soon. `co_await scheduler.iterationEnd()`: resume once the
// iteration that is running has run all of its ready items, before the next one moves due
// timers, which is where asyncio's loop.stop() takes effect (base_events.py run_forever:
// _run_once, then the check of _stopping). Inside a task it is a bare yield: nothing to cancel,
// the step is scheduled, and it raises CancelledError if the task is cancelled meanwhile
// (tasks.py 226 and 254-257).
class YieldAwaiter
{
public:
    enum class Until { NextIteration, IterationEnd };

    explicit YieldAwaiter(Scheduler &scheduler, Until until = Until::NextIteration)
        : m_scheduler(&scheduler), m_until(until)
    {}

    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> handle);
    void await_resume() const { m_suspension.raiseIfCancelled(); }

private:
    Scheduler *m_scheduler;
    Until m_until;
    detail::Suspension m_suspension;
};

} // namespace ck
