#pragma once

#include "coro/asyncevent.h"

#include <cstddef>
#include <memory>
#include <vector>

namespace ck {

class Scheduler;

// Which of a run's tasks are done and which failed, and the event each sets when done (what an
// `after` waits for).
class TaskTable
{
public:
    TaskTable(Scheduler &scheduler, std::size_t tasks);

    bool isDone(int task) const { return m_finished[std::size_t(task)]; }
    void setDone(int task);
    // Set once the task is done; made on first use, as few tasks are waited for by name.
    AsyncEvent &doneEvent(int task);
    bool failed(int task) const { return m_failed[std::size_t(task)]; }
    void setFailed(int task) { m_failed[std::size_t(task)] = true; }

private:
    Scheduler *m_scheduler;
    std::vector<std::unique_ptr<AsyncEvent>> m_doneEvents; // null until someone waits
    std::vector<bool> m_finished;
    std::vector<bool> m_failed;
};

} // namespace ck
