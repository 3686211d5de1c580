#include "timerqueue.h"

#include <algorithm>

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
    TimerEntry entry;
    if (runFirst()) {
        entry = popRun();
    } else {
        std::pop_heap(m_heap.begin(), m_heap.end(), &TimerEntry::later);
        entry = m_heap.back();
        m_heap.pop_back();
    }
    if (m_dead > 0)
        dropDeadFronts();
    return entry;
}

std::chrono::nanoseconds TimerQueue::latestDueBy(std::chrono::nanoseconds horizon) const
{
    auto latest = top().deadline;
    // The run is sorted: its last entry due by the horizon is found by halving.
    const auto afterRun = std::upper_bound(
        m_run.begin(), m_run.end(), horizon,
        [](std::chrono::nanoseconds h, const RunEntry &e) { return h < e.deadline; });
    for (auto entry = afterRun; entry != m_run.begin();) {
        if ((--entry)->sleeper) { // past the tombstones of cancelled sleeps
            latest = std::max(latest, entry->deadline);
            break;
        }
    }
    return m_heap.empty() ? latest : latestInHeap(0, horizon, latest);
}

std::chrono::nanoseconds TimerQueue::latestInHeap(std::size_t index,
                                                  std::chrono::nanoseconds horizon,
                                                  std::chrono::nanoseconds latest) const
{
    // A min-heap: below an entry past the horizon, every entry is past it too.
    if (index >= m_heap.size() || m_heap[index].deadline > horizon)
        return latest;
    if (m_heap[index].sleeper)
        latest = std::max(latest, m_heap[index].deadline);
    latest = latestInHeap(2 * index + 1, horizon, latest);
    return latestInHeap(2 * index + 2, horizon, latest);
}

bool TimerQueue::remove(const SleepAwaiter *sleeper)
{
    const auto inRun = std::find_if(m_run.begin(), m_run.end(),
                                    [sleeper](const RunEntry &e) { return e.sleeper == sleeper; });
    if (inRun != m_run.end()) {
        inRun->sleeper = nullptr;
    } else {
        const auto inHeap =
            std::find_if(m_heap.begin(), m_heap.end(),
                         [sleeper](const TimerEntry &e) { return e.sleeper == sleeper; });
        if (inHeap == m_heap.end())
            return false;
        inHeap->sleeper = nullptr;
    }
    ++m_dead;
    dropDeadFronts();
    return true;
}

void TimerQueue::dropDeadFronts()
{
    for (;;) {
        if (!m_run.empty() && !m_run.front().sleeper) {
            popRun();
            --m_dead;
        } else if (!m_heap.empty() && !m_heap.front().sleeper) {
            std::pop_heap(m_heap.begin(), m_heap.end(), &TimerEntry::later);
            m_heap.pop_back();
            --m_dead;
        } else {
            return;
        }
    }
}

void TimerQueue::dropDead()
{
    if (m_dead == 0)
        return;
    std::vector<TimerEntry> run = takeRun();
    for (const TimerEntry &entry : run) {
        if (entry.sleeper)
            pushToRun(entry);
    }
    std::erase_if(m_heap, [](const TimerEntry &e) { return !e.sleeper; });
    std::make_heap(m_heap.begin(), m_heap.end(), &TimerEntry::later);
    m_dead = 0;
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
