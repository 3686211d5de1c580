#pragma once

#include <chrono>

namespace ck {

// One beat of the heartbeat that measures the event loop's lag: a sleep of a fixed period on
// the run's own loop, and how much later than asked it woke (a blocked loop wakes it late).
struct LagSample
{
    std::chrono::nanoseconds time{0}; // scenario time it woke at
    std::chrono::nanoseconds lag{0};  // scenario time it woke after its deadline
};

} // namespace ck
