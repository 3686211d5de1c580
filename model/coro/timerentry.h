#pragma once

#include <chrono>
#include <cstdint>

namespace ck {

class SleepAwaiter;

// A pending sleep in the scheduler's min-heap; equal deadlines keep the order they were set in.
struct TimerEntry
{
    std::chrono::nanoseconds deadline{0};
    std::uint64_t sequence = 0;
    SleepAwaiter *sleeper = nullptr;

    // std::*_heap build max-heaps; "later" on top of the comparison gives a min-heap.
    static bool later(const TimerEntry &a, const TimerEntry &b)
    {
        return a.deadline != b.deadline ? a.deadline > b.deadline : a.sequence > b.sequence;
    }
};

} // namespace ck
