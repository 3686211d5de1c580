#pragma once

#include "coro/asyncevent.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <vector>

namespace ck {

class Scheduler;

namespace detail {
class TaskCore;
}

// Which of a run's tasks are done and which failed, and the event each sets when done (what an
// `after` waits for).
class TaskTable
{
public:
    TaskTable(Scheduler &scheduler, std::size_t tasks);

    bool isDone(int task) const { return m_finished[std::size_t(task)]; }
    void setDone(int task);
    // Set once the task has ended well (never after a raise or a cancel, as the Python
    // program's done[name].set() is its last line); made on first use.
    AsyncEvent &doneEvent(int task);
    bool failed(int task) const { return m_failed[std::size_t(task)]; }
    void setFailed(int task) { m_failed[std::size_t(task)] = true; }

    // The tasks a cancel step names keep their asyncio.Task here while they run, so that a step
    // can call Task.cancel() on them. `endedUnstarted` is told of a watched task that ended
    // without running its body (cancelled before its first step), which nothing else sees end.
    void watch(int task, detail::TaskCore &core);
    void setEndedUnstarted(std::function<void(int task)> endedUnstarted);
    // Whether tasks are to be watched: the scenario cancels some (setEndedUnstarted was called).
    bool isWatching() const { return bool(m_endedUnstarted); }
    // Task.cancel(): false when the task is done (or not watched).
    bool cancel(int task);

private:
    // A watched task's done callback: the table and the task's index.
    struct Watch
    {
        TaskTable *table;
        int task;
        detail::TaskCore *core; // null once the task is done
    };
    static void watchedDone(void *watch);

    std::vector<std::unique_ptr<Watch>> m_watches; // empty until a task is watched
    Scheduler *m_scheduler;
    std::vector<std::unique_ptr<AsyncEvent>> m_doneEvents; // null until someone waits
    std::vector<bool> m_finished;
    std::vector<bool> m_failed;
    std::function<void(int)> m_endedUnstarted;
};

} // namespace ck
