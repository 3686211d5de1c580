#include "tasktable.h"

namespace ck {

TaskTable::TaskTable(Scheduler &scheduler, std::size_t tasks)
    : m_scheduler(&scheduler), m_doneEvents(tasks), m_finished(tasks, false), m_failed(tasks, false)
{}

void TaskTable::setDone(int task)
{
    m_finished[std::size_t(task)] = true;
    if (const auto &event = m_doneEvents[std::size_t(task)])
        event->set();
}

AsyncEvent &TaskTable::doneEvent(int task)
{
    auto &event = m_doneEvents[std::size_t(task)];
    if (!event) {
        event = std::make_unique<AsyncEvent>(*m_scheduler);
        if (isDone(task))
            event->set();
    }
    return *event;
}

} // namespace ck
