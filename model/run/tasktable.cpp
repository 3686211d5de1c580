#include "tasktable.h"

#include "coro/taskcore.h"

namespace ck {

TaskTable::TaskTable(Scheduler &scheduler, std::size_t tasks)
    : m_scheduler(&scheduler), m_doneEvents(tasks), m_finished(tasks, false), m_failed(tasks, false)
{}

void TaskTable::setDone(int task)
{
    m_finished[std::size_t(task)] = true;
    // Its frame may go as soon as its coroutine returns: nobody may cancel it through it now.
    if (!m_watches.empty() && m_watches[std::size_t(task)])
        m_watches[std::size_t(task)]->core = nullptr;
    if (const auto &event = m_doneEvents[std::size_t(task)]; event && !failed(task))
        event->set();
}

AsyncEvent &TaskTable::doneEvent(int task)
{
    auto &event = m_doneEvents[std::size_t(task)];
    if (!event) {
        event = std::make_unique<AsyncEvent>(*m_scheduler);
        if (isDone(task) && !failed(task))
            event->set();
    }
    return *event;
}

void TaskTable::watch(int task, detail::TaskCore &core)
{
    if (m_watches.empty())
        m_watches.resize(m_finished.size());
    auto &watch = m_watches[std::size_t(task)];
    watch = std::make_unique<Watch>(Watch{this, task, &core});
    core.addDoneCallback(ReadyItem{&TaskTable::watchedDone, watch.get()});
}

void TaskTable::setEndedUnstarted(std::function<void(int)> endedUnstarted)
{
    m_endedUnstarted = std::move(endedUnstarted);
}

bool TaskTable::cancel(int task)
{
    if (m_watches.empty() || !m_watches[std::size_t(task)])
        return false;
    detail::TaskCore *core = m_watches[std::size_t(task)]->core;
    return core && core->cancel();
}

void TaskTable::watchedDone(void *context)
{
    // A task whose body ran has set itself done by now; one that never ran has not.
    auto &watch = *static_cast<Watch *>(context);
    watch.core = nullptr;
    if (!watch.table->isDone(watch.task) && watch.table->m_endedUnstarted)
        watch.table->m_endedUnstarted(watch.task);
}

} // namespace ck
