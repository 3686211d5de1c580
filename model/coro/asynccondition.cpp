#include "asynccondition.h"

#include "cancellederror.h"
#include "scheduler.h"
#include "syncusageerror.h"

#include <algorithm>
#include <exception>

namespace ck {

// The future wait() awaits (locks.py 264-270): queued until notified or cancelled, and taken out
// of the queue when it resumes, whichever it was.
class AsyncCondition::Waiter
{
public:
    explicit Waiter(AsyncCondition &condition) : m_condition(&condition) {}
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> handle)
    {
        m_condition->m_waiters.push_back(this);
        m_suspension.suspend(*m_condition->m_lock->scheduler(), handle, &Waiter::cancel, this);
    }
    void await_resume()
    {
        std::erase(m_condition->m_waiters, this); // `finally: self._waiters.remove(fut)`
        m_suspension.raiseIfCancelled();
    }
    bool isDone() const { return m_notified || m_cancelled; }
    void notify()
    {
        m_notified = true;
        m_suspension.resumeSoon();
    }

private:
    static bool cancel(void *waiter, const QString &)
    {
        auto *self = static_cast<Waiter *>(waiter);
        self->m_cancelled = true;
        self->m_suspension.resumeCancelled();
        return true;
    }

    AsyncCondition *m_condition;
    detail::Suspension m_suspension;
    bool m_notified = false;  // its future has a result
    bool m_cancelled = false; // its future is cancelled
};

AsyncCondition::AsyncCondition(Scheduler &scheduler)
    : m_ownLock(std::make_unique<AsyncLock>(scheduler)), m_lock(m_ownLock.get())
{}

QCoro::Task<> AsyncCondition::wait()
{
    if (!locked()) // locks.py 259-260
        throw SyncUsageError("RuntimeError", "cannot wait on un-acquired lock");
    release();
    // 263-271; C++ cannot co_await in a handler, so the error waits for the `finally` part.
    std::exception_ptr error;
    try {
        co_await Waiter(*this);
    } catch (...) {
        error = std::current_exception();
    }
    co_await reacquire();
    if (error)
        std::rethrow_exception(error);
}

QCoro::Task<> AsyncCondition::reacquire()
{
    // 272-283: the lock is taken again even when cancelled meanwhile; then a new
    // CancelledError (without the message) is raised, which replaces wait()'s own error.
    bool cancelled = false;
    while (true) {
        try {
            co_await m_lock->acquire();
            break;
        } catch (const CancelledError &) {
            cancelled = true;
        }
    }
    if (cancelled)
        throw CancelledError();
}

void AsyncCondition::notify(std::size_t n)
{
    if (!locked()) // 310-311
        throw SyncUsageError("RuntimeError", "cannot notify on un-acquired lock");
    std::size_t woken = 0; // 313-320: waiters whose future is done are skipped
    for (Waiter *waiter : m_waiters) {
        if (woken >= n)
            break;
        if (!waiter->isDone()) {
            ++woken;
            waiter->notify();
        }
    }
}

} // namespace ck
