#pragma once

#include "readyitem.h"
#include "taskcore.h"

#include <coroutine>

namespace ck {

class Scheduler;

namespace detail {

// How an engine awaiter resumes the coroutine it suspended: inside a Task, through the task's
// step, so that the task knows where it waits and can be cancelled there (the awaiter is its
// _fut_waiter); outside any task, the coroutine itself. Made in await_suspend, used to wake,
// and asked in await_resume whether the task resumed to raise CancelledError.
class Suspension
{
public:
    Suspension() = default;

    // `cancel` (null when there is nothing to take back) is how the task cancels `awaiter`.
    void suspend(Scheduler &scheduler, std::coroutine_handle<> handle,
                 TaskCore::CancelWait cancel = nullptr, void *awaiter = nullptr);
    bool isSuspended() const { return bool(m_handle); }
    TaskCore *task() const { return m_task; }
    Scheduler *scheduler() const { return m_scheduler; }

    // The future got its result: resume on the next iteration.
    void resumeSoon() const;
    // The future is cancelled: the task raises CancelledError on the next iteration.
    void resumeCancelled() const;
    // What resumes it, for a ready queue or a done callback.
    ReadyItem resumeItem() const;
    // In await_resume: throws CancelledError when the task resumed to raise it.
    void raiseIfCancelled() const
    {
        if (m_task)
            m_task->raiseIfCancelled();
    }

private:
    Scheduler *m_scheduler = nullptr;
    std::coroutine_handle<> m_handle;
    TaskCore *m_task = nullptr;
};

} // namespace detail
} // namespace ck
