#include "suspension.h"

#include "scheduler.h"

#include <QtGlobal>

namespace ck::detail {

void Suspension::suspend(Scheduler &scheduler, std::coroutine_handle<> handle,
                         TaskCore::CancelWait cancel, void *awaiter)
{
    m_scheduler = &scheduler;
    m_handle = handle;
    m_task = scheduler.currentTask();
    if (m_task)
        m_task->suspend(handle, cancel, awaiter); // last: it may cancel the awaiter at once
}

void Suspension::resumeSoon() const
{
    if (m_task)
        m_task->wakeSoon();
    else
        m_scheduler->resumeSoon(m_handle);
}

void Suspension::resumeCancelled() const
{
    Q_ASSERT(m_task); // only a task is cancelled
    m_task->wakeCancelled();
}

ReadyItem Suspension::resumeItem() const
{
    if (m_task)
        return m_task->stepItem();
    return ReadyItem{&TaskCore::resumeHandle, m_handle.address()};
}

} // namespace ck::detail
