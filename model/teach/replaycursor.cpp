#include "replaycursor.h"

#include "looporder.h"

#include <algorithm>

namespace ck {

ReplayCursor::ReplayCursor(std::vector<std::shared_ptr<const Recorder>> runs)
    : m_runs(std::move(runs))
{
    std::vector<const Recorder *> recorders;
    for (const auto &run : m_runs) {
        recorders.push_back(run.get());
        const auto &events = run->loopEvents();
        m_duration = std::max({m_duration, run->info().total,
                               events.empty() ? std::chrono::nanoseconds(0) : events.back().time});
    }
    // In the order the events ran on the loop. Each run counts its time from its own start,
    // so on the real clock a comparison's second run is some microseconds behind: an event
    // never moves the cursor back in time.
    std::chrono::nanoseconds latest{0};
    for (const LoopOrder::Entry &entry : LoopOrder::of(recorders)) {
        latest = std::max(latest, recorders[entry.run]->loopEvents()[entry.index].time);
        m_order.push_back(Entry{latest, int(entry.run), int(entry.index)});
    }
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

std::size_t ReplayCursor::linesOf(std::size_t run) const
{
    const Recorder &recorder = *m_runs.at(run);
    const auto &events = recorder.loopEvents();
    if (events.empty()) {
        const auto &lines = recorder.logLines();
        return std::size_t(std::count_if(lines.begin(), lines.end(), [this](const LogLine &line) {
            return line.time <= m_time;
        }));
    }
    return std::size_t(std::count_if(
        events.begin(), events.begin() + std::ptrdiff_t(eventsOf(run)),
        [](const LoopEvent &event) { return event.kind == LoopEvent::Kind::Printed; }));
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
