#include "sleepawaiter.h"

#include "canceltoken.h"
#include "scheduler.h"
#include "wakeobserver.h"

namespace ck {

SleepAwaiter::SleepAwaiter(Scheduler &scheduler, std::chrono::nanoseconds duration,
                           const SleepOptions *options)
    : m_scheduler(&scheduler),
      m_deadline(duration.count() > 0 ? (scheduler.now() + duration).count() : -1),
      m_options(options)
{}

void SleepAwaiter::fire(void *sleeper)
{
    auto *self = static_cast<SleepAwaiter *>(sleeper);
    if (self->m_options && self->m_options->observer)
        self->m_options->observer->timerFired(self->m_options->tag);
    self->m_scheduler->resumeSoon(self->handle());
}

bool SleepAwaiter::await_ready() noexcept
{
    const CancelToken *cancel = token();
    if (!cancel || !cancel->isCancelled())
        return false;
    m_frame = nullptr; // cancelled before it began: resumes at once, false
    return true;
}

void SleepAwaiter::await_suspend(std::coroutine_handle<> handle)
{
    const std::int64_t deadline = m_deadline;
    m_frame = handle.address();
    if (deadline < 0)
        m_scheduler->resumeSoon(handle); // asyncio.sleep(0): one trip round the loop
    else
        m_scheduler->addTimer(this, std::chrono::nanoseconds(deadline));
}

} // namespace ck
