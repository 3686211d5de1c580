#include "yieldawaiter.h"

#include "scheduler.h"

namespace ck {

void YieldAwaiter::await_suspend(std::coroutine_handle<> handle)
{
    if (m_until == Until::IterationEnd)
        m_scheduler->resumeAtIterationEnd(handle);
    else
        m_scheduler->resumeSoon(handle);
}

} // namespace ck
