#pragma once

#include "sleepoptions.h"

#include <QString>

#include <chrono>
#include <coroutine>
#include <cstdint>

namespace ck {

class CancelToken;

namespace detail {
class TaskCore;
}

// `co_await scheduler.sleep(d, token)`: asyncio.sleep on the scheduler's heap. Resumes true when
// the time has passed, false at once when the token is (or gets) cancelled. The deadline is
// taken when the sleep is awaited, as asyncio.sleep's call_later does when its coroutine runs
// (on the real clock, the scheduler reads the clock for a few sleeps at once: see
// Scheduler::addSleep).
//
// A million sleeping coroutines each hold one in their frame, so it is small: 16 bytes, the
// scheduler being in the options. GCC 12 keeps a second copy of an awaiter that the awaited
// expression returns, but not of one made by operator co_await: this object stays where the
// expression put it and the awaiter is a pointer to it (24 bytes in the frame, not 32).
class SleepAwaiter
{
public:
    class Awaiter
    {
    public:
        explicit Awaiter(SleepAwaiter *sleep) : m_sleep(sleep) {}

        // Inline, as a million sleeps are made in a row: only a token needs a look.
        bool await_ready() noexcept { return m_sleep->token() && m_sleep->cancelledBefore(); }
        void await_suspend(std::coroutine_handle<> handle) { m_sleep->suspend(handle); }
        bool await_resume() const
        {
            return m_sleep->inTask() ? m_sleep->resumedInTask() : m_sleep->m_frame != nullptr;
        }

    private:
        SleepAwaiter *m_sleep;
    };

    Awaiter operator co_await() noexcept { return Awaiter(this); }

    // For the scheduler.
    const CancelToken *token() const { return m_options->token; }
    void wakeByToken(); // its token was cancelled: it resumes false on the next iteration
    static void fire(void *sleeper); // ReadyItem function: the timer went off

private:
    friend class Scheduler;
    friend class TimerHandle; // a bare timer: no coroutine, its observer is its callback

    // Made by Scheduler::sleep: `options` name the scheduler and must outlive the sleep; a
    // negative duration is a sleep of zero or less.
    SleepAwaiter(const SleepOptions &options, std::int64_t duration)
        : m_duration(duration), m_options(&options)
    {}

    // The low bits of m_frame: it holds a TaskCore, and its token cancelled it.
    static constexpr std::uintptr_t kInTask = 1;
    static constexpr std::uintptr_t kTokenCancelled = 2;

    bool cancelledBefore() noexcept;
    void suspend(std::coroutine_handle<> handle);
    void suspendInTask(detail::TaskCore *task, std::coroutine_handle<> handle,
                       std::int64_t duration);
    bool inTask() const { return reinterpret_cast<std::uintptr_t>(m_frame) & kInTask; }
    detail::TaskCore *task() const;
    bool resumedInTask() const;
    static bool cancelInTask(void *sleeper, const QString &message); // TaskCore::CancelWait

    union {
        std::int64_t m_duration; // until suspended: scenario ns, -1 for a sleep of zero or less
        void *m_frame; // then: the sleeping coroutine, null once cancelled; or its task, tagged
    };
    const SleepOptions *m_options;
};

static_assert(sizeof(SleepAwaiter) == 16 && sizeof(SleepAwaiter::Awaiter) == 8,
              "a million sleeping frames hold one of each");

} // namespace ck
