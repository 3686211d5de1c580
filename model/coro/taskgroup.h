#pragma once

#include "future.h"
#include "spawn.h"
#include "task.h"

#include <QCoroTask>

#include <cstddef>
#include <exception>
#include <list>
#include <memory>
#include <stdexcept>
#include <type_traits>
#include <utility>
#include <vector>

namespace ck {

class Scheduler;

// asyncio.TaskGroup (3.11 taskgroups.py), the object behind `async with asyncio.TaskGroup() as
// g:`. C++ has no async context manager, so the block is a coroutine given the group:
//
//     co_await ck::withTaskGroup(scheduler, [&](ck::TaskGroup &group) -> QCoro::Task<> {
//         group.createTask([&] { return fetch(1); });
//         group.createTask([&] { return fetch(2); });
//         co_await scheduler.sleep(1s);
//     });
//
// enter() takes the current task as the parent (the one running the block). The first child
// that fails (not one that is cancelled) cancels its running siblings and the parent, once
// (_abort, _parent_cancel_requested), so the block gets CancelledError at its await; exit()
// uncancels the parent (so that a caught ExceptionGroup lets it go on), waits for every child,
// and raises an ExceptionGroup of the children's errors and the block's own (not its
// CancelledError), in the order they came. A block that fails cancels the children too. A
// parent cancelled from outside stays cancelled: exit() raises CancelledError when no child
// failed. KeyboardInterrupt/SystemExit (_base_error) have no C++ counterpart.
//
// The group owns its children's tasks: createTask() gives a reference valid while it lives.
class TaskGroup
{
public:
    explicit TaskGroup(Scheduler &scheduler) : m_scheduler(&scheduler) {}
    TaskGroup(const TaskGroup &) = delete;
    TaskGroup &operator=(const TaskGroup &) = delete;

    // __aenter__ (taskgroups.py 40-54): throws std::logic_error when entered twice or outside
    // a task.
    void enter();
    // create_task (taskgroups.py 137-151): the body `factory()` makes starts on the next
    // iteration (see spawn). Throws std::logic_error before enter(), once finished, or while
    // the group is shutting down.
    template <typename Factory>
    auto createTask(Factory factory) -> Task<typename std::invoke_result_t<Factory &>::value_type> &
    {
        using T = typename std::invoke_result_t<Factory &>::value_type;
        checkCanCreate();
        auto member = std::make_unique<Held<T>>(spawn(m_scheduler, std::move(factory)));
        Task<T> &task = member->task;
        adopt(std::move(member));
        return task;
    }
    // create_task for a task made already and not started yet (spawned, or one of the app's
    // own tasks): the group adopts it as createTask() does the one it spawns.
    template <typename T> Task<T> &add(Task<T> task)
    {
        checkCanCreate();
        auto member = std::make_unique<Held<T>>(std::move(task));
        Task<T> &held = member->task;
        adopt(std::move(member));
        return held;
    }
    // __aexit__ (taskgroups.py 56-135): `error` is what the block raised, null when it
    // returned. Waits for every child; throws the ExceptionGroup, the block's error or
    // CancelledError as 3.11 does.
    QCoro::Task<> exit(std::exception_ptr error);

    std::size_t running() const { return m_running; }
    const std::vector<std::exception_ptr> &errors() const { return m_errors; }

private:
    struct Member
    {
        virtual ~Member() = default;
        virtual detail::TaskCore &core() = 0;
        TaskGroup *group = nullptr;
    };
    template <typename T> struct Held final : Member
    {
        explicit Held(Task<T> task) : task(std::move(task)) {}
        detail::TaskCore &core() override { return task.core(); }
        Task<T> task;
    };

    void checkCanCreate() const;
    void adopt(std::unique_ptr<Member> member);
    void abort();                       // taskgroups.py 161-166
    static void onTaskDone(void *held); // taskgroups.py 168-218

    Scheduler *m_scheduler;
    detail::TaskCore *m_parent = nullptr;
    std::list<std::unique_ptr<Member>> m_members;
    std::size_t m_running = 0; // `self._tasks`: the members whose done callback has not run
    std::vector<std::exception_ptr> m_errors;
    Future::Ptr m_onCompleted; // _on_completed_fut, while exit() waits
    bool m_entered = false;
    bool m_exiting = false;
    bool m_aborting = false;
    bool m_parentCancelRequested = false;
};

// `async with asyncio.TaskGroup() as group: await body(group)`. A QCoro::Task, inline.
template <typename Body> QCoro::Task<> withTaskGroup(Scheduler &scheduler, Body body)
{
    TaskGroup group(scheduler);
    group.enter();
    std::exception_ptr error;
    try {
        co_await body(group);
    } catch (...) {
        error = std::current_exception();
    }
    co_await group.exit(error);
}

} // namespace ck
