#pragma once

#include "flow.h"

#include <QString>
#include <chrono>
#include <vector>

namespace ck {

class Recorder;

// Who wakes whom in a recorded run (Flow): derived from its lanes (who created or gathered
// whom), its spans (a sleep's end, a semaphore wait's end), its mode (how main() composes the
// top-level tasks: RunInfo::mode) and, when recorded, its loop events (an `after` dependency;
// who woke a wait for a Lock, Event, Condition or Queue: a Resumed event's awaited and until).
// Open spans give no flow that leaves their end.
class FlowFinder
{
public:
    static std::vector<Flow> of(const Recorder &run);
    static QString kindName(Flow::Kind kind); // "created", "timer", "fan-out", ...

private:
    explicit FlowFinder(const Recorder &run) : m_run(run) {}

    void addTopLevel();
    void addChildren();
    void addTimers();
    void addSlots();
    void addAfters();
    void addObjectWakes();
    // The deepest span of `lane` (a Task or Routine) open at `time`, or -1.
    int spanAt(int lane, std::chrono::nanoseconds time) const;
    // The lane's earliest span, and its latest end (-1 while any is open).
    int firstSpan(int lane) const;
    std::chrono::nanoseconds laneEnd(int lane) const;
    int lastSpan(int lane) const;
    void add(Flow::Kind kind, int fromLane, std::chrono::nanoseconds from, int toLane,
             std::chrono::nanoseconds to);

    const Recorder &m_run;
    std::vector<Flow> m_flows;
};

} // namespace ck
