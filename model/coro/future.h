#pragma once

#include "sharedstate.h"
#include "suspension.h"

#include <QString>

#include <coroutine>
#include <memory>

namespace ck {

class Scheduler;

namespace detail {
class TaskCore;
}

// A result-less asyncio.Future (loop.create_future()) that one coroutine awaits: the waiter of
// wait_for, wait and _cancel_and_wait, a task group's _on_completed_fut, a queue's getter.
// setResult() wakes the awaiter on the next iteration (the future's done callback is Task's
// __wakeup, scheduled with call_soon); cancelling the awaiting task cancels the future, and the
// task raises CancelledError on the next iteration. Awaiting a done future goes on at once.
//
// Shared (see SharedState): a done callback added with releaseOn() holds a reference.
class Future : public detail::SharedState
{
public:
    using Ptr = std::unique_ptr<Future, detail::SharedState::Drop>;

    class Awaiter
    {
    public:
        explicit Awaiter(Future &future) : m_future(&future) {}
        bool await_ready() const noexcept { return m_future->m_done; }
        void await_suspend(std::coroutine_handle<> handle);
        void await_resume() const;

    private:
        friend class Future;
        static bool cancel(void *awaiter, const QString &message); // TaskCore::CancelWait

        Future *m_future;
        detail::Suspension m_suspension;
    };

    static Ptr create(Scheduler &scheduler) { return Ptr(new Future(scheduler)); }

    bool isDone() const { return m_done; }
    bool isCancelled() const { return m_cancelled; }
    // Future.set_result(None) unless done (tasks.py _release_waiter).
    void setResult();
    // Adds, as `task`'s done callback, a release of this future (functools.partial(
    // _release_waiter, waiter)); removeFrom() takes it back (remove_done_callback).
    void releaseOn(detail::TaskCore &task);
    bool removeFrom(detail::TaskCore &task);
    // The callback itself, for a TimerHandle (call_later(timeout, _release_waiter, waiter)):
    // the handle is cancelled before the future goes, so it holds no reference.
    ReadyItem releaseItem() { return ReadyItem{&Future::release, this}; }

    Awaiter operator co_await() { return Awaiter(*this); }

private:
    explicit Future(Scheduler &scheduler) : m_scheduler(&scheduler) {}
    static void release(void *future);
    static void releaseAndDrop(void *future);

    Scheduler *m_scheduler;
    Awaiter *m_awaiter = nullptr; // in the awaiting frame, while it waits
    bool m_done = false;
    bool m_cancelled = false;
};

} // namespace ck
