#include "asyncevent.h"

#include "scheduler.h"

namespace ck {

void AsyncEvent::set()
{
    if (m_set)
        return;
    m_set = true;
    for (auto handle : m_waiters)
        m_scheduler->resumeSoon(handle);
    m_waiters.clear();
}

} // namespace ck
