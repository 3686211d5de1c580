#pragma once

#include "trace/recorder.h"

#include <chrono>
#include <cstddef>
#include <memory>
#include <vector>

namespace ck {

// A position in one or more recorded runs, for step, rewind and scrubbing: a scenario time and
// how many loop events (of all runs together, in the order they ran) have happened by then. Several
// events can share one time (a timer fires, its coroutine resumes, prints...), so stepping
// moves event by event while seeking moves by time.
class ReplayCursor
{
public:
    ReplayCursor() = default;
    explicit ReplayCursor(std::vector<std::shared_ptr<const Recorder>> runs);

    bool isEmpty() const { return m_runs.empty(); }
    std::size_t position() const { return m_position; } // events happened, 0..eventCount()
    std::size_t eventCount() const { return m_order.size(); }
    std::chrono::nanoseconds time() const { return m_time; }
    std::chrono::nanoseconds duration() const { return m_duration; } // the longest run's end
    bool atStart() const { return m_position == 0 && m_time.count() == 0; }
    bool atEnd() const { return m_position == m_order.size() && m_time >= m_duration; }

    // The next event happens (its time becomes the cursor's); false at the end.
    bool stepForward();
    // The last event is undone (the time goes back to the one before it); false at the start.
    bool stepBack();
    // Every event up to `time` has happened (clamped to the runs).
    void seek(std::chrono::nanoseconds time);
    // Before the first event (seek(0) is after the events at 0 s).
    void toStart();
    void toEnd();

    // Events of run `run` that have happened.
    std::size_t eventsOf(std::size_t run) const;
    // How many lines run `run` had printed at the cursor: those of its events that happened
    // (by time for a run that recorded no loop events).
    std::size_t linesOf(std::size_t run) const;
    // Run `run` as it was at the cursor (Recorder::until).
    Recorder snapshot(std::size_t run) const;
    // The run and index of the last event that happened, or {-1, -1}.
    std::pair<int, int> lastEvent() const;

private:
    struct Entry
    {
        std::chrono::nanoseconds time;
        int run;
        int index;
    };

    std::vector<std::shared_ptr<const Recorder>> m_runs;
    std::vector<Entry> m_order; // every event of every run, in the order they ran
    std::chrono::nanoseconds m_time{0};
    std::chrono::nanoseconds m_duration{0};
    std::size_t m_position = 0;
};

} // namespace ck
