#include "pythontracewriter.h"

#include "run/workerpool.h"
#include "trace/recorder.h"

namespace ck {

PythonTraceWriter::PythonTraceWriter(Recorder &recorder) : m_recorder(&recorder)
{
    m_wall.start();
}

const std::vector<Lane> &PythonTraceWriter::lanes() const
{
    return m_recorder->lanes();
}

int PythonTraceWriter::lineOf(std::size_t event) const
{
    return event < m_eventLines.size() ? m_eventLines[event] : 0;
}

void PythonTraceWriter::note(LoopEvent event, int sourceLine)
{
    if (event.kind != LoopEvent::Kind::Blocked) // a blocking call's began at its start
        event.time = m_time;
    event.iteration = m_iteration;
    event.sequence = m_sequence++;
    m_eventLines.push_back(sourceLine);
    m_recorder->addLoopEvent(std::move(event));
}

int PythonTraceWriter::addTaskLane(const QString &coro, int parentLane)
{
    const int top = parentLane < 0 ? int(lanes().size()) : lanes()[std::size_t(parentLane)].task;
    // Tasks of one coroutine function are told apart as the program made them: "job", "job #2".
    const int made = ++m_tasksOf[coro];
    const QString name = made == 1 ? coro : Lane::numbered(coro, made);
    return m_recorder->addLane(Lane{name, parentLane, top});
}

int PythonTraceWriter::mainCallLane(const QString &function)
{
    auto found = m_mainCallLanes.constFind(function);
    if (found == m_mainCallLanes.constEnd())
        found = m_mainCallLanes.insert(
            function, m_recorder->addLane(Lane{function, -1, int(lanes().size())}));
    return *found;
}

int PythonTraceWriter::workerLane(int caller, int worker)
{
    const QPair<int, int> key(caller, worker);
    auto found = m_workerLanes.constFind(key);
    if (found == m_workerLanes.constEnd())
        found = m_workerLanes.insert(key, WorkerPool::addWorkerLane(*m_recorder, caller, worker));
    return *found;
}

Span PythonTraceWriter::spanFromNow(int lane, int depth, SpanKind kind) const
{
    Span span;
    span.lane = lane;
    span.depth = std::int16_t(depth);
    span.kind = kind;
    span.start = m_time;
    span.wallStart = wall();
    return span;
}

int PythonTraceWriter::beginSpan(Span span, const QString &name)
{
    return m_recorder->beginSpan(std::move(span), name);
}

void PythonTraceWriter::endSpan(int span, SpanState state, const QString &reason)
{
    m_recorder->endSpan(span, m_time, wall(), state, reason);
}

void PythonTraceWriter::gatherInto(const std::vector<int> &lanes, int span, const Lane &how)
{
    if (span < 0 || lanes.empty())
        return;
    const Lane &first = this->lanes()[std::size_t(lanes.front())];
    // Each await of an as_completed loop awaits what the first one gathered.
    if (how.asCompleted && first.asCompleted && first.gatheredBy >= 0) {
        m_recorder->shareGatheredLanes(span, first.gatheredBy);
        return;
    }
    for (const int lane : lanes)
        m_recorder->markGathered(lane, span, how);
}

int PythonTraceWriter::addLog(int lane, const QString &text, bool warning)
{
    m_recorder->addLog(LogLine{m_time, lane, LocalizedText(text, text), warning});
    return int(m_recorder->logLines().size()) - 1;
}

void PythonTraceWriter::finish(std::chrono::nanoseconds end, bool complete)
{
    m_recorder->finish(end, wall(), !complete);
}

bool PythonTraceWriter::isFinished() const
{
    return m_recorder->info().finished;
}

std::chrono::nanoseconds PythonTraceWriter::wall() const
{
    return std::chrono::nanoseconds(m_wall.nsecsElapsed());
}

} // namespace ck
