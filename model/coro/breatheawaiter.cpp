#include "breatheawaiter.h"

#include "scheduler.h"

namespace ck {

bool BreatheAwaiter::await_ready() const noexcept
{
    return !m_scheduler->sliceSpent();
}

void BreatheAwaiter::await_suspend(std::coroutine_handle<> handle)
{
    m_scheduler->resumeFirstAfterEvents(handle);
}

} // namespace ck
