#pragma once

#include "readyitem.h"

#include <chrono>

namespace ck {

class Scheduler;

// asyncio's TimerHandle: loop.call_at(when, callback) and loop.call_soon(callback) for the
// engine's own timers (timeouts, wait_for, wait, as_completed), cancellable with cancel().
// A due timer runs its callback itself in the loop iteration that finds it due, as
// base_events.py _run_once runs a TimerHandle (no coroutine resumes one iteration later, as a
// sleep's does). Cancelling takes it off the scheduler's heap, so the virtual clock never
// moves to its time (asyncio pops cancelled handles from its heap's top without waiting).
// A handle cancels its timer when it goes away.
class TimerHandle
{
public:
    TimerHandle() = default;
    TimerHandle(const TimerHandle &) = delete;
    TimerHandle &operator=(const TimerHandle &) = delete;
    ~TimerHandle() { cancel(); }

    // loop.call_at(when, callback); a time already past fires on the next iteration.
    void callAt(Scheduler &scheduler, std::chrono::nanoseconds when, ReadyItem callback);
    // loop.call_soon(callback).
    void callSoon(Scheduler &scheduler, ReadyItem callback);
    // TimerHandle.cancel(): the callback will not run. Nothing when none is pending.
    void cancel();
    bool isPending() const { return m_state != nullptr; }

private:
    class State;

    State *m_state = nullptr; // until it fires or is cancelled
};

} // namespace ck
