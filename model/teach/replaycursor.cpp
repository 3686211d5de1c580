#include "replaycursor.h"

#include <algorithm>

namespace ck {

ReplayCursor::ReplayCursor(std::vector<std::shared_ptr<const Recorder>> runs)
    : m_runs(std::move(runs))
{
    for (std::size_t run = 0; run < m_runs.size(); ++run) {
        const Recorder &recorder = *m_runs[run];
        const auto &events = recorder.loopEvents();
        for (std::size_t i = 0; i < events.size(); ++i)
            m_order.push_back(Entry{events[i].time, int(run), int(i)});
        m_duration = std::max({m_duration, recorder.info().total,
                               events.empty() ? std::chrono::nanoseconds(0) : events.back().time});
    }
    std::stable_sort(m_order.begin(), m_order.end(),
                     [](const Entry &a, const Entry &b) { return a.time < b.time; });
}

bool ReplayCursor::stepForward()
{
    if (m_position == m_order.size()) {
        if (m_time >= m_duration)
            return false;
        m_time = m_duration; // the runs' ends, after their last events
        return true;
    }
    m_time = m_order[m_position++].time;
    return true;
}

bool ReplayCursor::stepBack()
{
    if (m_position == 0) {
        if (m_time.count() == 0)
            return false;
        m_time = std::chrono::nanoseconds(0);
        return true;
    }
    --m_position;
    m_time = m_position > 0 ? m_order[m_position - 1].time : std::chrono::nanoseconds(0);
    return true;
}

void ReplayCursor::seek(std::chrono::nanoseconds time)
{
    m_time = std::clamp(time, std::chrono::nanoseconds(0), m_duration);
    const auto after = std::upper_bound(
        m_order.begin(), m_order.end(), m_time,
        [](std::chrono::nanoseconds t, const Entry &entry) { return t < entry.time; });
    m_position = std::size_t(after - m_order.begin());
}

void ReplayCursor::toStart()
{
    m_position = 0;
    m_time = std::chrono::nanoseconds(0);
}

void ReplayCursor::toEnd()
{
    m_position = m_order.size();
    m_time = m_duration;
}

std::size_t ReplayCursor::eventsOf(std::size_t run) const
{
    return std::size_t(std::count_if(m_order.begin(), m_order.begin() + std::ptrdiff_t(m_position),
                                     [run](const Entry &entry) { return entry.run == int(run); }));
}

Recorder ReplayCursor::snapshot(std::size_t run) const
{
    return m_runs.at(run)->until(m_time, eventsOf(run));
}

std::pair<int, int> ReplayCursor::lastEvent() const
{
    if (m_position == 0)
        return {-1, -1};
    const Entry &entry = m_order[m_position - 1];
    return {entry.run, entry.index};
}

} // namespace ck
