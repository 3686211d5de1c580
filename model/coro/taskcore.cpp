#include "taskcore.h"

#include "scheduler.h"

namespace ck::detail {

void TaskCore::start(Scheduler &scheduler, std::coroutine_handle<> coroutine)
{
    m_scheduler = &scheduler;
    scheduler.resumeSoon(coroutine);
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

void TaskCore::addResumer(std::coroutine_handle<> awaiter)
{
    addDoneCallback(ReadyItem{&TaskCore::resumeHandle, awaiter.address()});
}

void TaskCore::finish()
{
    m_done = true;
    if (!m_callback.invoke)
        return;
    m_scheduler->callSoon(m_callback.invoke, m_callback.context);
    if (!m_moreCallbacks)
        return;
    for (const ReadyItem &callback : *m_moreCallbacks)
        m_scheduler->callSoon(callback.invoke, callback.context);
    m_moreCallbacks.reset();
}

void TaskCore::resumeHandle(void *address)
{
    std::coroutine_handle<>::from_address(address).resume();
}

} // namespace ck::detail
