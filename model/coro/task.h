#pragma once

#include "cancellederror.h"
#include "framepool.h"
#include "suspension.h"
#include "taskcore.h"

#include <coroutine>
#include <cstddef>
#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

namespace ck {

class Scheduler;

template <typename T = void> class Task;

namespace detail {

// Ends the coroutine at its final suspension: the task is done and its callbacks are scheduled
// (never run inline, so the frame is not destroyed under its own feet); a detached task frees
// its frame here, as nobody will.
struct TaskFinalAwaiter
{
    bool await_ready() const noexcept { return false; }
    template <typename Promise> void await_suspend(std::coroutine_handle<Promise> handle) noexcept
    {
        TaskCore &core = handle.promise();
        core.finish();
        if (core.isDetached())
            handle.destroy();
    }
    void await_resume() const noexcept {}
};

template <typename T> class TaskValue : public TaskCore
{
public:
    template <typename U> void return_value(U &&value) { m_value.emplace(std::forward<U>(value)); }
    // A copy: a done task gives its result to every awaiter, as Future.result() does.
    T value() const { return *m_value; }

private:
    std::optional<T> m_value;
};

template <> class TaskValue<void> : public TaskCore
{
public:
    void return_void() {}
    void value() const {}
};

} // namespace detail

// asyncio.Task for coroutines on ck::Scheduler. A task is made suspended and starts on the loop
// iteration after start() (asyncio.create_task schedules its first step with call_soon). It is
// done once its coroutine returns, with its value, or raises, with its exception kept and raised
// in whoever awaits it. `co_await task` on a done task goes on at once; otherwise the awaiter
// resumes one iteration after the task is done, since asyncio runs a future's done callbacks
// with call_soon (tasks.py: Task.__await__ yields only while not done(); futures.py:
// __schedule_callbacks). Letting go of a running task does not stop it: it frees itself when
// done, as a task the loop holds would.
//
// cancel() raises CancelledError in the task at the await point it is suspended on, one loop
// iteration later (tasks.py 188-228): a sleep loses its timer, an event or semaphore wait leaves
// its queue, a gather cancels its children, awaiting another task cancels that task, a wait on
// the network aborts its connection (ForeignAwaiter). A task not started yet ends at its first
// step without running; a task that catches the error goes on.
template <typename T> class Task
{
public:
    struct promise_type : detail::TaskValue<T>
    {
        Task get_return_object()
        {
            return Task(std::coroutine_handle<promise_type>::from_promise(*this));
        }
        std::suspend_always initial_suspend() const noexcept { return {}; }
        detail::TaskFinalAwaiter final_suspend() const noexcept { return {}; }
        void unhandled_exception() { this->setError(std::current_exception()); }

        // A crowd is a million task frames of one size: the FramePool keeps them dense.
        static void *operator new(std::size_t size) { return FramePool::allocate(size); }
        static void operator delete(void *frame, std::size_t size) noexcept
        {
            FramePool::deallocate(frame, size);
        }
    };

    class Awaiter
    {
    public:
        explicit Awaiter(std::coroutine_handle<promise_type> coroutine) : m_coroutine(coroutine) {}
        bool await_ready() const noexcept { return m_coroutine.promise().isDone(); }
        void await_suspend(std::coroutine_handle<> awaiter)
        {
            // The awaited task is the awaiting one's _fut_waiter: cancelling the awaiting task
            // cancels it (tasks.py 219-225), and the awaiting task gets what it ends with.
            detail::TaskCore &awaited = m_coroutine.promise();
            m_suspension.suspend(*awaited.scheduler(), awaiter, &detail::TaskCore::cancelAwaited,
                                 &awaited);
            awaited.addDoneCallback(m_suspension.resumeItem());
        }
        T await_resume()
        {
            m_suspension.raiseIfCancelled();
            promise_type &promise = m_coroutine.promise();
            if (promise.error())
                std::rethrow_exception(promise.error());
            return promise.value();
        }

    private:
        std::coroutine_handle<promise_type> m_coroutine;
        detail::Suspension m_suspension;
    };

    Task() = default;
    Task(Task &&other) noexcept : m_coroutine(std::exchange(other.m_coroutine, {})) {}
    Task &operator=(Task &&other) noexcept
    {
        if (this != &other) {
            release();
            m_coroutine = std::exchange(other.m_coroutine, {});
        }
        return *this;
    }
    Task(const Task &) = delete;
    Task &operator=(const Task &) = delete;
    ~Task() { release(); }

    // Schedules the first step on `scheduler`, once.
    Task &start(Scheduler &scheduler)
    {
        if (m_coroutine && !core().isStarted())
            core().start(scheduler, m_coroutine);
        return *this;
    }
    bool isValid() const { return bool(m_coroutine); }
    bool isDone() const { return m_coroutine && core().isDone(); }
    bool failed() const { return isDone() && core().error(); }
    std::exception_ptr error() const { return m_coroutine ? core().error() : nullptr; }
    // Task.cancel(msg): false when the task is done; see the class comment.
    bool cancel(const QString &message = {}) { return m_coroutine && core().cancel(message); }
    // Task.cancelled(): done, with CancelledError.
    bool isCancelled() const { return m_coroutine && core().isCancelled(); }
    int cancelling() const { return m_coroutine ? core().cancelling() : 0; }
    int uncancel() { return m_coroutine ? core().uncancel() : 0; }
    detail::TaskCore &core() const { return m_coroutine.promise(); }
    // Future.result() of a done task: its value, or its exception raised.
    T result() const { return Awaiter(m_coroutine).await_resume(); }

    Awaiter operator co_await() const noexcept { return Awaiter(m_coroutine); }

private:
    explicit Task(std::coroutine_handle<promise_type> coroutine) : m_coroutine(coroutine) {}

    void release()
    {
        if (!m_coroutine)
            return;
        if (core().isDone() || !core().isStarted())
            m_coroutine.destroy();
        else
            core().detach();
        m_coroutine = {};
    }

    std::coroutine_handle<promise_type> m_coroutine;
};

} // namespace ck
