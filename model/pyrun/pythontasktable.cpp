#include "pythontasktable.h"

namespace ck {

int PythonTaskTable::indexOf(qint64 id) const
{
    // The harness numbers tasks from 1 in creation order: task n is m_tasks[n - 1].
    if (id >= 1 && id <= qint64(m_tasks.size()) && m_tasks[std::size_t(id - 1)].id == id)
        return int(id - 1);
    return m_taskIndex.value(id, -1);
}

int PythonTaskTable::add(PythonTask task)
{
    const int index = size();
    m_taskIndex.insert(task.id, index);
    m_internalTasks += task.internal ? 1 : 0;
    if (task.main)
        m_main = index;
    m_tasks.push_back(std::move(task));
    return index;
}

int PythonTaskTable::innermostCall(int index, qint64 id) const
{
    const std::vector<PythonCall> &calls = m_tasks[std::size_t(index)].calls;
    for (int call = int(calls.size()) - 1; call >= 0; --call) {
        if (calls[std::size_t(call)].id == id)
            return call;
    }
    return -1;
}

void PythonTaskTable::setMainDone(std::chrono::nanoseconds time)
{
    m_mainDone = true;
    m_mainEnd = time;
}

} // namespace ck
