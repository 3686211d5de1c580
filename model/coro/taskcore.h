#pragma once

#include "readyitem.h"

#include <QString>

#include <coroutine>
#include <cstdint>
#include <exception>
#include <memory>
#include <vector>

namespace ck {

class Scheduler;

namespace detail {

// What every Task's promise holds whatever its value: the loop it runs on, whether its coroutine
// has returned (asyncio's done()), the exception it raised, and the callbacks to run once it is
// done. As asyncio's Future._schedule_callbacks does, a done task schedules its callbacks with
// call_soon: they run on the next loop iteration, never inline (futures.py, set_result).
//
// It also knows where its coroutine is suspended, as Task._fut_waiter does (tasks.py 85-89): the
// engine's awaiters register there when they suspend inside a task (see Suspension) and resume
// the task through step(), which makes it the scheduler's current task while it runs
// (_enter_task). cancel() cancels that awaiter, so the task raises CancelledError at that await
// point one iteration later; with none to cancel it raises at its next step (_must_cancel).
class TaskCore
{
public:
    // Cancels the awaiter the task is suspended on: true when done (it then woke the task with
    // wakeCancelled(), or passed the cancellation on, as a Task awaited does), false when it
    // could not (Future.cancel()'s result).
    using CancelWait = bool (*)(void *awaiter, const QString &message);

    TaskCore() = default;
    TaskCore(const TaskCore &) = delete;
    TaskCore &operator=(const TaskCore &) = delete;

    bool isStarted() const { return m_scheduler != nullptr; }
    Scheduler *scheduler() const { return m_scheduler; }
    bool isDone() const { return m_done; }
    const std::exception_ptr &error() const { return m_error; }

    // asyncio.create_task: the coroutine's first step is scheduled with call_soon.
    void start(Scheduler &scheduler, std::coroutine_handle<> coroutine);
    // Future.add_done_callback: on a task that is done, the callback is scheduled at once.
    void addDoneCallback(ReadyItem callback);
    // Future.remove_done_callback: false when it is not there (never added, or already scheduled
    // because the task is done). The callbacks left keep their order.
    bool removeDoneCallback(ReadyItem callback);

    // Task.cancel(msg) (tasks.py 188-228): false on a done task; else the awaiter the task is
    // suspended on is cancelled, or the next step raises.
    bool cancel(const QString &message = {});
    // Task.cancelling() and Task.uncancel() (tasks.py 230-248), for timeouts and task groups.
    int cancelling() const { return int(m_cancelRequests); }
    int uncancel() { return int(m_cancelRequests > 0 ? --m_cancelRequests : 0); }
    bool isCancelled() const;
    // CancelWait of a task awaiting this one (`core` is this one): it is cancelled in turn.
    static bool cancelAwaited(void *core, const QString &message);

    // For awaiters (see Suspension): the task suspends at `handle` on `awaiter`, which `cancel`
    // (may be null: nothing to cancel, the step is already scheduled) takes out of what it waits
    // in. If the task was cancelled while running, the awaiter is cancelled at once
    // (tasks.py 306-310). One awaiter per step: a coroutine started inside a task and left
    // running beside it (not awaited) must be a task of its own (spawn), as in asyncio.
    void suspend(std::coroutine_handle<> handle, CancelWait cancel, void *awaiter);
    // The awaiter woke the task (the future got its result): its next step is scheduled.
    void wakeSoon();
    // The awaiter was cancelled (the future is cancelled): the next step raises.
    void wakeCancelled();
    // The task's step as a ready item, for done callbacks and the scheduler's other queues.
    ReadyItem stepItem() { return ReadyItem{&TaskCore::step, this}; }
    // In an awaiter's await_resume, after the task resumed there: throws CancelledError when
    // this step was to raise it.
    void raiseIfCancelled();

    // For the promise.
    void setError(std::exception_ptr error) { m_error = std::move(error); }
    void finish();
    // The Task that owned the coroutine let go of it before it was done: it frees itself then.
    void detach() { m_detached = true; }
    bool isDetached() const { return m_detached; }

    static void resumeHandle(void *address);

private:
    static void step(void *core); // Task.__step
    // A task cancelled before its first step ends there, its body never run (coro.throw on a
    // coroutine that has not started).
    void endUnstarted();
    std::exception_ptr cancelledError() const;

    Scheduler *m_scheduler = nullptr;
    std::exception_ptr m_error;
    ReadyItem m_callback; // the first (usually only) done callback
    std::unique_ptr<std::vector<ReadyItem>> m_moreCallbacks;
    std::coroutine_handle<> m_resume;  // where the coroutine is suspended (the innermost frame)
    CancelWait m_cancelWait = nullptr; // _fut_waiter: how to cancel what it waits on…
    void *m_waitingOn = nullptr;       // …and that awaiter, null when none
    std::unique_ptr<QString> m_cancelMessage;
    std::uint32_t m_cancelRequests = 0; // _num_cancels_requested
    bool m_done = false;
    bool m_detached = false;
    bool m_begun = false;      // its body has run a step
    bool m_mustCancel = false; // _must_cancel, or the awaited future was cancelled
    bool m_raising = false;    // this step raises CancelledError at the await point
    bool m_suspended = false;  // an awaiter registered in this step
};

} // namespace detail
} // namespace ck
