#include "yieldawaiter.h"

#include "scheduler.h"

namespace ck {

void YieldAwaiter::await_suspend(std::coroutine_handle<> handle)
{
    m_scheduler->resumeSoon(handle);
}

} // namespace ck
