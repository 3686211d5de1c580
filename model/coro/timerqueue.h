#pragma once

#include "timerentry.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <vector>

namespace ck {

// The scheduler's pending sleeps, earliest (deadline, sequence) first. Sleeps of one duration
// set one after the other arrive in deadline order (a gather of a million 1 s sleeps does just
// that), so a timer that is due no earlier than the last one queued goes to the back of a FIFO
// run in O(1), and is popped from its front in O(1); any other timer goes to a min-heap. Popping
// takes the earlier of the two fronts, so the order is exactly that of one heap.
//
// A run entry is 8 bytes, not 24: the sleeper's address (8-byte aligned, below 2^47 as every
// user-space address of x86-64 and AArch64 with 4-level page tables is) in its low 44 bits, and
// in its high 20 how many nanoseconds its deadline comes after the entry before it. Its sequence
// is implied by its place. Sequences only grow, and those of a run mostly follow on one from the
// other, so the run keeps a break, with the sequence and the deadline, wherever they do not
// (where a timer went to the heap in between, or the run began anew) or the deadlines are more
// than a millisecond apart. A sleeper whose address does not fit goes to the heap.
//
// A cancelled sleep's entry is left where it is with no sleeper (a tombstone, as asyncio leaves
// a cancelled TimerHandle in its heap), counted out of size(), and dropped as soon as it reaches
// either front, so top() is always a live timer.
class TimerQueue
{
public:
    bool empty() const { return m_run.empty() && m_heap.empty(); }
    std::size_t size() const { return m_run.size() + m_heap.size() - m_dead; }

    // Inline for the common case, the next of a run of consecutive sleeps.
    void push(const TimerEntry &entry)
    {
        const std::uint64_t step = std::uint64_t((entry.deadline - m_lastDeadline).count());
        if (m_run.empty() || step > kMaxStep || entry.sequence != m_lastSequence + 1 ||
            !fitsRun(entry.sleeper)) {
            pushElsewhere(entry);
            return;
        }
        m_lastSequence = entry.sequence;
        m_lastDeadline = entry.deadline;
        m_run.push_back(packed(entry.sleeper, step));
    }
    // The earliest timer; the queue must not be empty.
    TimerEntry top() const { return runFirst() ? runFront() : m_heap.front(); }
    TimerEntry pop();
    // The latest deadline of a live timer due by `horizon`, or `horizon`'s earliest timer when
    // none is: what a loop that fires every timer due by `horizon` together must wait for.
    std::chrono::nanoseconds latestDueBy(std::chrono::nanoseconds horizon) const;
    // Takes out the timer of `sleeper`, if it is queued (true then): a search, for cancellations
    // only.
    bool remove(const SleepAwaiter *sleeper);

    // Takes out every timer `matches` accepts, in the order they would have fired.
    template <typename Predicate> std::vector<TimerEntry> extract(Predicate matches)
    {
        dropDead();
        std::vector<TimerEntry> run = takeRun();
        const auto keepRun = std::stable_partition(
            run.begin(), run.end(), [&](const TimerEntry &e) { return !matches(e); });
        std::vector<TimerEntry> taken(keepRun, run.end());
        run.erase(keepRun, run.end());
        for (const TimerEntry &entry : run)
            pushToRun(entry);
        const auto keepHeap = std::partition(m_heap.begin(), m_heap.end(),
                                             [&](const TimerEntry &e) { return !matches(e); });
        taken.insert(taken.end(), keepHeap, m_heap.end());
        m_heap.erase(keepHeap, m_heap.end());
        std::make_heap(m_heap.begin(), m_heap.end(), &TimerEntry::later);
        std::sort(taken.begin(), taken.end(),
                  [](const TimerEntry &a, const TimerEntry &b) { return TimerEntry::later(b, a); });
        return taken;
    }

private:
    // The sleeper's address over 8 in the low bits, the step from the deadline before in the
    // high ones; a tombstone keeps its step.
    using RunEntry = std::uint64_t;
    static constexpr int kAddressBits = 44;
    static constexpr RunEntry kAddressMask = (RunEntry(1) << kAddressBits) - 1;
    static constexpr std::uint64_t kMaxStep = (std::uint64_t(1) << (64 - kAddressBits)) - 1;

    static bool fitsRun(const SleepAwaiter *sleeper)
    {
        const auto address = reinterpret_cast<std::uintptr_t>(sleeper);
        return address % 8 == 0 && (address >> 3) <= kAddressMask;
    }
    static RunEntry packed(const SleepAwaiter *sleeper, std::uint64_t step)
    {
        return (step << kAddressBits) | (reinterpret_cast<std::uintptr_t>(sleeper) >> 3);
    }
    static SleepAwaiter *sleeperOf(RunEntry entry)
    {
        return reinterpret_cast<SleepAwaiter *>(std::uintptr_t(entry & kAddressMask) << 3);
    }
    static std::chrono::nanoseconds stepOf(RunEntry entry)
    {
        return std::chrono::nanoseconds(std::int64_t(entry >> kAddressBits));
    }

    // From the run entry numbered `index` on, sequences count up from `sequence`; its deadline
    // is `deadline`, and the next ones' follow by their steps.
    struct Break
    {
        std::uint64_t index;
        std::uint64_t sequence;
        std::chrono::nanoseconds deadline;
    };

    bool runFirst() const
    {
        return !m_run.empty() && (m_heap.empty() || TimerEntry::later(m_heap.front(), runFront()));
    }
    TimerEntry runFront() const
    {
        const Break &from = m_breaks.front();
        return TimerEntry{m_frontDeadline, from.sequence + (m_runPopped - from.index),
                          sleeperOf(m_run.front())};
    }
    void pushElsewhere(const TimerEntry &entry);
    void pushToRun(const TimerEntry &entry);
    TimerEntry popRun();
    std::vector<TimerEntry> takeRun(); // empties the run
    void dropDeadFronts();
    void dropDead(); // every tombstone, wherever it is
    // The latest live deadline by `horizon` in the heap's subtree at `index`, or `latest`.
    std::chrono::nanoseconds latestInHeap(std::size_t index, std::chrono::nanoseconds horizon,
                                          std::chrono::nanoseconds latest) const;

    std::deque<RunEntry> m_run;                 // ascending (deadline, sequence)
    std::deque<Break> m_breaks;                 // the first covers the run's front
    std::uint64_t m_runPopped = 0;              // the number of the run's front entry
    std::chrono::nanoseconds m_frontDeadline{}; // of the run's front
    std::uint64_t m_lastSequence = 0;           // of the run's back
    std::chrono::nanoseconds m_lastDeadline{};  // of the run's back
    std::vector<TimerEntry> m_heap;             // min-heap by (deadline, sequence)
    std::size_t m_dead = 0;                     // tombstones in the run and the heap
};

} // namespace ck
