#pragma once

#include "future.h"
#include "sharedstate.h"
#include "task.h"
#include "timeouterror.h"
#include "timerhandle.h"

#include <QCoroTask>

#include <chrono>
#include <cstddef>
#include <deque>
#include <optional>
#include <vector>

namespace ck {

namespace detail {

// as_completed's closure (tasks.py 579-610): the tasks not yet done, the queue of those done,
// and the one awaitable waiting on that queue.
class AsCompletedState final : public SharedState
{
public:
    struct Entry
    {
        AsCompletedState *state;
        TaskCore *task;
        std::size_t index;
        bool todo; // in `todo`: its callback has not run and no timeout came
    };
    static constexpr std::size_t kTimedOut = std::size_t(-1); // _on_timeout's dummy None

    AsCompletedState(Scheduler &scheduler, std::vector<TaskCore *> tasks);
    void startTimeout(std::chrono::nanoseconds timeout);
    // _wait_for_one's `f = await done.get()`: the index of a task done, or kTimedOut.
    QCoro::Task<std::size_t> next();

private:
    static void onCompletion(void *entry); // tasks.py 592-598
    static void onTimeout(void *state);    // tasks.py 586-590
    void put(std::size_t index);           // Queue.put_nowait
    ReadyItem itemOf(Entry &entry) { return ReadyItem{&AsCompletedState::onCompletion, &entry}; }

    Scheduler *m_scheduler;
    std::vector<Entry> m_entries;
    std::size_t m_todo = 0;
    std::deque<std::size_t> m_done;
    Future *m_getter = nullptr; // Queue.get's future, while one waits (one consumer at a time)
    TimerHandle m_timeoutHandle;
};

} // namespace detail

// `for f in asyncio.as_completed(tasks, timeout=...): result = await f`, tasks.py 558-612:
//
//     ck::AsCompleted<int> completed(tasks);
//     for (std::size_t i = 0; i < completed.size(); ++i)
//         int value = co_await completed.next(); // may raise the task's exception
//
// Each task's done callback (one iteration after it is done) puts it on a queue; next() takes
// the first one put, at once when there is one, else its awaiter is woken one iteration after
// the put (asyncio.Queue's getter future). With a timeout, every next() not satisfied by then
// raises TimeoutError. The tasks must outlive this object.
template <typename T> class AsCompleted
{
public:
    explicit AsCompleted(const std::vector<Task<T>> &tasks,
                         std::optional<std::chrono::nanoseconds> timeout = std::nullopt)
        : m_tasks(&tasks)
    {
        std::vector<detail::TaskCore *> cores;
        for (const Task<T> &task : tasks)
            cores.push_back(&task.core());
        m_state.reset(new detail::AsCompletedState(*cores.front()->scheduler(), cores));
        if (timeout)
            m_state->startTimeout(*timeout);
    }

    std::size_t size() const { return m_tasks->size(); }
    // _wait_for_one(): the next task's result, or its exception raised.
    QCoro::Task<T> next()
    {
        const std::size_t index = co_await m_state->next();
        if (index == detail::AsCompletedState::kTimedOut)
            throw TimeoutError();
        co_return (*m_tasks)[index].result();
    }

private:
    const std::vector<Task<T>> *m_tasks;
    std::unique_ptr<detail::AsCompletedState, detail::SharedState::Drop> m_state;
};

} // namespace ck
