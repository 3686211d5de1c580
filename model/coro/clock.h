#pragma once

#include <chrono>

namespace ck {

// Scenario time source of a Scheduler. Scenario time is what the scenario speaks of (coffee 3 s);
// a real clock maps it to wall time by a speed factor, a virtual clock jumps through it.
class Clock
{
public:
    virtual ~Clock() = default;

    virtual bool isVirtual() const = 0;
    // Scenario time since the clock was created.
    virtual std::chrono::nanoseconds now() const = 0;
    // Wall time since the clock was created (equals now() on no clock but a real one at 1x).
    virtual std::chrono::nanoseconds wallNow() const = 0;
    // Holds the whole thread for `duration` of scenario time (time.sleep): nothing else runs.
    virtual void block(std::chrono::nanoseconds duration) = 0;
    // Lets time pass until `deadline` while nothing is ready (virtual: jumps; real: no-op).
    virtual void idleUntil(std::chrono::nanoseconds deadline) = 0;
    // Wall time left until scenario time reaches `deadline` (zero if already there).
    virtual std::chrono::nanoseconds wallDelayUntil(std::chrono::nanoseconds deadline) const = 0;
    // Scenario seconds per wall second (1 on the virtual clock, where wall time means nothing).
    virtual double speed() const { return 1.0; }
};

} // namespace ck
