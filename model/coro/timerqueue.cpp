#include "timerqueue.h"

namespace ck {

void TimerQueue::push(const TimerEntry &entry)
{
    // Sequences only grow, so a deadline no earlier than the run's last keeps the run sorted.
    if (m_run.empty() || entry.deadline >= m_run.back().deadline) {
        m_run.push_back(entry);
        return;
    }
    m_heap.push_back(entry);
    std::push_heap(m_heap.begin(), m_heap.end(), &TimerEntry::later);
}

TimerEntry TimerQueue::pop()
{
    if (runFirst()) {
        const TimerEntry entry = m_run.front();
        m_run.pop_front();
        return entry;
    }
    std::pop_heap(m_heap.begin(), m_heap.end(), &TimerEntry::later);
    const TimerEntry entry = m_heap.back();
    m_heap.pop_back();
    return entry;
}

} // namespace ck
