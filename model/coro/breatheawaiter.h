#pragma once

#include "suspension.h"

#include <coroutine>

namespace ck {

class Scheduler;

// `co_await scheduler.breathe()`, in a long stretch of work such as creating a million tasks:
// when the current slice has used up its time budget, the coroutine steps aside so that Qt can
// handle input and paint, and then goes on first, in the same loop iteration. Nothing else of
// the scheduler runs in between, so the order of events is the same as without it. A task
// cancelled meanwhile raises CancelledError here, as at a yield.
class BreatheAwaiter
{
public:
    explicit BreatheAwaiter(Scheduler &scheduler) : m_scheduler(&scheduler) {}

    bool await_ready() const noexcept;
    void await_suspend(std::coroutine_handle<> handle);
    void await_resume() const { m_suspension.raiseIfCancelled(); }

private:
    Scheduler *m_scheduler;
    detail::Suspension m_suspension;
};

} // namespace ck
