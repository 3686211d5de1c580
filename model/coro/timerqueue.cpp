#include "timerqueue.h"

#include <algorithm>

namespace ck {

void TimerQueue::pushElsewhere(const TimerEntry &entry)
{
    // Sequences only grow, so a deadline no earlier than the run's last keeps the run sorted.
    if (fitsRun(entry.sleeper) && (m_run.empty() || entry.deadline >= m_lastDeadline)) {
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
    // The run's deadlines are known from its front on: it is read as far as the horizon, which
    // are the timers the loop then fires, so each is read once more.
    auto deadline = m_frontDeadline;
    auto nextBreak = m_breaks.begin();
    for (std::uint64_t index = m_runPopped; index < m_runPopped + m_run.size(); ++index) {
        const RunEntry entry = m_run[index - m_runPopped];
        if (nextBreak != m_breaks.end() && nextBreak->index == index)
            deadline = (nextBreak++)->deadline;
        else
            deadline += stepOf(entry);
        if (deadline > horizon)
            break;
        if (sleeperOf(entry)) // past the tombstones of cancelled sleeps
            latest = std::max(latest, deadline);
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
                                    [sleeper](RunEntry e) { return sleeperOf(e) == sleeper; });
    if (inRun != m_run.end()) {
        *inRun &= ~kAddressMask;
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
        if (!m_run.empty() && !sleeperOf(m_run.front())) {
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
    const std::uint64_t step = std::uint64_t((entry.deadline - m_lastDeadline).count());
    const bool breaks = m_run.empty() || entry.sequence != m_lastSequence + 1 || step > kMaxStep;
    if (m_run.empty())
        m_frontDeadline = entry.deadline;
    if (breaks)
        m_breaks.push_back(Break{m_runPopped + m_run.size(), entry.sequence, entry.deadline});
    m_lastSequence = entry.sequence;
    m_lastDeadline = entry.deadline;
    m_run.push_back(packed(entry.sleeper, breaks ? 0 : step));
}

TimerEntry TimerQueue::popRun()
{
    const TimerEntry entry = runFront();
    m_run.pop_front();
    ++m_runPopped;
    if (m_run.empty()) {
        m_breaks.clear();
    } else if (m_breaks.size() > 1 && m_breaks[1].index == m_runPopped) {
        m_breaks.pop_front();
        m_frontDeadline = m_breaks.front().deadline;
    } else {
        m_frontDeadline += stepOf(m_run.front());
    }
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
