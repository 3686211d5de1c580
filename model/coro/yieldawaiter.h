#pragma once

#include <coroutine>

namespace ck {

class Scheduler;

// `co_await scheduler.yieldNow()`: go to the back of the ready queue, like asyncio.sleep(0) or
// a callback scheduled with call_soon.
class YieldAwaiter
{
public:
    explicit YieldAwaiter(Scheduler &scheduler) : m_scheduler(&scheduler) {}

    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> handle);
    void await_resume() const noexcept {}

private:
    Scheduler *m_scheduler;
};

} // namespace ck
