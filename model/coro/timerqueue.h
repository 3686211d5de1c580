#pragma once

#include "timerentry.h"

#include <algorithm>
#include <cstddef>
#include <deque>
#include <vector>

namespace ck {

// The scheduler's pending sleeps, earliest (deadline, sequence) first. Sleeps of one duration
// set one after the other arrive in deadline order (a gather of a million 1 s sleeps does just
// that), so a timer that is due no earlier than the last one queued goes to the back of a FIFO
// run in O(1), and is popped from its front in O(1); any other timer goes to a min-heap. Popping
// takes the earlier of the two fronts, so the order is exactly that of one heap.
class TimerQueue
{
public:
    bool empty() const { return m_run.empty() && m_heap.empty(); }
    std::size_t size() const { return m_run.size() + m_heap.size(); }

    void push(const TimerEntry &entry);
    // The earliest timer; the queue must not be empty.
    const TimerEntry &top() const { return runFirst() ? m_run.front() : m_heap.front(); }
    TimerEntry pop();

    // Takes out every timer `matches` accepts, in the order they would have fired.
    template <typename Predicate> std::vector<TimerEntry> extract(Predicate matches)
    {
        std::vector<TimerEntry> taken;
        const auto keepRun = std::stable_partition(
            m_run.begin(), m_run.end(), [&](const TimerEntry &e) { return !matches(e); });
        taken.assign(keepRun, m_run.end());
        m_run.erase(keepRun, m_run.end());
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
    bool runFirst() const
    {
        return !m_run.empty() &&
               (m_heap.empty() || TimerEntry::later(m_heap.front(), m_run.front()));
    }

    std::deque<TimerEntry> m_run;   // ascending (deadline, sequence)
    std::vector<TimerEntry> m_heap; // min-heap by (deadline, sequence)
};

} // namespace ck
