#include "sleepawaiter.h"

#include "canceltoken.h"
#include "scheduler.h"
#include "wakeobserver.h"

namespace ck {

void SleepAwaiter::fire(void *sleeper)
{
    auto *self = static_cast<SleepAwaiter *>(sleeper);
    if (self->m_observer)
        self->m_observer->timerFired(self->m_tag);
    self->m_scheduler->resumeSoon(self->m_handle);
}

bool SleepAwaiter::await_ready() noexcept
{
    m_cancelled = m_token && m_token->isCancelled();
    return m_cancelled;
}

void SleepAwaiter::await_suspend(std::coroutine_handle<> handle)
{
    m_handle = handle;
    if (m_duration.count() <= 0)
        m_scheduler->resumeSoon(handle); // asyncio.sleep(0): one trip round the loop
    else
        m_scheduler->addTimer(this, m_duration);
}

} // namespace ck
