#include "workerpool.h"

#include "trace/recorder.h"

#include <algorithm>

namespace ck {

WorkerPool::WorkerPool(Scheduler &scheduler, int threads)
    : m_slots(scheduler, threads), m_busy(std::size_t(threads), false)
{}

int WorkerPool::take()
{
    const auto free = std::find(m_busy.begin(), m_busy.end(), false);
    Q_ASSERT(free != m_busy.end()); // a slot was acquired, so a worker is free
    *free = true;
    return int(free - m_busy.begin()) + 1;
}

void WorkerPool::give(int worker)
{
    m_busy[std::size_t(worker - 1)] = false;
}

int WorkerPool::lane(Recorder &recorder, int caller, int worker)
{
    const QPair<int, int> key(caller, worker);
    const auto found = m_lanes.constFind(key);
    if (found != m_lanes.constEnd())
        return found.value();
    const int index = addWorkerLane(recorder, caller, worker);
    m_lanes.insert(key, index);
    return index;
}

int WorkerPool::addWorkerLane(Recorder &recorder, int caller, int worker)
{
    const QString name = QStringLiteral("worker %1").arg(worker);
    if (caller < 0) {
        Lane lane{name, -1, 0};
        lane.worker = worker;
        return recorder.addLane(std::move(lane));
    }
    const Lane parent = recorder.lanes()[std::size_t(caller)];
    Lane lane{parent.name + QLatin1Char('/') + name, caller, parent.task};
    lane.worker = worker;
    return recorder.addLane(std::move(lane));
}

} // namespace ck
