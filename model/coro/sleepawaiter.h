#pragma once

#include "sleepoptions.h"

#include <chrono>
#include <coroutine>
#include <cstdint>

namespace ck {

class CancelToken;
class Scheduler;

// `co_await scheduler.sleep(d, token)`: asyncio.sleep on the scheduler's heap. Resumes true when
// the time has passed, false at once when the token is (or gets) cancelled. The deadline is
// taken when the sleep is made, as asyncio's call_later does. 24 bytes: GCC keeps the awaiter
// twice in the coroutine's frame, and a million sleeping coroutines each have one.
class SleepAwaiter
{
public:
    SleepAwaiter(Scheduler &scheduler, std::chrono::nanoseconds duration,
                 const SleepOptions *options);

    bool await_ready() noexcept;
    void await_suspend(std::coroutine_handle<> handle);
    bool await_resume() const noexcept { return m_frame != nullptr; }

    // For the scheduler.
    const CancelToken *token() const { return m_options ? m_options->token : nullptr; }
    std::coroutine_handle<> handle() const
    {
        return std::coroutine_handle<>::from_address(m_frame);
    }
    void markCancelled() { m_frame = nullptr; }
    static void fire(void *sleeper); // ReadyItem function: the timer went off

private:
    Scheduler *m_scheduler;
    union {
        std::int64_t m_deadline; // until suspended: scenario ns, -1 for a sleep of zero or less
        void *m_frame;           // then: the sleeping coroutine, null once cancelled
    };
    const SleepOptions *m_options;
};

} // namespace ck
