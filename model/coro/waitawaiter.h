#pragma once

#include "future.h"
#include "sharedstate.h"
#include "task.h"
#include "timerhandle.h"

#include <QCoroTask>

#include <chrono>
#include <cstddef>
#include <optional>
#include <vector>

namespace ck {

// asyncio.FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED.
enum class ReturnWhen { FirstCompleted, FirstException, AllCompleted };

// What asyncio.wait gives: the tasks done and those still pending, as indexes into the tasks
// it was given, in their order (asyncio's are sets).
struct WaitResult
{
    std::vector<std::size_t> done;
    std::vector<std::size_t> pending;
};

// `done, pending = await asyncio.wait(tasks, timeout=..., return_when=...)`, tasks.py 389-418 and
// _wait 497-538: a waiter future is released by a task's done callback (one iteration after the
// task is done) when `returnWhen` says so, or by the timeout's timer; the awaiter resumes one
// iteration after that. It never raises for the tasks (nor TimeoutError); cancelling the task
// that waits raises CancelledError in it and leaves the tasks running. `tasks` must not be empty
// (asyncio raises ValueError) and must live until it resumes.
class WaitAwaiter
{
public:
    WaitAwaiter(std::vector<detail::TaskCore *> tasks, ReturnWhen returnWhen,
                std::optional<std::chrono::nanoseconds> timeout = std::nullopt);
    WaitAwaiter(WaitAwaiter &&other) noexcept;
    WaitAwaiter &operator=(WaitAwaiter &&) = delete;
    ~WaitAwaiter();
    template <typename T>
    static WaitAwaiter of(const std::vector<Task<T>> &tasks,
                          ReturnWhen returnWhen = ReturnWhen::AllCompleted,
                          std::optional<std::chrono::nanoseconds> timeout = std::nullopt)
    {
        std::vector<detail::TaskCore *> cores;
        cores.reserve(tasks.size());
        for (const Task<T> &task : tasks)
            cores.push_back(&task.core());
        return WaitAwaiter(std::move(cores), returnWhen, timeout);
    }

    // The wait, as a coroutine: _wait's `try: await waiter finally: ...`.
    QCoro::Task<WaitResult> wait();

private:
    class State;
    std::unique_ptr<State, detail::SharedState::Drop> m_state;
};

// asyncio.wait as a call: `auto [done, pending] = co_await ck::wait(tasks, ReturnWhen::...)`.
template <typename T>
QCoro::Task<WaitResult> wait(const std::vector<Task<T>> &tasks,
                             ReturnWhen returnWhen = ReturnWhen::AllCompleted,
                             std::optional<std::chrono::nanoseconds> timeout = std::nullopt)
{
    WaitAwaiter awaiter = WaitAwaiter::of(tasks, returnWhen, timeout);
    co_return co_await awaiter.wait();
}

} // namespace ck
