#include "asyncevent.h"

#include "scheduler.h"

#include <algorithm>

namespace ck {

void AsyncEvent::Waiter::await_suspend(std::coroutine_handle<> handle)
{
    m_event->m_waiters.push_back(this);
    m_suspension.suspend(*m_event->m_scheduler, handle, &Waiter::cancel, this);
}

bool AsyncEvent::Waiter::cancel(void *waiter, const QString &)
{
    auto *self = static_cast<Waiter *>(waiter);
    std::erase(self->m_event->m_waiters, self);
    self->m_suspension.resumeCancelled();
    return true;
}

void AsyncEvent::set()
{
    if (m_set)
        return;
    m_set = true;
    for (Waiter *waiter : std::exchange(m_waiters, {}))
        waiter->m_suspension.resumeSoon();
}

} // namespace ck
