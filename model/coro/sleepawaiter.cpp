#include "sleepawaiter.h"

#include "canceltoken.h"
#include "scheduler.h"
#include "wakeobserver.h"

namespace ck {

void SleepAwaiter::fire(void *sleeper)
{
    auto *self = static_cast<SleepAwaiter *>(sleeper);
    const SleepOptions &options = *self->m_options;
    if (options.observer)
        options.observer->timerFired(options.tag);
    options.scheduler->resumeSoon(self->handle());
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
    const std::int64_t deadline = m_deadline;
    Scheduler *scheduler = m_options->scheduler;
    m_frame = handle.address();
    if (deadline < 0)
        scheduler->resumeSoon(handle); // asyncio.sleep(0): one trip round the loop
    else
        scheduler->addTimer(this, std::chrono::nanoseconds(deadline));
}

} // namespace ck
