#include "breatheawaiter.h"

#include "scheduler.h"

namespace ck {

bool BreatheAwaiter::await_ready() const noexcept
{
    return !m_scheduler->sliceSpent();
}

void BreatheAwaiter::await_suspend(std::coroutine_handle<> handle)
{
    m_suspension.suspend(*m_scheduler, handle);
    m_scheduler->callFirstAfterEvents(m_suspension.resumeItem());
}

} // namespace ck
