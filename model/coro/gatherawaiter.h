#pragma once

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

// `co_await GatherAwaiter(children)`: asyncio.gather of tasks that already run. Each child's done
// callback runs one iteration after the child is done (call_soon), and the last of them resumes
// the awaiter one iteration after that (the outer future's own done callback), so the gatherer
// goes on two iterations after the last child finished, as in CPython (tasks.py: gather,
// _done_callback). Every child is waited for; the failure of the child that finished first among
// the failed is raised then (asyncio's gather raises it at once; the app's tasks only fail in
// downloads, and the program goes on when all have settled). Cancelling the task that awaits it
// cancels every child not yet done (tasks.py 703-716, _GatheringFuture.cancel) and, once all
// have settled, raises CancelledError in it (tasks.py 800-805).
class GatherAwaiter
{
public:
    explicit GatherAwaiter(std::vector<detail::TaskCore *> children);
    template <typename T> static GatherAwaiter of(const std::vector<Task<T>> &tasks)
    {
        std::vector<detail::TaskCore *> children;
        children.reserve(tasks.size());
        for (const Task<T> &task : tasks)
            children.push_back(&task.core());
        return GatherAwaiter(std::move(children));
    }
    GatherAwaiter(const GatherAwaiter &) = delete;
    GatherAwaiter &operator=(const GatherAwaiter &) = delete;
    GatherAwaiter(GatherAwaiter &&) = default;

    bool await_ready() const noexcept { return m_children.empty(); }
    void await_suspend(std::coroutine_handle<> awaiter);
    void await_resume() const;

private:
    struct Child
    {
        GatherAwaiter *gather = nullptr;
        detail::TaskCore *core = nullptr;
    };
    static void childDone(void *child);

    static bool cancel(void *gather, const QString &message); // TaskCore::CancelWait

    std::vector<Child> m_children;
    std::size_t m_left = 0;
    detail::Suspension m_suspension;
    std::exception_ptr m_firstError;
    std::unique_ptr<QString> m_cancelMessage; // set once a cancel reached a child
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
