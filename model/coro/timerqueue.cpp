#include "timerqueue.h"

namespace ck {

void TimerQueue::pushElsewhere(const TimerEntry &entry)
{
    // Sequences only grow, so a deadline no earlier than the run's last keeps the run sorted.
    if (m_run.empty() || entry.deadline >= m_run.back().deadline) {
        pushToRun(entry);
        return;
    }
    m_heap.push_back(entry);
    std::push_heap(m_heap.begin(), m_heap.end(), &TimerEntry::later);
}

TimerEntry TimerQueue::pop()
{
    if (runFirst())
        return popRun();
    std::pop_heap(m_heap.begin(), m_heap.end(), &TimerEntry::later);
    const TimerEntry entry = m_heap.back();
    m_heap.pop_back();
    return entry;
}

void TimerQueue::pushToRun(const TimerEntry &entry)
{
    if (m_run.empty() || entry.sequence != m_lastSequence + 1)
        m_breaks.push_back(Break{m_runPopped + m_run.size(), entry.sequence});
    m_lastSequence = entry.sequence;
    m_run.push_back(RunEntry{entry.deadline, entry.sleeper});
}

TimerEntry TimerQueue::popRun()
{
    const TimerEntry entry = runFront();
    m_run.pop_front();
    ++m_runPopped;
    if (m_run.empty())
        m_breaks.clear();
    else if (m_breaks.size() > 1 && m_breaks[1].index == m_runPopped)
        m_breaks.pop_front();
    return entry;
}

std::vector<TimerEntry> TimerQueue::takeRun()
{
    std::vector<TimerEntry> run;
    run.reserve(m_run.size());
    while (!m_run.empty())
        run.push_back(popRun());
    return run;
}

} // namespace ck
