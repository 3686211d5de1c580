#pragma once

#include "trace/lane.h"
#include "trace/loopevent.h"
#include "trace/span.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPair>
#include <QString>

#include <chrono>
#include <cstdint>
#include <vector>

namespace ck {

class Recorder;

// Writes what a real program's trace tells into a Recorder at the time of the line being read:
// loop events numbered in order with the program's line of each, spans, the lanes of tasks, of
// main's inline calls and of executor workers, log lines, and the finished record.
class PythonTraceWriter
{
public:
    explicit PythonTraceWriter(Recorder &recorder);

    Recorder &recorder() { return *m_recorder; }
    const std::vector<Lane> &lanes() const;

    // The first loop event's sequence number (a comparison's second run goes on from the first's).
    void setFirstSequence(std::uint64_t sequence) { m_sequence = sequence; }
    std::uint64_t nextSequence() const { return m_sequence; }
    // The program's line of the loop event `event` (Recorder::loopEvents index), 0 when none.
    int lineOf(std::size_t event) const;

    // The time and loop iteration of what is written from now on.
    void setTime(std::chrono::nanoseconds time) { m_time = time; }
    std::chrono::nanoseconds time() const { return m_time; }
    void setIteration(std::uint64_t iteration) { m_iteration = iteration; }

    // `event` at the time (a Blocked one keeps its own), at the program's line `sourceLine`.
    void note(LoopEvent event, int sourceLine);

    // The lane of a task running `coro`, created by the task on `parentLane`.
    int addTaskLane(const QString &coro, int parentLane);
    // The lane of main's calls to `function` it awaits inline: one per function.
    int mainCallLane(const QString &function);
    // The lane of an executor's `worker` running calls for the task on `caller`.
    int workerLane(int caller, int worker);

    // A span of `lane` beginning now, for beginSpan.
    Span spanFromNow(int lane, int depth, SpanKind kind) const;
    int beginSpan(Span span, const QString &name = {});
    void endSpan(int span, SpanState state, const QString &reason = {});
    // The lanes a wait span awaits know it (gather, wait, as_completed, a TaskGroup, wait_for).
    void gatherInto(const std::vector<int> &lanes, int span, const Lane &how);

    // A line printed on `lane` now: its Recorder::logLines index.
    int addLog(int lane, const QString &text, bool warning);

    // The record ends at `end`; cancelled unless complete.
    void finish(std::chrono::nanoseconds end, bool complete);
    bool isFinished() const;

    std::chrono::nanoseconds wall() const;

private:
    Recorder *m_recorder;
    QElapsedTimer m_wall;
    std::chrono::nanoseconds m_time{0};
    std::uint64_t m_iteration = 0;
    std::uint64_t m_sequence = 0;
    QHash<QString, int> m_mainCallLanes;       // function -> the lane of main's calls to it
    QHash<QString, int> m_tasksOf;             // coroutine function -> its tasks' lanes so far
    QHash<QPair<int, int>, int> m_workerLanes; // (caller lane, worker) -> lane
    std::vector<int> m_eventLines;             // per loop event: the program's line, 0 for none
};

} // namespace ck
