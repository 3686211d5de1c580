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
    const Lane parent = recorder.lanes()[std::size_t(caller)];
    Lane lane{parent.name + QStringLiteral("/worker %1").arg(worker), caller, parent.task};
    lane.worker = worker;
    const int index = recorder.addLane(std::move(lane));
    m_lanes.insert(key, index);
    return index;
}

} // namespace ck
