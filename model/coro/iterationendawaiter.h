#pragma once

#include <coroutine>

namespace ck {

class Scheduler;

// `co_await scheduler.iterationEnd()`: resume once the iteration that is running has run all of
// its ready items, before the next one moves due timers. asyncio's loop.stop() takes effect
// there (base_events.py run_forever: _run_once, then the check of _stopping).
class IterationEndAwaiter
{
public:
    explicit IterationEndAwaiter(Scheduler &scheduler) : m_scheduler(&scheduler) {}

    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> handle);
    void await_resume() const noexcept {}

private:
    Scheduler *m_scheduler;
};

} // namespace ck
