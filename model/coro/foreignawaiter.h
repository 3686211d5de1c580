#pragma once

#include "suspension.h"

#include <QCoroTask>
#include <QString>

#include <coroutine>
#include <exception>
#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

namespace ck {

class Scheduler;

// `co_await ForeignAwaiter(scheduler, body, abort)`: awaits `body`, a QCoro task that Qt resumes
// (a socket's signals), from a coroutine of the scheduler. Awaited directly, such a body would
// resume its awaiter from Qt's event loop, outside the task it runs in: the task would no longer
// know where it waits, and its later waits would not be linked to it. Here the task is suspended
// on this awaiter (as on asyncio's future for a transport) and is stepped by the scheduler once
// the body has returned, so it stays the current task.
//
// cancel() calls `abort`, which must make the body return soon (closing its connection); the
// task raises CancelledError at this await on the iteration after the body has returned. It is
// never resumed before: the body may still use what the task's frame holds.
template <typename T> class ForeignAwaiter
{
    static_assert(!std::is_void_v<T>, "the body gives a value");

public:
    ForeignAwaiter(Scheduler &scheduler, QCoro::Task<T> body, std::function<void()> abort)
        : m_scheduler(&scheduler), m_body(std::move(body)), m_abort(std::move(abort))
    {}
    // Moved only before it is awaited (GCC moves the awaiter into the frame).
    ForeignAwaiter(ForeignAwaiter &&) = default;
    ForeignAwaiter &operator=(ForeignAwaiter &&) = delete;

    // A body that returned at once (the data was already there) goes on inline, as before.
    bool await_ready()
    {
        if (!m_body.isReady())
            return false;
        m_watcher = watch(false); // returns inline
        return true;
    }
    void await_suspend(std::coroutine_handle<> handle)
    {
        m_suspension.suspend(*m_scheduler, handle, &ForeignAwaiter::cancel, this);
        m_watcher = watch(true);
    }
    T await_resume()
    {
        m_suspension.raiseIfCancelled();
        if (m_error)
            std::rethrow_exception(m_error);
        return std::move(*m_value);
    }

private:
    // Waits for the body, then (when `wake`) schedules the task's step: never inline, since this
    // awaiter (and this coroutine's Task in it) lives in the frame that the step resumes.
    QCoro::Task<> watch(bool wake)
    {
        try {
            m_value.emplace(co_await std::move(m_body));
        } catch (...) {
            m_error = std::current_exception();
        }
        if (!wake)
            co_return;
        if (m_cancelled)
            m_suspension.resumeCancelled();
        else
            m_suspension.resumeSoon();
    }

    // TaskCore::CancelWait. False when already cancelled, as Future.cancel() on a cancelled
    // future: the task then raises at its next step anyway.
    static bool cancel(void *awaiter, const QString &)
    {
        auto *self = static_cast<ForeignAwaiter *>(awaiter);
        if (std::exchange(self->m_cancelled, true))
            return false;
        if (self->m_abort)
            self->m_abort();
        return true;
    }

    Scheduler *m_scheduler;
    QCoro::Task<T> m_body;
    std::function<void()> m_abort;
    detail::Suspension m_suspension;
    QCoro::Task<> m_watcher;
    std::optional<T> m_value;
    std::exception_ptr m_error;
    bool m_cancelled = false;
};

} // namespace ck
