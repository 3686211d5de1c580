#pragma once

#include "timerhandle.h"

#include <QCoroTask>

#include <chrono>
#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

namespace ck {

class Scheduler;

namespace detail {
class TaskCore;
}

// asyncio.Timeout (3.11 timeouts.py), the object behind `async with asyncio.timeout(delay):`.
// C++ has no async context manager, so the block is a coroutine run between enter() and exit():
//
//     co_await ck::withTimeout(scheduler, 2s, [&] { return fetch(); });   // timeout(2)
//
//     ck::Timeout timeout(scheduler, std::nullopt);                       // timeout(None)
//     co_await ck::within(timeout, [&] { return body(&timeout); });       // body reschedules it
//
// Inside a task (a ck::Task's step is running), enter() takes the current task and sets a timer
// for `when`; at that time the timer cancels the task (task.cancel(), timeouts.py 104-109), so
// the block gets CancelledError at the await it is suspended on. exit() turns that
// CancelledError into TimeoutError when no other cancellation is pending: uncancel() gives the
// task's remaining cancel requests (timeouts.py 92-98), so a task cancelled from outside while
// its timeout also fired stays cancelled, and of nested timeouts only the one that fired speaks.
// enter() and exit() never suspend (the 3.11 __aenter__/__aexit__ have no await), so a timeout
// adds no loop iteration.
class Timeout
{
public:
    enum class State { Created, Entered, Expiring, Expired, Exited };

    // Timeout(when) / timeout_at(when): `when` on the scheduler's clock, none for no deadline.
    Timeout(Scheduler &scheduler, std::optional<std::chrono::nanoseconds> when)
        : m_scheduler(&scheduler), m_when(when)
    {}
    Timeout(const Timeout &) = delete;
    Timeout &operator=(const Timeout &) = delete;

    // asyncio.timeout(delay)'s `when`: loop.time() + delay, none for none.
    static std::optional<std::chrono::nanoseconds>
    deadlineAfter(const Scheduler &scheduler, std::optional<std::chrono::nanoseconds> delay);

    std::optional<std::chrono::nanoseconds> when() const { return m_when; }
    State state() const { return m_state; }
    // timeouts.py 39-58: only while entered (throws std::logic_error, RuntimeError in Python);
    // a time already past fires on the next iteration (call_soon).
    void reschedule(std::optional<std::chrono::nanoseconds> when);
    // timeouts.py 60-62: the deadline came while the block ran.
    bool expired() const { return m_state == State::Expiring || m_state == State::Expired; }

    // __aenter__ (timeouts.py 72-78): throws std::logic_error outside a task.
    void enter();
    // __aexit__ (timeouts.py 80-102): `error` is what the block raised (null when it returned);
    // gives what the block ends with: TimeoutError in place of that CancelledError when this
    // timeout fired and it was the task's only cancel request, else `error` itself.
    std::exception_ptr exit(std::exception_ptr error);

private:
    static void onTimeout(void *timeout); // timeouts.py 104-109

    Scheduler *m_scheduler;
    std::optional<std::chrono::nanoseconds> m_when;
    detail::TaskCore *m_task = nullptr;
    TimerHandle m_handler;
    State m_state = State::Created;
};

namespace detail {

template <typename Factory>
using BlockResult = typename std::invoke_result_t<Factory &>::value_type;

} // namespace detail

// `async with timeout:` around the coroutine `factory()` makes, started inside the block. A
// QCoro::Task: it resumes its awaiter inline, so it adds no loop iteration.
template <typename Factory>
auto within(Timeout &timeout, Factory factory) -> QCoro::Task<detail::BlockResult<Factory>>
{
    timeout.enter();
    std::exception_ptr error;
    if constexpr (std::is_void_v<detail::BlockResult<Factory>>) {
        try {
            co_await factory();
        } catch (...) {
            error = std::current_exception();
        }
        if (std::exception_ptr raised = timeout.exit(error))
            std::rethrow_exception(raised);
    } else {
        std::optional<detail::BlockResult<Factory>> value;
        try {
            value.emplace(co_await factory());
        } catch (...) {
            error = std::current_exception();
        }
        if (std::exception_ptr raised = timeout.exit(error))
            std::rethrow_exception(raised);
        co_return std::move(*value);
    }
}

// `async with asyncio.timeout(delay): return await factory()`: the deadline is taken now
// (timeouts.py 128-129), none for no timeout.
template <typename Factory>
auto withTimeout(Scheduler &scheduler, std::optional<std::chrono::nanoseconds> delay,
                 Factory factory) -> QCoro::Task<detail::BlockResult<Factory>>
{
    Timeout timeout(scheduler, Timeout::deadlineAfter(scheduler, delay));
    co_return co_await within(timeout, std::move(factory));
}

} // namespace ck
