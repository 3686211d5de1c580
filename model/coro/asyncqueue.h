#pragma once

#include "asyncevent.h"
#include "queueempty.h"
#include "queuefull.h"
#include "queuewaiter.h"
#include "syncusageerror.h"

#include <QCoroTask>

#include <cstddef>
#include <deque>
#include <exception>
#include <utility>

namespace ck {

class Scheduler;

// asyncio.Queue exactly as CPython 3.11 has it (queues.py 21-215), for items of type T.
// maxsize <= 0 is unbounded. put() waits while the queue is full and get() while it is empty,
// each queued as a putter or getter; put_nowait() wakes the first getter not done and
// get_nowait() the first putter (_wakeup_next, 58-64), which resume on the next iteration and
// look again (a task that came meanwhile may have taken the item or the slot: then they queue
// again, at the back). A waiter woken and then cancelled before it resumes hands the wake-up on
// to the next one if the item or slot is still there (130-133, 168-171). put_nowait() on a full
// queue throws QueueFull, get_nowait() on an empty one QueueEmpty; task_done() counts an item
// done, and throws SyncUsageError("ValueError", …) when called more often than items were put;
// join() waits until every item put was counted done (the queue's own AsyncEvent, 41-42).
template <typename T> class AsyncQueue
{
public:
    explicit AsyncQueue(Scheduler &scheduler, int maxsize = 0)
        : m_scheduler(&scheduler), m_maxsize(maxsize), m_finished(scheduler)
    {
        m_finished.set();
    }
    AsyncQueue(const AsyncQueue &) = delete;
    AsyncQueue &operator=(const AsyncQueue &) = delete;

    int maxsize() const { return m_maxsize; }
    std::size_t qsize() const { return m_items.size(); }
    bool empty() const { return m_items.empty(); }
    bool full() const { return m_maxsize > 0 && qsize() >= std::size_t(m_maxsize); }
    int unfinishedTasks() const { return m_unfinished; }
    std::size_t getters() const { return m_getters.size(); }
    std::size_t putters() const { return m_putters.size(); }

    // Queue.put(item), an `async def`: `co_await queue.put(item)`.
    QCoro::Task<> put(T item)
    {
        while (full()) { // queues.py 116-134
            detail::QueueWaiter putter(*m_scheduler, m_putters);
            std::exception_ptr error;
            try {
                co_await putter.wait();
            } catch (...) {
                error = std::current_exception();
            }
            if (error) {
                putter.leave();
                // Woken by get_nowait() but cannot take the slot: the next putter may.
                if (!full() && !putter.isCancelled())
                    detail::QueueWaiter::wakeUpNext(m_putters);
                std::rethrow_exception(error);
            }
        }
        putNowait(std::move(item));
    }

    void putNowait(T item)
    {
        if (full()) // 142-147
            throw QueueFull();
        m_items.push_back(std::move(item));
        ++m_unfinished;
        m_finished.clear();
        detail::QueueWaiter::wakeUpNext(m_getters);
    }

    // Queue.get(), an `async def`: `T item = co_await queue.get()`.
    QCoro::Task<T> get()
    {
        while (empty()) { // 154-172
            detail::QueueWaiter getter(*m_scheduler, m_getters);
            std::exception_ptr error;
            try {
                co_await getter.wait();
            } catch (...) {
                error = std::current_exception();
            }
            if (error) {
                getter.leave();
                // Woken by put_nowait() but cannot take the item: the next getter may.
                if (!empty() && !getter.isCancelled())
                    detail::QueueWaiter::wakeUpNext(m_getters);
                std::rethrow_exception(error);
            }
        }
        co_return getNowait();
    }

    T getNowait()
    {
        if (empty()) // 180-184
            throw QueueEmpty();
        T item = std::move(m_items.front());
        m_items.pop_front();
        detail::QueueWaiter::wakeUpNext(m_putters);
        return item;
    }

    void taskDone()
    {
        if (m_unfinished <= 0) // 200-204
            throw SyncUsageError("ValueError", "task_done() called too many times");
        if (--m_unfinished == 0)
            m_finished.set();
    }

    // Queue.join(), an `async def`: `co_await queue.join()` (214-215).
    QCoro::Task<> join()
    {
        if (m_unfinished > 0)
            co_await m_finished.wait();
    }

private:
    Scheduler *m_scheduler;
    int m_maxsize;
    std::deque<T> m_items;
    detail::QueueWaiter::Queue m_getters; // futures of blocked get()s, in arrival order
    detail::QueueWaiter::Queue m_putters; // futures of blocked put()s, in arrival order
    int m_unfinished = 0;                 // _unfinished_tasks
    AsyncEvent m_finished;
};

} // namespace ck
