#pragma once

#include "sharedstate.h"
#include "suspension.h"
#include "task.h"

#include <QCoroTask>

#include <coroutine>
#include <cstddef>
#include <exception>
#include <memory>
#include <tuple>
#include <type_traits>
#include <variant>
#include <vector>

namespace ck {

// `co_await GatherAwaiter(children)`: asyncio.gather of tasks that already run (tasks.py 718-838),
// for distinct tasks that outlive the await. Each child's done callback runs one iteration
// after the child is done (call_soon) and the outer future's own done callback resumes the
// awaiter one iteration after the callback that settled it, as in CPython:
// - without return_exceptions, the first child that fails or is cancelled (in the order their
//   callbacks run) ends the gather: its exception (CancelledError for a cancelled child) is
//   raised in the awaiter, and the other children keep running, not cancelled (tasks.py
//   764-776); await_resume() gives an empty vector;
// - with return_exceptions, every child is waited for and await_resume() gives one
//   exception_ptr per child in argument order, null where the child returned (read its value
//   from its task), its exception where it raised, its CancelledError where it was cancelled
//   (tasks.py 778-798);
// - SettleAll is not asyncio's: every child is waited for, then the failure of the child that
//   finished first among the failed is raised (the engine's gather before issue 14, kept for
//   the callers that still count on it).
// Cancelling the task that awaits it cancels every child not yet done (tasks.py 703-716,
// _GatheringFuture.cancel); the gather then ends with CancelledError, at the first cancelled
// child without return_exceptions, or once all have settled with it (tasks.py 800-805).
class GatherAwaiter
{
public:
    enum class Mode { RaiseFirst, ReturnExceptions, SettleAll };

    explicit GatherAwaiter(std::vector<detail::TaskCore *> children, Mode mode = Mode::RaiseFirst);
    template <typename T>
    static GatherAwaiter of(const std::vector<Task<T>> &tasks, Mode mode = Mode::RaiseFirst)
    {
        std::vector<detail::TaskCore *> children;
        children.reserve(tasks.size());
        for (const Task<T> &task : tasks)
            children.push_back(&task.core());
        return GatherAwaiter(std::move(children), mode);
    }
    GatherAwaiter(const GatherAwaiter &) = delete;
    GatherAwaiter &operator=(const GatherAwaiter &) = delete;
    GatherAwaiter(GatherAwaiter &&other) noexcept;
    GatherAwaiter &operator=(GatherAwaiter &&) = delete;
    ~GatherAwaiter();

    bool await_ready() const noexcept;
    void await_suspend(std::coroutine_handle<> awaiter);
    std::vector<std::exception_ptr> await_resume() const;

private:
    class State;
    std::unique_ptr<State, detail::SharedState::Drop> m_state;
};

// What gather gives for a task of T: its value, or std::monostate for a Task<>.
template <typename T> using SettledValue = std::conditional_t<std::is_void_v<T>, std::monostate, T>;

template <typename T> SettledValue<T> settledValue(const Task<T> &task)
{
    if constexpr (std::is_void_v<T>) {
        task.result();
        return {};
    } else {
        return task.result();
    }
}

// `auto [a, b] = co_await gather(spawn(...), spawn(...))`: the values in argument order.
// A QCoro::Task, which resumes its awaiter inline: no iteration is added to GatherAwaiter's.
template <typename... Ts> QCoro::Task<std::tuple<SettledValue<Ts>...>> gather(Task<Ts>... tasks)
{
    std::vector<detail::TaskCore *> children{&tasks.core()...};
    co_await GatherAwaiter(std::move(children));
    co_return std::tuple<SettledValue<Ts>...>{settledValue(tasks)...};
}

} // namespace ck
