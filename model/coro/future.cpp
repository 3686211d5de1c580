#include "future.h"

#include "cancellederror.h"
#include "scheduler.h"
#include "taskcore.h"

namespace ck {

void Future::Awaiter::await_suspend(std::coroutine_handle<> handle)
{
    m_future->m_awaiter = this;
    m_suspension.suspend(*m_future->m_scheduler, handle, &Awaiter::cancel, this);
}

void Future::Awaiter::await_resume() const
{
    m_suspension.raiseIfCancelled();
    if (m_future->m_cancelled)
        throw CancelledError(); // awaited once already cancelled
}

bool Future::Awaiter::cancel(void *awaiter, const QString &)
{
    // futures.py Future.cancel: a pending future is cancelled and its callback (the task's
    // __wakeup) scheduled; the task then raises CancelledError.
    auto *self = static_cast<Awaiter *>(awaiter);
    Future &future = *self->m_future;
    if (future.m_done)
        return false;
    future.m_done = true;
    future.m_cancelled = true;
    future.m_awaiter = nullptr;
    self->m_suspension.resumeCancelled();
    return true;
}

void Future::setResult()
{
    if (m_done)
        return;
    m_done = true;
    if (Awaiter *awaiter = std::exchange(m_awaiter, nullptr))
        awaiter->m_suspension.resumeSoon();
}

void Future::releaseOn(detail::TaskCore &task)
{
    retain();
    task.addDoneCallback(ReadyItem{&Future::releaseAndDrop, this});
}

bool Future::removeFrom(detail::TaskCore &task)
{
    if (!task.removeDoneCallback(ReadyItem{&Future::releaseAndDrop, this}))
        return false;
    drop();
    return true;
}

void Future::release(void *future)
{
    static_cast<Future *>(future)->setResult();
}

void Future::releaseAndDrop(void *future)
{
    auto *self = static_cast<Future *>(future);
    self->setResult();
    self->drop();
}

} // namespace ck
