#pragma once

#include "cancellederror.h"
#include "future.h"
#include "scheduler.h"
#include "task.h"
#include "timeouterror.h"
#include "timerhandle.h"

#include <QCoroTask>

#include <chrono>
#include <exception>
#include <optional>

namespace ck {

namespace detail {

// tasks.py 541-554 _cancel_and_wait: cancels `task` and waits for it through a future of its
// own, so that the wait itself stays cancellable.
QCoro::Task<> cancelAndWait(TaskCore &task);

// What a done task ends with, TimeoutError in place of CancelledError (tasks.py 451-454,
// 489-492: the inner task was cancelled by the timeout).
template <typename T> T resultOrTimeout(const Task<T> &task)
{
    try {
        return task.result();
    } catch (const CancelledError &) {
        throw TimeoutError();
    }
}

} // namespace detail

// `await asyncio.wait_for(task, timeout)` as 3.11 has it (tasks.py 426-494; it is not built on
// asyncio.timeout() before 3.12). `task` is the inner task, already started (wait_for wraps a
// coroutine with ensure_future: spawn() does that). Without a timeout it is awaited. With a
// timeout <= 0 a task not done yet is cancelled and waited for. Else a waiter future is released
// by the inner task's end or by a timer; at the timer the inner task is cancelled and waited for
// (bpo-32751: it never runs on after wait_for returns), and its CancelledError becomes
// TimeoutError. Cancelling the task that waits cancels the inner one and waits for it too.
// Either way the awaiter resumes when the waiter does: one iteration after the inner task is
// done (its done callback) and one more (the waiter's own), as in CPython.
template <typename T>
QCoro::Task<T> waitFor(Task<T> task, std::optional<std::chrono::nanoseconds> timeout)
{
    if (!timeout)
        co_return co_await task;
    detail::TaskCore &inner = task.core();
    if (timeout->count() <= 0) {
        if (task.isDone())
            co_return task.result();
        co_await detail::cancelAndWait(inner);
        co_return detail::resultOrTimeout(task);
    }
    Scheduler &scheduler = *inner.scheduler();
    Future::Ptr waiter = Future::create(scheduler);
    TimerHandle timeoutHandle; // its destructor is the `finally: timeout_handle.cancel()`
    timeoutHandle.callAt(scheduler, scheduler.now() + *timeout, waiter->releaseItem());
    waiter->releaseOn(inner);
    std::exception_ptr cancelled;
    try {
        co_await *waiter;
    } catch (const CancelledError &) {
        cancelled = std::current_exception();
    }
    if (task.isDone())
        co_return task.result();
    waiter->removeFrom(inner);
    co_await detail::cancelAndWait(inner);
    if (cancelled)
        std::rethrow_exception(cancelled);
    co_return detail::resultOrTimeout(task);
}

} // namespace ck
