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
// A run entry is 16 bytes, not 24: its sequence is implied by its place. Sequences only grow,
// and those of a run mostly follow on one from the other, so the run keeps a break wherever
// they do not (where a timer went to the heap in between, or the run began anew).
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
        if (m_run.empty() || entry.deadline < m_run.back().deadline ||
            entry.sequence != m_lastSequence + 1) {
            pushElsewhere(entry);
            return;
        }
        m_lastSequence = entry.sequence;
        m_run.push_back(RunEntry{entry.deadline, entry.sleeper});
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
    struct RunEntry
    {
        std::chrono::nanoseconds deadline;
        SleepAwaiter *sleeper;
    };
    // From the run entry numbered `index` on, sequences count up from `sequence`.
    struct Break
    {
        std::uint64_t index;
        std::uint64_t sequence;
    };

    bool runFirst() const
    {
        return !m_run.empty() && (m_heap.empty() || TimerEntry::later(m_heap.front(), runFront()));
    }
    TimerEntry runFront() const
    {
        const Break &from = m_breaks.front();
        return TimerEntry{m_run.front().deadline, from.sequence + (m_runPopped - from.index),
                          m_run.front().sleeper};
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

    std::deque<RunEntry> m_run;       // ascending (deadline, sequence)
    std::deque<Break> m_breaks;       // the first covers the run's front
    std::uint64_t m_runPopped = 0;    // the number of the run's front entry
    std::uint64_t m_lastSequence = 0; // of the run's back
    std::vector<TimerEntry> m_heap;   // min-heap by (deadline, sequence)
    std::size_t m_dead = 0;           // tombstones in the run and the heap
};

} // namespace ck
