#include "pythontracereader.h"

#include "trace/awaittext.h"
#include "trace/recorder.h"

#include <QFileInfo>

namespace ck {

namespace {

using std::chrono::nanoseconds;

constexpr int maxDepth = 10'000; // spans nest no deeper (Span::depth is 16 bits)

// RuntimeWarning: coroutine 'fetch' was never awaited -> fetch
QString coroutineOfWarning(const QString &text)
{
    const qsizetype open = text.indexOf(QLatin1String("coroutine '"));
    if (open < 0)
        return {};
    const qsizetype from = open + 11;
    const qsizetype close = text.indexOf(QLatin1Char('\''), from);
    return close < 0 ? QString() : text.mid(from, close - from);
}

} // namespace

PythonTraceReader::PythonTraceReader(Recorder &recorder) : m_writer(recorder) {}

RunInfo PythonTraceReader::runInfo(const QString &programPath, const QString &clock)
{
    RunInfo info;
    const QFileInfo file(programPath);
    info.scenarioId = file.completeBaseName();
    info.scenarioTitle = LocalizedText(file.fileName(), file.fileName());
    info.mode = QStringLiteral("python");
    info.clock = clock;
    return info;
}

bool PythonTraceReader::feed(QByteArrayView text)
{
    if (hasFailed())
        return false;
    ++m_lineNumber;
    if (m_ended)
        return true; // nothing follows the end
    PythonTraceLine line;
    const QString refusal = m_parser.parse(text, m_tasks, line);
    m_writer.setTime(m_parser.time());
    if (!refusal.isEmpty()) {
        m_error = tr("the Python trace is malformed at line %1: %2").arg(m_lineNumber).arg(refusal);
        readRefused(line);
        finishRecord(m_parser.time());
        return false;
    }
    if (line.hasIteration)
        m_writer.setIteration(line.iteration);
    read(line);
    return true;
}

bool PythonTraceReader::close()
{
    if (hasFailed())
        return false;
    if (!m_ended) {
        m_error =
            m_parser.hasStarted()
                ? tr("the Python trace ended without its end line, after line %1").arg(m_lineNumber)
                : tr("the Python harness wrote no trace");
        finishRecord(m_parser.time());
        return false;
    }
    return true;
}

void PythonTraceReader::read(const PythonTraceLine &line)
{
    switch (line.event) {
    case PythonTraceLine::Event::Ignored:
    case PythonTraceLine::Event::Start:
        return;
    case PythonTraceLine::Event::Task:
        return readTask(line);
    case PythonTraceLine::Event::Ready:
        return readReady(line);
    case PythonTraceLine::Event::Resume:
        return readResume(line);
    case PythonTraceLine::Event::Suspend:
        return readSuspend(line);
    case PythonTraceLine::Event::Done:
        return readDone(line);
    case PythonTraceLine::Event::Call:
        return readCall(line);
    case PythonTraceLine::Event::Return:
        return readReturn(line);
    case PythonTraceLine::Event::Block:
        return readBlock(line);
    case PythonTraceLine::Event::Worker:
        return readWorker(line);
    case PythonTraceLine::Event::Print:
        return readPrint(line);
    case PythonTraceLine::Event::End:
        return readEnd(line);
    }
}

// What is taken of a refused line (PythonTraceParser::parse) before the record is finished.
void PythonTraceReader::readRefused(const PythonTraceLine &line)
{
    if (line.event == PythonTraceLine::Event::Task)
        addTask(line);
    else if (line.event == PythonTraceLine::Event::Suspend)
        endWait(m_tasks[line.task], SpanState::Done);
    else if (line.event == PythonTraceLine::Event::Worker)
        m_writer.workerLane(laneOf(line.task), line.worker);
    else if (line.event == PythonTraceLine::Event::End)
        m_exit = line.exit;
}

void PythonTraceReader::readTask(const PythonTraceLine &line)
{
    const int index = addTask(line);
    // asyncio.run's task starts at once: the main program has no Created; the loop's own tasks
    // are not drawn.
    if (line.main || line.internal)
        return;
    LoopEvent created = eventOf(index, LoopEvent::Kind::Created);
    created.detail = line.via;
    m_writer.note(std::move(created), line.sourceLine());
}

// The task a task line creates, on a lane of its own unless it is asyncio.run's main task (the
// main program's) or one of the loop's own: its index.
int PythonTraceReader::addTask(const PythonTraceLine &line)
{
    PythonTask task;
    task.id = line.id;
    task.coro = line.coro;
    task.main = line.main;
    task.internal = line.internal;
    if (!task.main && !task.internal)
        task.lane = m_writer.addTaskLane(task.coro, laneOf(line.parent));
    return m_tasks.add(std::move(task));
}

void PythonTraceReader::readReady(const PythonTraceLine &line)
{
    const PythonTask &task = m_tasks[line.task];
    // As the engine tells it: a timer fired, or a worker thread's call returned.
    if (!task.started ||
        (task.await != LoopEvent::Await::Timer && task.await != LoopEvent::Await::Thread))
        return;
    LoopEvent ready = eventOf(line.task, LoopEvent::Kind::Ready);
    ready.until = task.until;
    if (task.await == LoopEvent::Await::Thread)
        ready.await = LoopEvent::Await::Thread;
    m_writer.note(std::move(ready), line.sourceLine());
}

void PythonTraceReader::readResume(const PythonTraceLine &line)
{
    PythonTask &task = m_tasks[line.task];
    if (!task.started) {
        task.started = true;
        m_writer.note(eventOf(line.task, LoopEvent::Kind::Started), line.sourceLine());
        if (!task.main)
            task.taskSpan = m_writer.beginSpan(m_writer.spanFromNow(task.lane, 0, SpanKind::Task),
                                               m_writer.lanes()[std::size_t(task.lane)].name);
        return;
    }
    endWait(task, SpanState::Done);
    m_writer.note(eventOf(line.task, LoopEvent::Kind::Resumed), line.sourceLine());
}

void PythonTraceReader::readSuspend(const PythonTraceLine &line)
{
    PythonTask &task = m_tasks[line.task];
    endWait(task, SpanState::Done);
    LoopEvent event = eventOf(line.task, LoopEvent::Kind::Suspended);
    beginWait(task, line.await, event);
    m_writer.note(std::move(event), line.sourceLine());
}

void PythonTraceReader::beginWait(PythonTask &task, const PythonTraceAwait &await, LoopEvent &event)
{
    event.await = await.await;
    event.asked = await.asked;
    event.until = await.until;
    event.detail = await.detail;
    event.ref = await.ref;
    event.awaited = await.awaited;
    const QString name =
        await.namedAfterAwaited ? AwaitText::ofEvent(m_writer.recorder(), event) : await.spanName;
    task.waitSpan = beginWaitSpan(task, await.spanKind, name, await.asked);
    if (await.gathers)
        m_writer.gatherInto(event.awaited, task.waitSpan, await.how);
    task.await = event.await;
    task.until = event.until;
}

int PythonTraceReader::beginWaitSpan(const PythonTask &task, SpanKind kind, const QString &name,
                                     nanoseconds asked)
{
    const int lane = task.drawnLane();
    const int depth = task.spanDepth();
    if (lane < 0 || depth > maxDepth)
        return -1; // the main program has no lane
    Span span = m_writer.spanFromNow(lane, depth, kind);
    span.setAsked(asked);
    return m_writer.beginSpan(std::move(span), name);
}

void PythonTraceReader::endWait(PythonTask &task, SpanState state)
{
    if (task.waitSpan >= 0)
        m_writer.endSpan(task.waitSpan, state);
    task.waitSpan = -1;
    task.await = LoopEvent::Await::None;
    task.until = nanoseconds(-1);
}

void PythonTraceReader::readDone(const PythonTraceLine &line)
{
    PythonTask &task = m_tasks[line.task];
    endWait(task, line.state);
    endCalls(task, line.state, line.error);
    task.done = true;
    if (task.taskSpan >= 0)
        m_writer.endSpan(task.taskSpan, line.state, line.error);
    if (!task.main && m_tasks.isMainDone() && line.state == SpanState::Cancelled)
        m_writer.recorder().markCancelledByRun(task.lane); // asyncio.run cancelled what main() left
    LoopEvent finished = eventOf(line.task, LoopEvent::Kind::Finished);
    finished.state = line.state;
    finished.detail = line.error;
    finished.raised = line.state == SpanState::Failed;
    m_writer.note(std::move(finished), line.sourceLine());
    if (!task.main)
        return;
    m_tasks.setMainDone(m_writer.time());
    if (line.state == SpanState::Failed)
        m_writer.recorder().setMainError(line.error);
    m_writer.recorder().markMainReturned();
}

void PythonTraceReader::endCalls(PythonTask &task, SpanState state, const QString &reason)
{
    while (!task.calls.empty()) {
        const PythonCall call = task.calls.back();
        task.calls.pop_back();
        endCall(task, call, state, reason, {});
    }
}

void PythonTraceReader::readCall(const PythonTraceLine &line)
{
    PythonTask &task = m_tasks[line.task];
    // The task's own coroutine: its Task span stands for it.
    if (!task.ownCallSeen && task.calls.empty() && line.function == task.coro) {
        task.ownCallSeen = true;
        task.ownCall = line.id;
        return;
    }
    task.ownCallSeen = true;
    PythonCall call{line.id, -1, task.drawnLane(), line.function};
    const bool outermostOfMain = task.main && task.calls.empty();
    if (outermostOfMain) {
        // main() awaits it inline, as the engine's sequential mode runs a task: a lane of its
        // own (one per function), a Task span there, and main's Called around its loop events.
        call.lane = m_writer.mainCallLane(line.function);
        // main's line is where it calls (`at`), not the called function's `def` (`line`),
        // which its lane shows.
        m_writer.note(LoopEvent::of(kMainLane, LoopEvent::Kind::Called, {}, line.function),
                      line.callerLine());
    } else {
        m_writer.note(LoopEvent::of(call.lane, LoopEvent::Kind::Called, {}, line.function),
                      line.sourceLine());
    }
    const int depth = task.spanDepth();
    if (call.lane >= 0 && depth <= maxDepth)
        call.span = m_writer.beginSpan(
            m_writer.spanFromNow(call.lane, depth,
                                 outermostOfMain ? SpanKind::Task : SpanKind::Routine),
            line.function);
    task.calls.push_back(call);
    if (outermostOfMain)
        m_writer.note(LoopEvent::of(call.lane, LoopEvent::Kind::Started, {}), line.sourceLine());
}

void PythonTraceReader::readReturn(const PythonTraceLine &line)
{
    PythonTask &task = m_tasks[line.task];
    // The innermost call of that id; the ones inside it that never said they returned end too.
    while (task.calls.size() > std::size_t(line.callIndex)) {
        const PythonCall call = task.calls.back();
        task.calls.pop_back();
        endCall(task, call, line.state, line.error, call.id == line.id ? line.value : QString());
    }
}

void PythonTraceReader::endCall(PythonTask &task, const PythonCall &call, SpanState state,
                                const QString &reason, const QString &value)
{
    endWait(task, state); // a call does not end while its task waits; a done task's does
    const bool returnsValue = !value.isEmpty() && value != QLatin1String("None");
    if (call.span >= 0) {
        m_writer.endSpan(call.span, state, reason);
        if (returnsValue)
            m_writer.recorder().setReturned(call.span, LocalizedText(value, value));
    }
    const bool outermostOfMain = task.main && task.calls.empty();
    if (outermostOfMain) {
        LoopEvent finished = LoopEvent::of(call.lane, LoopEvent::Kind::Finished, {}, reason);
        finished.state = state;
        finished.raised = state == SpanState::Failed;
        m_writer.note(std::move(finished), 0);
    }
    LoopEvent returned = LoopEvent::of(outermostOfMain ? kMainLane : call.lane,
                                       LoopEvent::Kind::Returned, {}, call.function);
    if (returnsValue)
        returned.value = LocalizedText(value, value);
    m_writer.note(std::move(returned), 0);
}

void PythonTraceReader::readBlock(const PythonTraceLine &line)
{
    const int lane = laneOf(line.task);
    LoopEvent blocked = LoopEvent::of(lane, LoopEvent::Kind::Blocked, {});
    blocked.time = line.start;
    blocked.until = m_writer.time();
    blocked.asked = line.asked;
    m_writer.note(std::move(blocked), line.sourceLine());
    const int depth = line.task >= 0 ? m_tasks[line.task].spanDepth() : 0;
    if (lane >= 0 && depth <= maxDepth) {
        Span span = m_writer.spanFromNow(lane, depth, SpanKind::Block);
        span.start = line.start;
        span.end = m_writer.time();
        span.wallEnd = span.wallStart;
        span.state = SpanState::Done;
        span.setAsked(line.asked);
        m_writer.beginSpan(std::move(span));
    }
    m_writer.note(LoopEvent::of(lane, LoopEvent::Kind::Unblocked, {}), line.sourceLine());
}

void PythonTraceReader::readWorker(const PythonTraceLine &line)
{
    Span span = m_writer.spanFromNow(m_writer.workerLane(laneOf(line.task), line.worker), 0,
                                     SpanKind::Block);
    span.start = line.start;
    span.end = line.end;
    span.wallEnd = span.wallStart;
    span.state = SpanState::Done;
    span.setAsked(line.end - line.start);
    m_writer.beginSpan(std::move(span), line.function);
}

void PythonTraceReader::readPrint(const PythonTraceLine &line)
{
    const int lane = laneOf(line.task);
    LoopEvent event = LoopEvent::of(lane, LoopEvent::Kind::Printed, {},
                                    line.warning ? coroutineOfWarning(line.text) : QString());
    event.ref = m_writer.addLog(lane, line.text, line.warning);
    m_writer.note(std::move(event), line.sourceLine());
}

void PythonTraceReader::readEnd(const PythonTraceLine &line)
{
    m_exit = line.exit;
    if (!m_tasks.isMainDone() && !m_exit.error.isEmpty())
        m_writer.recorder().setMainError(m_exit.error); // the program raised outside asyncio.run
    m_ended = true;
    finishRecord(m_tasks.isMainDone() ? m_tasks.mainEnd() : m_writer.time());
}

void PythonTraceReader::finishRecord(nanoseconds end)
{
    if (m_writer.isFinished())
        return;
    // What was still open when the program stopped ends there.
    for (PythonTask &task : m_tasks.tasks()) {
        if (task.done)
            continue;
        endWait(task, SpanState::Cancelled);
        while (!task.calls.empty()) {
            if (task.calls.back().span >= 0)
                m_writer.endSpan(task.calls.back().span, SpanState::Cancelled);
            task.calls.pop_back();
        }
        if (task.taskSpan >= 0)
            m_writer.endSpan(task.taskSpan, SpanState::Cancelled);
    }
    const bool complete =
        m_ended && m_tasks.isMainDone() && m_exit.stopped.isEmpty() && !hasFailed();
    m_writer.finish(end, complete);
}

int PythonTraceReader::laneOf(int task) const
{
    return task < 0 ? kMainLane : m_tasks[task].drawnLane();
}

LoopEvent PythonTraceReader::eventOf(int task, LoopEvent::Kind kind) const
{
    return LoopEvent::of(laneOf(task), kind, {});
}

} // namespace ck
