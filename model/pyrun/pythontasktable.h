#pragma once

#include "pythontask.h"

#include <QHash>
#include <QtGlobal>

#include <chrono>
#include <vector>

namespace ck {

// The tasks of a real program the Python trace has created, by the trace's id, and how its main
// task (asyncio.run's) stands.
class PythonTaskTable
{
public:
    // Its index, -1 when the trace has not created it.
    int indexOf(qint64 id) const;
    int size() const { return int(m_tasks.size()); }
    PythonTask &operator[](int index) { return m_tasks[std::size_t(index)]; }
    const PythonTask &operator[](int index) const { return m_tasks[std::size_t(index)]; }
    std::vector<PythonTask> &tasks() { return m_tasks; }
    // Adds a newly created task: its index.
    int add(PythonTask task);

    bool hasInternal() const { return m_internalTasks > 0; }
    // A main task runs: another may not start until it is done.
    bool mainRuns() const { return m_main >= 0 && !m_tasks[std::size_t(m_main)].done; }
    // The innermost call `id` task `index` is in: its index in the task's calls, -1 when none.
    int innermostCall(int index, qint64 id) const;

    // asyncio.run's task ended at `time`: the program's run is over.
    void setMainDone(std::chrono::nanoseconds time);
    bool isMainDone() const { return m_mainDone; }
    std::chrono::nanoseconds mainEnd() const { return m_mainEnd; } // -1 until main is done

private:
    std::vector<PythonTask> m_tasks;
    QHash<qint64, int> m_taskIndex; // task id -> m_tasks index
    int m_main = -1;                // m_tasks index of asyncio.run's task
    int m_internalTasks = 0;        // how many of m_tasks are the loop's own
    bool m_mainDone = false;
    std::chrono::nanoseconds m_mainEnd{-1};
};

} // namespace ck
