#pragma once

#include "readyitem.h"

#include <coroutine>
#include <exception>
#include <memory>
#include <vector>

namespace ck {

class Scheduler;

namespace detail {

// What every Task's promise holds whatever its value: the loop it runs on, whether its coroutine
// has returned (asyncio's done()), the exception it raised, and the callbacks to run once it is
// done. As asyncio's Future._schedule_callbacks does, a done task schedules its callbacks with
// call_soon: they run on the next loop iteration, never inline (futures.py, set_result).
class TaskCore
{
public:
    TaskCore() = default;
    TaskCore(const TaskCore &) = delete;
    TaskCore &operator=(const TaskCore &) = delete;

    bool isStarted() const { return m_scheduler != nullptr; }
    Scheduler *scheduler() const { return m_scheduler; }
    bool isDone() const { return m_done; }
    const std::exception_ptr &error() const { return m_error; }

    // asyncio.create_task: the coroutine's first step is scheduled with call_soon.
    void start(Scheduler &scheduler, std::coroutine_handle<> coroutine);
    // Future.add_done_callback: on a task that is done, the callback is scheduled at once.
    void addDoneCallback(ReadyItem callback);
    void addResumer(std::coroutine_handle<> awaiter);

    // For the promise.
    void setError(std::exception_ptr error) { m_error = std::move(error); }
    void finish();
    // The Task that owned the coroutine let go of it before it was done: it frees itself then.
    void detach() { m_detached = true; }
    bool isDetached() const { return m_detached; }

    static void resumeHandle(void *address);

private:
    Scheduler *m_scheduler = nullptr;
    std::exception_ptr m_error;
    ReadyItem m_callback; // the first (usually only) done callback
    std::unique_ptr<std::vector<ReadyItem>> m_moreCallbacks;
    bool m_done = false;
    bool m_detached = false;
};

} // namespace detail
} // namespace ck
