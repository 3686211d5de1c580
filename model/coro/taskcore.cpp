#include "taskcore.h"

#include "cancellederror.h"
#include "scheduler.h"

#include <QtGlobal>

#include <algorithm>
#include <utility>

namespace ck::detail {

void TaskCore::start(Scheduler &scheduler, std::coroutine_handle<> coroutine)
{
    m_scheduler = &scheduler;
    m_resume = coroutine;
    scheduler.callSoon(&TaskCore::step, this);
}

void TaskCore::addDoneCallback(ReadyItem callback)
{
    if (m_done) {
        m_scheduler->callSoon(callback.invoke, callback.context);
        return;
    }
    if (!m_callback.invoke) {
        m_callback = callback;
        return;
    }
    if (!m_moreCallbacks)
        m_moreCallbacks = std::make_unique<std::vector<ReadyItem>>();
    m_moreCallbacks->push_back(callback);
}

bool TaskCore::removeDoneCallback(ReadyItem callback)
{
    const auto same = [callback](const ReadyItem &item) {
        return item.invoke == callback.invoke && item.context == callback.context;
    };
    if (m_done)
        return false;
    if (m_callback.invoke && same(m_callback)) {
        m_callback = ReadyItem{};
        if (m_moreCallbacks && !m_moreCallbacks->empty()) {
            m_callback = m_moreCallbacks->front();
            m_moreCallbacks->erase(m_moreCallbacks->begin());
        }
        return true;
    }
    if (!m_moreCallbacks)
        return false;
    const auto found = std::find_if(m_moreCallbacks->begin(), m_moreCallbacks->end(), same);
    if (found == m_moreCallbacks->end())
        return false;
    m_moreCallbacks->erase(found);
    return true;
}

bool TaskCore::cancel(const QString &message)
{
    // tasks.py 188-228: a done task refuses; one suspended on a future cancels the future
    // (whose callbacks wake the task with call_soon, futures.py 146-173) and stays waiting on
    // it; otherwise the step that is scheduled (or the next one) raises.
    if (m_done)
        return false;
    ++m_cancelRequests;
    if (message.isEmpty())
        m_cancelMessage.reset();
    else
        m_cancelMessage = std::make_unique<QString>(message);
    if (m_cancelWait && m_cancelWait(m_waitingOn, message))
        return true;
    m_mustCancel = true;
    return true;
}

bool TaskCore::cancelAwaited(void *core, const QString &message)
{
    return static_cast<TaskCore *>(core)->cancel(message);
}

bool TaskCore::isCancelled() const
{
    return m_done && CancelledError::holds(m_error);
}

void TaskCore::suspend(std::coroutine_handle<> handle, CancelWait cancel, void *awaiter)
{
    Q_ASSERT_X(!m_suspended, "TaskCore::suspend",
               "two coroutines of one task wait at once: spawn the one that is not awaited");
    m_suspended = true;
    m_resume = handle;
    m_cancelWait = cancel;
    m_waitingOn = awaiter;
    // tasks.py 306-310: cancelled while it ran, the task cancels the future it now waits on.
    if (!m_mustCancel || !cancel)
        return;
    m_mustCancel = false;
    if (!cancel(awaiter, m_cancelMessage ? *m_cancelMessage : QString()))
        m_mustCancel = true;
}

void TaskCore::wakeSoon()
{
    m_cancelWait = nullptr;
    m_waitingOn = nullptr;
    m_scheduler->callSoon(&TaskCore::step, this);
}

void TaskCore::wakeCancelled()
{
    m_mustCancel = true; // __wakeup: future.result() raises, __step(exc) throws it in
    wakeSoon();
}

void TaskCore::raiseIfCancelled()
{
    if (std::exchange(m_raising, false))
        std::rethrow_exception(cancelledError());
}

void TaskCore::step(void *core)
{
    // tasks.py 250-262: _must_cancel turns the step into coro.throw(CancelledError), and the
    // task is the loop's current one while its coroutine runs.
    auto &task = *static_cast<TaskCore *>(core);
    if (task.m_mustCancel && !task.m_begun) {
        task.endUnstarted();
        return;
    }
    task.m_raising = std::exchange(task.m_mustCancel, false);
    task.m_cancelWait = nullptr;
    task.m_waitingOn = nullptr;
    task.m_begun = true;
    task.m_suspended = false;
    Scheduler &scheduler = *task.m_scheduler;
    TaskCore *const previous = scheduler.enterTask(&task);
    task.m_resume.resume(); // may free the task
    scheduler.enterTask(previous);
}

void TaskCore::endUnstarted()
{
    m_mustCancel = false;
    m_error = cancelledError();
    finish();
    if (m_detached)
        m_resume.destroy(); // the frame at its initial suspension: nobody else will
}

void TaskCore::finish()
{
    // tasks.py 270-274: cancelled while running, the task that then returns is cancelled.
    if (std::exchange(m_mustCancel, false) && !m_error)
        m_error = cancelledError();
    m_done = true;
    m_cancelWait = nullptr;
    m_waitingOn = nullptr;
    if (!m_callback.invoke)
        return;
    m_scheduler->callSoon(m_callback.invoke, m_callback.context);
    if (!m_moreCallbacks)
        return;
    for (const ReadyItem &callback : *m_moreCallbacks)
        m_scheduler->callSoon(callback.invoke, callback.context);
    m_moreCallbacks.reset();
}

std::exception_ptr TaskCore::cancelledError() const
{
    return std::make_exception_ptr(CancelledError(m_cancelMessage ? *m_cancelMessage : QString()));
}

void TaskCore::resumeHandle(void *address)
{
    std::coroutine_handle<>::from_address(address).resume();
}

} // namespace ck::detail
