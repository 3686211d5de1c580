#pragma once

#include <algorithm>
#include <chrono>
#include <cmath>

namespace ck {

// Seconds of a scenario file as the engine's nanoseconds. A duration above zero stays above
// zero however short: asyncio.sleep(1e-10) arms a timer, where asyncio.sleep(0) only yields
// (tasks.py: sleep), and the two take a different number of loop iterations.
inline std::chrono::nanoseconds scenarioDuration(double seconds)
{
    const auto nanoseconds = std::llround(seconds * 1e9);
    return std::chrono::nanoseconds(seconds > 0 ? std::max<long long>(nanoseconds, 1) : 0);
}

} // namespace ck
