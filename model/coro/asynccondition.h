#pragma once

#include "asynclock.h"
#include "suspension.h"

#include <QCoroTask>
#include <QString>

#include <coroutine>
#include <cstddef>
#include <deque>
#include <memory>
#include <type_traits>

namespace ck {

class Scheduler;

// asyncio.Condition exactly as CPython 3.11 has it (locks.py 219-328), over an AsyncLock it
// shares (Condition(lock)) or owns (Condition()). wait() needs the lock held: it releases it,
// queues until notified, then takes the lock again before it returns; when cancelled it too
// takes the lock again first, however many times it is cancelled meanwhile, and then raises
// CancelledError (262-283). notify(n) wakes the first n waiters whose futures are not done yet
// (313-320); a notified waiter that is cancelled before it resumes loses the notification, as
// in 3.11. wait() and notify() without the lock throw SyncUsageError (RuntimeError).
class AsyncCondition
{
public:
    explicit AsyncCondition(Scheduler &scheduler);
    explicit AsyncCondition(AsyncLock &lock) : m_lock(&lock) {}
    AsyncCondition(const AsyncCondition &) = delete;
    AsyncCondition &operator=(const AsyncCondition &) = delete;

    AsyncLock &lock() const { return *m_lock; }
    // The lock's methods, which Condition exports (234-237).
    AsyncLock::Acquirer acquire() { return m_lock->acquire(); }
    void release() { m_lock->release(); }
    bool locked() const { return m_lock->locked(); }

    // Condition.wait(), an `async def`: `co_await condition.wait()`.
    QCoro::Task<> wait();
    // Condition.wait_for(predicate) (285-296): the predicate's last value.
    template <typename Predicate>
    auto waitFor(Predicate predicate) -> QCoro::Task<std::invoke_result_t<Predicate &>>
    {
        auto result = predicate();
        while (!result) {
            co_await wait();
            result = predicate();
        }
        co_return result;
    }
    void notify(std::size_t n = 1);
    // notify(len(self._waiters)) (322-328).
    void notifyAll() { notify(m_waiters.size()); }
    std::size_t waiters() const { return m_waiters.size(); }

private:
    class Waiter;
    QCoro::Task<> reacquire();

    std::unique_ptr<AsyncLock> m_ownLock; // Condition() without a lock makes one
    AsyncLock *m_lock;
    std::deque<Waiter *> m_waiters; // in the waiting frames, in arrival order
};

} // namespace ck
