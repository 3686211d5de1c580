#include "sleepawaiter.h"

#include "canceltoken.h"
#include "scheduler.h"
#include "taskcore.h"
#include "wakeobserver.h"

namespace ck {

void SleepAwaiter::fire(void *sleeper)
{
    auto *self = static_cast<SleepAwaiter *>(sleeper);
    const SleepOptions &options = *self->m_options;
    if (!self->m_frame) {
        // A TimerHandle's timer (loop.call_at): its observer is the callback, and may free it.
        options.observer->timerFired(options.tag);
        return;
    }
    if (options.observer)
        options.observer->timerFired(options.tag);
    if (self->inTask())
        self->task()->wakeSoon();
    else
        options.scheduler->resumeSoon(std::coroutine_handle<>::from_address(self->m_frame));
}

void SleepAwaiter::wakeByToken()
{
    if (inTask()) {
        m_frame =
            reinterpret_cast<void *>(reinterpret_cast<std::uintptr_t>(m_frame) | kTokenCancelled);
        task()->wakeSoon();
        return;
    }
    const auto handle = std::coroutine_handle<>::from_address(m_frame);
    m_frame = nullptr;
    m_options->scheduler->resumeSoon(handle);
}

bool SleepAwaiter::cancelledBefore() noexcept
{
    if (!token()->isCancelled())
        return false;
    m_frame = nullptr; // cancelled before it began: resumes at once, false
    return true;
}

void SleepAwaiter::suspend(std::coroutine_handle<> handle)
{
    const std::int64_t duration = m_duration;
    Scheduler *scheduler = m_options->scheduler;
    if (detail::TaskCore *task = scheduler->currentTask()) {
        suspendInTask(task, handle, duration);
        return;
    }
    m_frame = handle.address();
    if (duration < 0)
        scheduler->resumeSoon(handle); // asyncio.sleep(0): one trip round the loop
    else
        scheduler->addSleep(this, std::chrono::nanoseconds(duration));
}

void SleepAwaiter::suspendInTask(detail::TaskCore *task, std::coroutine_handle<> handle,
                                 std::int64_t duration)
{
    m_frame = reinterpret_cast<void *>(reinterpret_cast<std::uintptr_t>(task) | kInTask);
    if (duration < 0) {
        // asyncio.sleep(0) is a bare yield: nothing to cancel, the next step is scheduled
        // (tasks.py 318-320) and raises if the task is cancelled meanwhile.
        task->suspend(handle, nullptr, nullptr);
        task->wakeSoon();
        return;
    }
    m_options->scheduler->addSleep(this, std::chrono::nanoseconds(duration));
    task->suspend(handle, &SleepAwaiter::cancelInTask, this);
}

detail::TaskCore *SleepAwaiter::task() const
{
    return reinterpret_cast<detail::TaskCore *>(reinterpret_cast<std::uintptr_t>(m_frame) &
                                                ~(kInTask | kTokenCancelled));
}

bool SleepAwaiter::resumedInTask() const
{
    task()->raiseIfCancelled();
    return !(reinterpret_cast<std::uintptr_t>(m_frame) & kTokenCancelled);
}

bool SleepAwaiter::cancelInTask(void *sleeper, const QString &)
{
    // asyncio.sleep's future is cancelled and its timer handle with it: the loop no longer
    // wakes at the deadline (base_events.py _run_once drops cancelled timers at the heap's top).
    auto *self = static_cast<SleepAwaiter *>(sleeper);
    self->m_options->scheduler->removeTimer(self);
    self->task()->wakeCancelled();
    return true;
}

} // namespace ck
