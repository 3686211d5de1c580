#pragma once

#include "../scenario/localizedtext.h"

#include <chrono>

namespace ck {

// A line the scenario printed, with the scenario time it was printed at.
struct LogLine
{
    std::chrono::nanoseconds time{0};
    int lane = -1; // -1: printed by the main program (results)
    LocalizedText text;
    // Python writes it to stderr as a warning (RuntimeWarning: coroutine '…' was never
    // awaited), not with print().
    bool warning = false;
};

} // namespace ck
