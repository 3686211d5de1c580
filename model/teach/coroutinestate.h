#pragma once

#include "codegen/codelocation.h"

#include <QString>
#include <chrono>
#include <vector>

namespace ck {

// What one coroutine of a run is doing at a moment, as the event-loop view shows it.
struct CoroutineState
{
    enum class State {
        NotStarted, // not created yet
        Ready,      // in the ready queue: created, or woken, and waiting for its turn
        Running,    // the loop is running it
        OnTimer,    // suspended on a timer (asyncio.sleep)
        OnNetwork,  // suspended on the network (a download)
        Awaiting,   // suspended on other coroutines, an event or a semaphore
        Blocked,    // in time.sleep: it holds the whole loop
        Done,
        Failed,
        Cancelled,
    };

    int lane = -1; // Recorder::lanes index, kMainLane for main()
    State state = State::NotStarted;
    CodeLocation location;
    std::chrono::nanoseconds since{0};     // when it entered its state
    std::chrono::nanoseconds deadline{-1}; // OnTimer: when the timer fires; Blocked: returns
    QString awaiting;                      // what it awaits or blocks in ("asyncio.sleep(3)")
    std::vector<int> awaited;              // Awaiting: the lanes whose end wakes it

    bool isFinished() const
    {
        return state == State::Done || state == State::Failed || state == State::Cancelled;
    }
};

} // namespace ck
