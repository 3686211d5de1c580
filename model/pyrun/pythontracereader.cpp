#include "pythontracereader.h"

#include "run/workerpool.h"
#include "scenario/namedobject.h"
#include "trace/awaittext.h"
#include "trace/recorder.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ck {

namespace {

using std::chrono::nanoseconds;

constexpr qsizetype maxLineBytes = 1 << 20;
constexpr int maxTasks = 2'000'000;
constexpr int maxDepth = 10'000;   // spans nest no deeper (Span::depth is 16 bits)
constexpr double maxSeconds = 1e9; // about 31 years of the program's time
constexpr qint64 maxWhole = qint64(1) << 53;
constexpr nanoseconds maxRealClockSkew = std::chrono::seconds(1);

const QString tKey = QStringLiteral("t");
const QString taskKey = QStringLiteral("task");
const QString tasksKey = QStringLiteral("tasks");
const QString lineKey = QStringLiteral("line");
const QString functionKey = QStringLiteral("function");
const QString objectKey = QStringLiteral("object");
const QString errorKey = QStringLiteral("error");
const QString stateKey = QStringLiteral("state");

SpanState stateNamed(const QString &name, bool *known)
{
    *known = true;
    if (name == QLatin1String("done"))
        return SpanState::Done;
    if (name == QLatin1String("failed"))
        return SpanState::Failed;
    if (name == QLatin1String("cancelled"))
        return SpanState::Cancelled;
    *known = false;
    return SpanState::Done;
}

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

PythonTraceReader::PythonTraceReader(Recorder &recorder) : m_recorder(&recorder)
{
    m_wall.start();
}

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

bool PythonTraceReader::feed(QByteArrayView line)
{
    if (hasFailed())
        return false;
    ++m_lineNumber;
    if (m_ended)
        return true; // nothing follows the end
    try {
        if (line.size() > maxLineBytes)
            malformed(tr("a line of %1 bytes is too long").arg(line.size()));
        QJsonParseError parseError;
        const QJsonDocument document =
            QJsonDocument::fromJson(QByteArray::fromRawData(line.data(), line.size()), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            malformed(tr("not JSON (%1)").arg(parseError.errorString()));
        if (!document.isObject())
            malformed(tr("a line must be a JSON object"));
        read(document.object());
    } catch (const Malformed &bad) {
        m_error = tr("the Python trace is malformed at line %1: %2").arg(m_lineNumber).arg(bad.why);
        finishRecord(m_time);
        return false;
    }
    return true;
}

bool PythonTraceReader::close()
{
    if (hasFailed())
        return false;
    if (!m_ended) {
        m_error =
            m_started
                ? tr("the Python trace ended without its end line, after line %1").arg(m_lineNumber)
                : tr("the Python harness wrote no trace");
        finishRecord(m_time);
        return false;
    }
    return true;
}

int PythonTraceReader::lineOf(std::size_t event) const
{
    return event < m_eventLines.size() ? m_eventLines[event] : 0;
}

void PythonTraceReader::malformed(const QString &why) const
{
    throw Malformed{why};
}

void PythonTraceReader::read(const QJsonObject &line)
{
    const QJsonValue kind = line.value(QStringLiteral("ev"));
    if (!kind.isString())
        malformed(tr("\"ev\" must be a string"));
    const QString ev = kind.toString();
    if (!m_started && ev != QLatin1String("start"))
        malformed(tr("the first line must be the start, found \"%1\"").arg(ev.left(40)));
    const nanoseconds time = seconds(line, tKey);
    // On the real clock a worker thread's event may be stamped a moment before the loop's that
    // was written first: it is drawn at the later time. The virtual clock never goes back.
    if (time < m_time && (!m_realClock || m_time - time > maxRealClockSkew))
        malformed(tr("the time goes back from %1 s to %2 s")
                      .arg(double(m_time.count()) / 1e9)
                      .arg(double(time.count()) / 1e9));
    m_time = std::max(m_time, time);
    if (line.contains(QStringLiteral("it")))
        m_iteration = std::uint64_t(
            whole(line.value(QStringLiteral("it")), QStringLiteral("it"), 0, maxWhole));
    if (ev != QLatin1String("task") && isInternal(line.value(taskKey)))
        return; // the loop's own task, after main
    if (ev == QLatin1String("start"))
        readStart(line);
    else if (ev == QLatin1String("task"))
        readTask(line);
    else if (ev == QLatin1String("ready"))
        readReady(line);
    else if (ev == QLatin1String("resume"))
        readResume(line);
    else if (ev == QLatin1String("suspend"))
        readSuspend(line);
    else if (ev == QLatin1String("done"))
        readDone(line);
    else if (ev == QLatin1String("call"))
        readCall(line);
    else if (ev == QLatin1String("return"))
        readReturn(line);
    else if (ev == QLatin1String("block"))
        readBlock(line);
    else if (ev == QLatin1String("worker"))
        readWorker(line);
    else if (ev == QLatin1String("print") || ev == QLatin1String("warning"))
        readPrint(line, ev == QLatin1String("warning"));
    else if (ev == QLatin1String("end"))
        readEnd(line);
    // Any other kind is a later harness's: ignored.
}

void PythonTraceReader::readStart(const QJsonObject &line)
{
    if (m_started)
        malformed(tr("a second start line"));
    m_started = true;
    m_realClock = text(line, QStringLiteral("clock")) == QLatin1String("real");
}

void PythonTraceReader::readTask(const QJsonObject &line)
{
    const qint64 id = whole(line.value(taskKey), taskKey, 1, maxWhole);
    if (indexOfTask(id) >= 0)
        malformed(tr("task %1 is created twice").arg(id));
    if (int(m_tasks.size()) >= maxTasks)
        malformed(tr("more than %1 tasks").arg(maxTasks));
    TaskState *parent = line.value(QStringLiteral("parent")).isNull()
                            ? nullptr
                            : &knownTask(line.value(QStringLiteral("parent")));
    const int parentLane = parent ? laneOf(parent) : kMainLane;
    TaskState task;
    task.id = id;
    task.coro = text(line, QStringLiteral("coro"));
    if (task.coro.isEmpty())
        task.coro = text(line, QStringLiteral("name"));
    task.main = line.value(QStringLiteral("main")).toBool(false);
    task.internal = line.value(QStringLiteral("internal")).toBool(false) && !task.main;
    // Each asyncio.run has a main task, one after the other.
    if (task.main && m_main >= 0 && !m_tasks[std::size_t(m_main)].done)
        malformed(tr("a second main task while the first runs"));
    if (!task.main && !task.internal) {
        const int top = parentLane < 0 ? int(m_recorder->lanes().size())
                                       : m_recorder->lanes()[std::size_t(parentLane)].task;
        task.lane = m_recorder->addLane(Lane{task.coro, parentLane, top});
    }
    m_taskIndex.insert(id, int(m_tasks.size()));
    m_internalTasks += task.internal ? 1 : 0;
    if (task.main)
        m_main = int(m_tasks.size());
    m_tasks.push_back(task);
    // asyncio.run's task starts at once: the main program has no Created; the loop's own tasks
    // are not drawn.
    if (!task.main && !task.internal)
        note(createdEvent(&m_tasks.back(), line), line);
}

// A Created event's detail is how the task was made (`via`: "create_task", "gather", ...), what
// the narration tells; a value that is not a Python name is dropped, not shown.
LoopEvent PythonTraceReader::createdEvent(const TaskState *task, const QJsonObject &line) const
{
    static const QRegularExpression pythonName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
    LoopEvent created = eventOf(task, LoopEvent::Kind::Created);
    const QString via = text(line, QStringLiteral("via"));
    if (pythonName.match(via).hasMatch())
        created.detail = via;
    return created;
}

void PythonTraceReader::readReady(const QJsonObject &line)
{
    TaskState &task = *taskOf(line, true);
    // As the engine tells it: a timer fired, or a worker thread's call returned.
    if (!task.started ||
        (task.await != LoopEvent::Await::Timer && task.await != LoopEvent::Await::Thread))
        return;
    LoopEvent ready = eventOf(&task, LoopEvent::Kind::Ready);
    ready.until = task.until;
    if (task.await == LoopEvent::Await::Thread)
        ready.await = LoopEvent::Await::Thread;
    note(std::move(ready), line);
}

void PythonTraceReader::readResume(const QJsonObject &line)
{
    TaskState &task = *taskOf(line, true);
    if (task.done)
        malformed(tr("a task resumes after its end"));
    if (!task.started) {
        task.started = true;
        note(eventOf(&task, LoopEvent::Kind::Started), line);
        if (!task.main) {
            Span span;
            span.lane = task.lane;
            span.kind = SpanKind::Task;
            span.start = m_time;
            span.wallStart = wall();
            task.taskSpan = m_recorder->beginSpan(std::move(span), task.coro);
        }
        return;
    }
    endWait(task, SpanState::Done);
    note(eventOf(&task, LoopEvent::Kind::Resumed), line);
}

void PythonTraceReader::readSuspend(const QJsonObject &line)
{
    TaskState &task = *taskOf(line, true);
    if (!task.started || task.done)
        malformed(tr("a task suspends while it is not running"));
    endWait(task, SpanState::Done);
    const QJsonValue await = line.value(QStringLiteral("await"));
    if (!await.isObject())
        malformed(tr("\"await\" must be an object"));
    LoopEvent event = eventOf(&task, LoopEvent::Kind::Suspended);
    beginWait(task, await.toObject(), event);
    note(std::move(event), line);
}

void PythonTraceReader::beginWait(TaskState &task, const QJsonObject &await, LoopEvent &event)
{
    const QString kind = text(await, QStringLiteral("kind"));
    const QString object = text(await, objectKey).left(200);
    task.until = nanoseconds(-1);
    if (kind == QLatin1String("sleep") || kind == QLatin1String("yield")) {
        const bool yields = kind == QLatin1String("yield");
        event.await = LoopEvent::Await::Timer;
        // An infinite sleep has null seconds and deadline (JSON has no infinity).
        const bool forever = !yields && await.value(QStringLiteral("seconds")).isNull();
        event.asked = yields || forever ? nanoseconds(yields ? 0 : -1)
                                        : seconds(await, QStringLiteral("seconds"));
        event.until = forever ? nanoseconds(-1)
                      : yields || !await.contains(QStringLiteral("until"))
                          ? m_time + event.asked
                          : seconds(await, QStringLiteral("until"));
        task.until = event.until;
        task.waitSpan = beginWaitSpan(
            task, SpanKind::Wait, forever ? QStringLiteral("asyncio.sleep(math.inf)") : QString(),
            event.asked);
    } else if (kind == QLatin1String("gather") || kind == QLatin1String("wait") ||
               kind == QLatin1String("as-completed") || kind == QLatin1String("taskgroup")) {
        Lane how;
        how.waited = kind == QLatin1String("wait");
        how.asCompleted = kind == QLatin1String("as-completed");
        how.inGroup = kind == QLatin1String("taskgroup");
        event.await = how.inGroup ? LoopEvent::Await::TaskGroup : LoopEvent::Await::Routines;
        event.awaited = lanesOf(await.value(tasksKey));
        task.waitSpan = beginWaitSpan(task, SpanKind::Wait, {});
        gatherInto(event.awaited, task.waitSpan, how);
    } else if (kind == QLatin1String("task") || kind == QLatin1String("wait-for")) {
        const bool timed = kind == QLatin1String("wait-for");
        event.await = timed ? LoopEvent::Await::WaitFor : LoopEvent::Await::Task;
        event.awaited = lanesOf(await.value(tasksKey));
        if (timed)
            event.asked = seconds(await, QStringLiteral("timeout"));
        const QString name =
            timed || event.awaited.empty() ? QString() : AwaitText::ofEvent(*m_recorder, event);
        task.waitSpan = beginWaitSpan(task, SpanKind::Wait, name, event.asked);
        if (timed)
            gatherInto(event.awaited, task.waitSpan, Lane{});
    } else if (kind == QLatin1String("thread")) {
        event.await = LoopEvent::Await::Thread;
        event.detail = text(await, functionKey).left(200);
        task.waitSpan = beginWaitSpan(task, SpanKind::Thread,
                                      QStringLiteral("asyncio.to_thread(%1)").arg(event.detail));
    } else if (kind.startsWith(QLatin1String("queue-"))) {
        event.await = kind == QLatin1String("queue-put")   ? LoopEvent::Await::QueuePut
                      : kind == QLatin1String("queue-get") ? LoopEvent::Await::QueueGet
                                                           : LoopEvent::Await::QueueJoin;
        event.detail = object;
        event.ref = event.await == LoopEvent::Await::QueuePut
                        ? int(whole(await.value(QStringLiteral("maxsize")),
                                    QStringLiteral("maxsize"), 0, std::numeric_limits<int>::max()))
                        : int(NamedObject::Type::Queue);
        task.waitSpan =
            beginWaitSpan(task, SpanKind::ObjectWait, AwaitText::ofObject(event.await, object));
    } else if (kind == QLatin1String("lock") || kind == QLatin1String("semaphore") ||
               kind == QLatin1String("event") || kind == QLatin1String("condition")) {
        const bool acquires = kind == QLatin1String("lock") || kind == QLatin1String("semaphore");
        event.await = acquires                         ? LoopEvent::Await::Acquire
                      : kind == QLatin1String("event") ? LoopEvent::Await::Event
                                                       : LoopEvent::Await::Notify;
        event.detail = object;
        event.ref = int(kind == QLatin1String("lock")        ? NamedObject::Type::Lock
                        : kind == QLatin1String("semaphore") ? NamedObject::Type::Semaphore
                        : kind == QLatin1String("event")     ? NamedObject::Type::Event
                                                             : NamedObject::Type::Condition);
        if (acquires && await.contains(QStringLiteral("holders")))
            event.awaited = lanesOf(await.value(QStringLiteral("holders")));
        task.waitSpan =
            beginWaitSpan(task, SpanKind::ObjectWait, AwaitText::ofObject(event.await, object));
    } else if (kind == QLatin1String("io")) {
        event.await = LoopEvent::Await::Network;
        event.detail = text(await, QStringLiteral("detail")).left(200);
        task.waitSpan = beginWaitSpan(task, SpanKind::Wait, event.detail);
    } else { // a future, or what a later harness knows
        const QString type = text(await, QStringLiteral("type")).left(200);
        event.detail = type.isEmpty() ? kind.left(200) : type;
        task.waitSpan = beginWaitSpan(task, SpanKind::Wait, event.detail);
    }
    task.await = event.await;
}

int PythonTraceReader::beginWaitSpan(TaskState &task, SpanKind kind, const QString &name,
                                     nanoseconds asked)
{
    const int lane = laneOf(&task);
    const int depth = depthOf(task);
    if (lane < 0 || depth > maxDepth)
        return -1; // the main program has no lane
    Span span;
    span.lane = lane;
    span.depth = std::int16_t(depth);
    span.kind = kind;
    span.start = m_time;
    span.wallStart = wall();
    span.setAsked(asked);
    return m_recorder->beginSpan(std::move(span), name);
}

void PythonTraceReader::gatherInto(const std::vector<int> &lanes, int span, const Lane &how)
{
    if (span < 0 || lanes.empty())
        return;
    const Lane &first = m_recorder->lanes()[std::size_t(lanes.front())];
    // Each await of an as_completed loop awaits what the first one gathered.
    if (how.asCompleted && first.asCompleted && first.gatheredBy >= 0) {
        m_recorder->shareGatheredLanes(span, first.gatheredBy);
        return;
    }
    for (const int lane : lanes)
        m_recorder->markGathered(lane, span, how);
}

void PythonTraceReader::endWait(TaskState &task, SpanState state)
{
    if (task.waitSpan >= 0)
        m_recorder->endSpan(task.waitSpan, m_time, wall(), state);
    task.waitSpan = -1;
    task.await = LoopEvent::Await::None;
    task.until = nanoseconds(-1);
}

void PythonTraceReader::readDone(const QJsonObject &line)
{
    TaskState &task = *taskOf(line, true);
    if (task.done)
        malformed(tr("a task ends twice"));
    bool known = false;
    const SpanState state = stateNamed(text(line, stateKey), &known);
    if (!known)
        malformed(tr("unknown task state \"%1\"").arg(text(line, stateKey).left(40)));
    const QString reason = text(line, errorKey).left(1000);
    endWait(task, state);
    endCalls(task, state, reason);
    task.done = true;
    if (task.taskSpan >= 0)
        m_recorder->endSpan(task.taskSpan, m_time, wall(), state, reason);
    if (!task.main && m_mainDone && state == SpanState::Cancelled)
        m_recorder->markCancelledByRun(task.lane); // asyncio.run cancelled what main() left
    LoopEvent finished = eventOf(&task, LoopEvent::Kind::Finished);
    finished.state = state;
    finished.detail = reason;
    finished.raised = state == SpanState::Failed;
    note(std::move(finished), line);
    if (!task.main)
        return;
    m_mainDone = true;
    m_total = m_time;
    if (state == SpanState::Failed)
        m_recorder->setMainError(reason);
    m_recorder->markMainReturned();
}

void PythonTraceReader::endCalls(TaskState &task, SpanState state, const QString &reason)
{
    while (!task.calls.empty()) {
        const Call call = task.calls.back();
        task.calls.pop_back();
        endCall(task, call, state, reason, {});
    }
}

void PythonTraceReader::readCall(const QJsonObject &line)
{
    TaskState *task = taskOf(line, false);
    const qint64 id = whole(line.value(QStringLiteral("id")), QStringLiteral("id"), 0, maxWhole);
    const QString function = text(line, functionKey).left(200);
    if (!task)
        return; // a call outside any task (the module's top level) has no lane to be drawn on
    // The task's own coroutine: its Task span stands for it.
    if (!task->ownCallSeen && task->calls.empty() && function == task->coro) {
        task->ownCallSeen = true;
        task->ownCall = id;
        return;
    }
    task->ownCallSeen = true;
    Call call{id, -1, laneOf(task), function};
    const bool outermostOfMain = task->main && task->calls.empty();
    if (outermostOfMain) {
        // main() awaits it inline, as the engine's sequential mode runs a task: a lane of its
        // own (one per function), a Task span there, and main's Called around its loop events.
        auto found = m_mainCallLanes.constFind(function);
        if (found == m_mainCallLanes.constEnd())
            found = m_mainCallLanes.insert(
                function, m_recorder->addLane(Lane{function, -1, int(m_recorder->lanes().size())}));
        call.lane = *found;
        // main's line is where it calls (`at`), not the called function's `def` (`line`),
        // which its lane shows.
        QJsonObject calling = line;
        calling.insert(lineKey, line.value(QStringLiteral("at")));
        note(LoopEvent::of(kMainLane, LoopEvent::Kind::Called, {}, function), calling);
    } else {
        note(LoopEvent::of(call.lane, LoopEvent::Kind::Called, {}, function), line);
    }
    const int depth = depthOf(*task);
    if (call.lane >= 0 && depth <= maxDepth) {
        Span span;
        span.lane = call.lane;
        span.depth = std::int16_t(depth);
        span.kind = outermostOfMain ? SpanKind::Task : SpanKind::Routine;
        span.start = m_time;
        span.wallStart = wall();
        call.span = m_recorder->beginSpan(std::move(span), function);
    }
    task->calls.push_back(call);
    if (outermostOfMain)
        note(LoopEvent::of(call.lane, LoopEvent::Kind::Started, {}), line);
}

void PythonTraceReader::readReturn(const QJsonObject &line)
{
    TaskState *task = taskOf(line, false);
    const qint64 id = whole(line.value(QStringLiteral("id")), QStringLiteral("id"), 0, maxWhole);
    if (!task || id == task->ownCall)
        return;
    // The innermost call of that id; the ones inside it that never said they returned end too.
    auto found = std::find_if(task->calls.rbegin(), task->calls.rend(),
                              [id](const Call &call) { return call.id == id; });
    if (found == task->calls.rend())
        return;
    bool known = false;
    const SpanState state = stateNamed(text(line, stateKey), &known);
    if (!known)
        malformed(tr("unknown call state \"%1\"").arg(text(line, stateKey).left(40)));
    const QString reason = text(line, errorKey).left(1000);
    const QString value = text(line, QStringLiteral("value")).left(200);
    const std::size_t keep = std::size_t(task->calls.rend() - found) - 1;
    while (task->calls.size() > keep) {
        const Call call = task->calls.back();
        task->calls.pop_back();
        endCall(*task, call, state, reason, call.id == id ? value : QString());
    }
}

void PythonTraceReader::endCall(TaskState &task, const Call &call, SpanState state,
                                const QString &reason, const QString &value)
{
    endWait(task, state); // a call does not end while its task waits; a done task's does
    if (call.span >= 0) {
        m_recorder->endSpan(call.span, m_time, wall(), state, reason);
        if (!value.isEmpty() && value != QLatin1String("None"))
            m_recorder->setReturned(call.span, LocalizedText(value, value));
    }
    const bool outermostOfMain = task.main && task.calls.empty();
    if (outermostOfMain) {
        LoopEvent finished = LoopEvent::of(call.lane, LoopEvent::Kind::Finished, {}, reason);
        finished.state = state;
        finished.raised = state == SpanState::Failed;
        note(std::move(finished), {});
    }
    LoopEvent returned = LoopEvent::of(outermostOfMain ? kMainLane : call.lane,
                                       LoopEvent::Kind::Returned, {}, call.function);
    if (!value.isEmpty() && value != QLatin1String("None"))
        returned.value = LocalizedText(value, value);
    note(std::move(returned), {});
}

void PythonTraceReader::readBlock(const QJsonObject &line)
{
    TaskState *task = taskOf(line, false);
    const nanoseconds start = seconds(line, QStringLiteral("start"));
    const nanoseconds asked = seconds(line, QStringLiteral("seconds"));
    if (start > m_time)
        malformed(tr("a blocking call starts after it returned"));
    const int lane = laneOf(task);
    LoopEvent blocked = LoopEvent::of(lane, LoopEvent::Kind::Blocked, {});
    blocked.time = start;
    blocked.until = m_time;
    blocked.asked = asked;
    note(std::move(blocked), line);
    const int depth = task ? depthOf(*task) : 0;
    if (lane >= 0 && depth <= maxDepth) {
        Span span;
        span.lane = lane;
        span.depth = std::int16_t(depth);
        span.kind = SpanKind::Block;
        span.start = start;
        span.end = m_time;
        span.wallStart = span.wallEnd = wall();
        span.state = SpanState::Done;
        span.setAsked(asked);
        m_recorder->beginSpan(std::move(span));
    }
    note(LoopEvent::of(lane, LoopEvent::Kind::Unblocked, {}), line);
}

void PythonTraceReader::readWorker(const QJsonObject &line)
{
    TaskState *task = taskOf(line, false);
    const int worker =
        int(whole(line.value(QStringLiteral("worker")), QStringLiteral("worker"), 1, 10'000));
    const nanoseconds start = seconds(line, QStringLiteral("start"));
    const nanoseconds end = seconds(line, QStringLiteral("end"));
    if (start > end || end > m_time)
        malformed(tr("a worker's call ends before it starts or after the line's time"));
    const int caller = laneOf(task);
    const QPair<int, int> key(caller, worker);
    auto found = m_workerLanes.constFind(key);
    if (found == m_workerLanes.constEnd())
        found = m_workerLanes.insert(key, WorkerPool::addWorkerLane(*m_recorder, caller, worker));
    Span span;
    span.lane = *found;
    span.kind = SpanKind::Block;
    span.start = start;
    span.end = end;
    span.wallStart = span.wallEnd = wall();
    span.state = SpanState::Done;
    span.setAsked(end - start);
    m_recorder->beginSpan(std::move(span), text(line, functionKey).left(200));
}

void PythonTraceReader::readPrint(const QJsonObject &line, bool warning)
{
    TaskState *task = taskOf(line, false);
    const QString printed = text(line, QStringLiteral("text")).left(10'000);
    const int lane = laneOf(task);
    m_recorder->addLog(LogLine{m_time, lane, LocalizedText(printed, printed), warning});
    LoopEvent event = LoopEvent::of(lane, LoopEvent::Kind::Printed, {},
                                    warning ? coroutineOfWarning(printed) : QString());
    event.ref = int(m_recorder->logLines().size()) - 1;
    note(std::move(event), line);
}

void PythonTraceReader::readEnd(const QJsonObject &line)
{
    m_exit.exitCode = int(whole(line.value(QStringLiteral("exit_code")),
                                QStringLiteral("exit_code"), -1'000'000, 1'000'000));
    m_exit.error = text(line, errorKey).left(1000);
    m_exit.traceback = text(line, QStringLiteral("traceback")).left(100'000);
    m_exit.deadlock = line.value(QStringLiteral("deadlock")).toBool(false);
    m_exit.stopped = text(line, QStringLiteral("stopped")).left(200);
    if (!m_mainDone && !m_exit.error.isEmpty())
        m_recorder->setMainError(m_exit.error); // the program raised outside asyncio.run
    m_ended = true;
    finishRecord(m_total >= nanoseconds(0) ? m_total : m_time);
}

void PythonTraceReader::finishRecord(nanoseconds end)
{
    if (m_recorder->info().finished)
        return;
    // What was still open when the program stopped ends there.
    for (TaskState &task : m_tasks) {
        if (task.done)
            continue;
        endWait(task, SpanState::Cancelled);
        while (!task.calls.empty()) {
            const Call call = task.calls.back();
            task.calls.pop_back();
            if (call.span >= 0)
                m_recorder->endSpan(call.span, m_time, wall(), SpanState::Cancelled);
        }
        if (task.taskSpan >= 0)
            m_recorder->endSpan(task.taskSpan, m_time, wall(), SpanState::Cancelled);
    }
    const bool complete = m_ended && m_mainDone && m_exit.stopped.isEmpty() && !hasFailed();
    m_recorder->finish(end, wall(), !complete);
}

bool PythonTraceReader::isInternal(const QJsonValue &id) const
{
    if (m_internalTasks == 0) // (the loop's own tasks come last: most lines need no look-up)
        return false;
    const double number = id.toDouble(-1); // (-1 when not a number; never cast out of range)
    const int index = number >= 1 && number <= double(maxWhole) ? indexOfTask(qint64(number)) : -1;
    return index >= 0 && m_tasks[std::size_t(index)].internal;
}

int PythonTraceReader::indexOfTask(qint64 id) const
{
    // The harness numbers tasks from 1 in creation order: task n is m_tasks[n - 1].
    if (id >= 1 && id <= qint64(m_tasks.size()) && m_tasks[std::size_t(id - 1)].id == id)
        return int(id - 1);
    return m_taskIndex.value(id, -1);
}

PythonTraceReader::TaskState *PythonTraceReader::taskOf(const QJsonObject &line, bool required)
{
    const QJsonValue id = line.value(taskKey);
    if (id.isNull() || id.isUndefined()) {
        if (required)
            malformed(tr("\"task\" is missing"));
        return nullptr;
    }
    return &knownTask(id);
}

PythonTraceReader::TaskState &PythonTraceReader::knownTask(const QJsonValue &id)
{
    const qint64 number = whole(id, taskKey, 1, maxWhole);
    const int index = indexOfTask(number);
    if (index < 0)
        malformed(tr("unknown task %1").arg(number));
    return m_tasks[std::size_t(index)];
}

std::vector<int> PythonTraceReader::lanesOf(const QJsonValue &ids)
{
    if (!ids.isArray())
        malformed(tr("\"tasks\" must be an array of task ids"));
    std::vector<int> lanes;
    for (const QJsonValue &id : ids.toArray()) {
        const int lane = laneOf(&knownTask(id));
        if (lane >= 0)
            lanes.push_back(lane);
    }
    return lanes;
}

int PythonTraceReader::laneOf(const TaskState *task) const
{
    if (!task)
        return kMainLane;
    if (task->main)
        return task->calls.empty() ? kMainLane : task->calls.front().lane;
    return task->lane;
}

int PythonTraceReader::depthOf(const TaskState &task) const
{
    // Under the spans open on its lane: a task's own at depth 0 and its calls', or main's calls'
    // (the first is the Task span of its lane).
    return int(task.calls.size()) + (task.main ? 0 : 1);
}

LoopEvent PythonTraceReader::eventOf(const TaskState *task, LoopEvent::Kind kind) const
{
    return LoopEvent::of(laneOf(task), kind, {});
}

void PythonTraceReader::note(LoopEvent event, const QJsonObject &line)
{
    if (event.kind != LoopEvent::Kind::Blocked) // a blocking call's began at its start
        event.time = m_time;
    event.iteration = m_iteration;
    event.sequence = m_sequence++;
    const QJsonValue number = line.value(lineKey);
    m_eventLines.push_back(number.isDouble() && number.toDouble() >= 1 && number.toDouble() <= 1e7
                               ? int(number.toDouble())
                               : 0);
    m_recorder->addLoopEvent(std::move(event));
}

nanoseconds PythonTraceReader::wall() const
{
    return nanoseconds(m_wall.nsecsElapsed());
}

nanoseconds PythonTraceReader::seconds(const QJsonObject &line, const QString &key) const
{
    const QJsonValue value = line.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || !std::isfinite(number) || number < 0 || number > maxSeconds)
        malformed(tr("\"%1\" must be a number of seconds from 0 to %2").arg(key).arg(maxSeconds));
    return nanoseconds(std::llround(number * 1e9));
}

qint64 PythonTraceReader::whole(const QJsonValue &value, const QString &key, qint64 lowest,
                                qint64 highest) const
{
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || !std::isfinite(number) || number != std::floor(number) ||
        number < double(lowest) || number > double(highest))
        malformed(
            tr("\"%1\" must be a whole number from %2 to %3").arg(key).arg(lowest).arg(highest));
    return qint64(number);
}

QString PythonTraceReader::text(const QJsonObject &line, const QString &key) const
{
    const QJsonValue value = line.value(key);
    if (value.isNull() || value.isUndefined())
        return {};
    if (!value.isString())
        malformed(tr("\"%1\" must be a string").arg(key));
    return value.toString();
}

} // namespace ck
