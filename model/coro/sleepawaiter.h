#pragma once

#include <chrono>
#include <coroutine>

namespace ck {

class CancelToken;
class Scheduler;
class WakeObserver;

// `co_await scheduler.sleep(d, token)`: asyncio.sleep on the scheduler's heap. Resumes true when
// the time has passed, false at once when the token is (or gets) cancelled.
class SleepAwaiter
{
public:
    SleepAwaiter(Scheduler &scheduler, std::chrono::nanoseconds duration, const CancelToken *token,
                 WakeObserver *observer = nullptr, int tag = 0)
        : m_scheduler(&scheduler), m_duration(duration), m_token(token), m_observer(observer),
          m_tag(tag)
    {}

    bool await_ready() noexcept;
    void await_suspend(std::coroutine_handle<> handle);
    bool await_resume() const noexcept { return !m_cancelled; }

    // For the scheduler.
    const CancelToken *token() const { return m_token; }
    std::coroutine_handle<> handle() const { return m_handle; }
    void markCancelled() { m_cancelled = true; }
    static void fire(void *sleeper); // ReadyItem function: the timer went off

private:
    Scheduler *m_scheduler;
    std::chrono::nanoseconds m_duration;
    const CancelToken *m_token;
    WakeObserver *m_observer; // told when the timer fires, if set
    int m_tag;
    std::coroutine_handle<> m_handle;
    bool m_cancelled = false;
};

} // namespace ck
