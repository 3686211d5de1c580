#include "iterationendawaiter.h"

#include "scheduler.h"

namespace ck {

void IterationEndAwaiter::await_suspend(std::coroutine_handle<> handle)
{
    m_scheduler->resumeAtIterationEnd(handle);
}

} // namespace ck
