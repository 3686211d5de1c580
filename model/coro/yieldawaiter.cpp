#include "yieldawaiter.h"

#include "scheduler.h"

namespace ck {

void YieldAwaiter::await_suspend(std::coroutine_handle<> handle)
{
    m_suspension.suspend(*m_scheduler, handle);
    const ReadyItem resume = m_suspension.resumeItem();
    if (m_until == Until::IterationEnd)
        m_scheduler->callAtIterationEnd(resume);
    else
        m_scheduler->callSoon(resume.invoke, resume.context);
}

} // namespace ck
