#include "pythontraceparser.h"

#include "pythontasktable.h"
#include "scenario/namedobject.h"
#include "trace/awaittext.h"

#include <QJsonArray>
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
constexpr double maxSeconds = 1e9; // about 31 years of the program's time
constexpr qint64 maxWhole = qint64(1) << 53;
constexpr nanoseconds maxRealClockSkew = std::chrono::seconds(1);

const QString tKey = QStringLiteral("t");
const QString itKey = QStringLiteral("it");
const QString taskKey = QStringLiteral("task");
const QString tasksKey = QStringLiteral("tasks");
const QString idKey = QStringLiteral("id");
const QString functionKey = QStringLiteral("function");
const QString objectKey = QStringLiteral("object");
const QString errorKey = QStringLiteral("error");
const QString stateKey = QStringLiteral("state");
const QString secondsKey = QStringLiteral("seconds");
const QString startKey = QStringLiteral("start");

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

} // namespace

QString PythonTraceParser::parse(QByteArrayView text, const PythonTaskTable &tasks,
                                 PythonTraceLine &line)
{
    m_tasks = &tasks;
    try {
        if (text.size() > maxLineBytes)
            refuse(tr("a line of %1 bytes is too long").arg(text.size()));
        QJsonParseError parseError;
        const QJsonDocument document =
            QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            refuse(tr("not JSON (%1)").arg(parseError.errorString()));
        if (!document.isObject())
            refuse(tr("a line must be a JSON object"));
        read(document.object(), line);
    } catch (const Refusal &refusal) {
        return refusal.why;
    }
    return {};
}

void PythonTraceParser::read(const QJsonObject &object, PythonTraceLine &line)
{
    const QJsonValue kind = object.value(QStringLiteral("ev"));
    if (!kind.isString())
        refuse(tr("\"ev\" must be a string"));
    const QString event = kind.toString();
    readHeader(object, event, line);
    if (event != QLatin1String("task") && isInternal(object.value(taskKey)))
        return; // the loop's own task, after main
    line.fields = object;
    if (event == QLatin1String("start"))
        readStart(object, line);
    else if (event == QLatin1String("task"))
        readTask(object, line);
    else if (event == QLatin1String("ready"))
        readReady(object, line);
    else if (event == QLatin1String("resume"))
        readResume(object, line);
    else if (event == QLatin1String("suspend"))
        readSuspend(object, line);
    else if (event == QLatin1String("done"))
        readDone(object, line);
    else if (event == QLatin1String("call"))
        readCall(object, line);
    else if (event == QLatin1String("return"))
        readReturn(object, line);
    else if (event == QLatin1String("block"))
        readBlock(object, line);
    else if (event == QLatin1String("worker"))
        readWorker(object, line);
    else if (event == QLatin1String("print") || event == QLatin1String("warning"))
        readPrint(object, line, event == QLatin1String("warning"));
    else if (event == QLatin1String("end"))
        readEnd(object, line);
    // Any other kind is a later harness's: ignored.
}

// The fields every line has: its time (which counts from here on even if the rest is refused)
// and the loop's iteration.
void PythonTraceParser::readHeader(const QJsonObject &object, const QString &event,
                                   PythonTraceLine &line)
{
    if (!m_started && event != QLatin1String("start"))
        refuse(tr("the first line must be the start, found \"%1\"").arg(event.left(40)));
    const nanoseconds time = seconds(object, tKey);
    // On the real clock a worker thread's event may be stamped a moment before the loop's that
    // was written first: it is drawn at the later time. The virtual clock never goes back.
    if (time < m_time && (!m_realClock || m_time - time > maxRealClockSkew))
        refuse(tr("the time goes back from %1 s to %2 s")
                   .arg(double(m_time.count()) / 1e9)
                   .arg(double(time.count()) / 1e9));
    m_time = std::max(m_time, time);
    const QJsonValue iteration = object.value(itKey); // (one look-up, not contains() and value())
    if (!iteration.isUndefined()) {
        line.hasIteration = true;
        line.iteration = std::uint64_t(whole(iteration, itKey, 0, maxWhole));
    }
}

void PythonTraceParser::readStart(const QJsonObject &object, PythonTraceLine &line)
{
    if (m_started)
        refuse(tr("a second start line"));
    m_started = true;
    m_realClock = text(object, QStringLiteral("clock")) == QLatin1String("real");
    line.event = PythonTraceLine::Event::Start;
    line.realClock = m_realClock;
}

void PythonTraceParser::readTask(const QJsonObject &object, PythonTraceLine &line)
{
    line.id = whole(object.value(taskKey), taskKey, 1, maxWhole);
    if (m_tasks->indexOf(line.id) >= 0)
        refuse(tr("task %1 is created twice").arg(line.id));
    if (m_tasks->size() >= maxTasks)
        refuse(tr("more than %1 tasks").arg(maxTasks));
    const QJsonValue parent = object.value(QStringLiteral("parent"));
    line.parent = parent.isNull() ? -1 : knownTask(parent);
    line.coro = text(object, QStringLiteral("coro"));
    if (line.coro.isEmpty())
        line.coro = text(object, QStringLiteral("name"));
    line.main = object.value(QStringLiteral("main")).toBool(false);
    line.internal = object.value(QStringLiteral("internal")).toBool(false) && !line.main;
    // Each asyncio.run has a main task, one after the other.
    if (line.main && m_tasks->mainRuns())
        refuse(tr("a second main task while the first runs"));
    line.event = PythonTraceLine::Event::Task;
    // A Created event's detail is how the task was made (`via`: "create_task", "gather", ...),
    // what the narration tells; a value that is not a Python name is dropped, not shown. (The
    // main program and the loop's own tasks have no Created.)
    if (!line.main && !line.internal) {
        static const QRegularExpression pythonName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
        const QString via = text(object, QStringLiteral("via"));
        if (pythonName.match(via).hasMatch())
            line.via = via;
    }
}

void PythonTraceParser::readReady(const QJsonObject &object, PythonTraceLine &line)
{
    line.task = taskOf(object, true);
    line.event = PythonTraceLine::Event::Ready;
}

void PythonTraceParser::readResume(const QJsonObject &object, PythonTraceLine &line)
{
    line.task = taskOf(object, true);
    if ((*m_tasks)[line.task].done)
        refuse(tr("a task resumes after its end"));
    line.event = PythonTraceLine::Event::Resume;
}

// The task's previous wait is over once it is known to suspend, even if its `await` is refused.
void PythonTraceParser::readSuspend(const QJsonObject &object, PythonTraceLine &line)
{
    line.task = taskOf(object, true);
    const PythonTask &task = (*m_tasks)[line.task];
    if (!task.started || task.done)
        refuse(tr("a task suspends while it is not running"));
    line.event = PythonTraceLine::Event::Suspend;
    const QJsonValue await = object.value(QStringLiteral("await"));
    if (!await.isObject())
        refuse(tr("\"await\" must be an object"));
    readAwait(await.toObject(), line.await);
}

void PythonTraceParser::readAwait(const QJsonObject &await, PythonTraceAwait &into) const
{
    const QString kind = text(await, QStringLiteral("kind"));
    const QString object = text(await, objectKey).left(200);
    if (kind == QLatin1String("sleep") || kind == QLatin1String("yield")) {
        readSleep(await, kind == QLatin1String("yield"), into);
    } else if (kind == QLatin1String("gather") || kind == QLatin1String("wait") ||
               kind == QLatin1String("as-completed") || kind == QLatin1String("taskgroup") ||
               kind == QLatin1String("task") || kind == QLatin1String("wait-for")) {
        readAwaitedTasks(await, kind, into);
    } else if (kind == QLatin1String("thread")) {
        into.await = LoopEvent::Await::Thread;
        into.detail = text(await, functionKey).left(200);
        into.spanKind = SpanKind::Thread;
        into.spanName = QStringLiteral("asyncio.to_thread(%1)").arg(into.detail);
    } else if (kind.startsWith(QLatin1String("queue-")) || kind == QLatin1String("lock") ||
               kind == QLatin1String("semaphore") || kind == QLatin1String("event") ||
               kind == QLatin1String("condition")) {
        into.detail = object;
        readObjectWait(await, kind, into);
        into.spanKind = SpanKind::ObjectWait;
        into.spanName = AwaitText::ofObject(into.await, object);
    } else if (kind == QLatin1String("io")) {
        into.await = LoopEvent::Await::Network;
        into.detail = text(await, QStringLiteral("detail")).left(200);
        into.spanName = into.detail;
    } else { // a future, or what a later harness knows
        const QString type = text(await, QStringLiteral("type")).left(200);
        into.detail = type.isEmpty() ? kind.left(200) : type;
        into.spanName = into.detail;
    }
}

void PythonTraceParser::readSleep(const QJsonObject &await, bool yields,
                                  PythonTraceAwait &into) const
{
    into.await = LoopEvent::Await::Timer;
    // An infinite sleep has null seconds and deadline (JSON has no infinity).
    const bool forever = !yields && await.value(secondsKey).isNull();
    into.asked = yields || forever ? nanoseconds(yields ? 0 : -1) : seconds(await, secondsKey);
    into.until = forever ? nanoseconds(-1)
                 : yields || !await.contains(QStringLiteral("until"))
                     ? m_time + into.asked
                     : seconds(await, QStringLiteral("until"));
    if (forever)
        into.spanName = QStringLiteral("asyncio.sleep(math.inf)");
}

// gather, wait, as_completed and a TaskGroup await their children; a task and wait_for one.
void PythonTraceParser::readAwaitedTasks(const QJsonObject &await, const QString &kind,
                                         PythonTraceAwait &into) const
{
    const bool one = kind == QLatin1String("task") || kind == QLatin1String("wait-for");
    const bool timed = kind == QLatin1String("wait-for");
    into.how.waited = kind == QLatin1String("wait");
    into.how.asCompleted = kind == QLatin1String("as-completed");
    into.how.inGroup = kind == QLatin1String("taskgroup");
    into.await = timed              ? LoopEvent::Await::WaitFor
                 : one              ? LoopEvent::Await::Task
                 : into.how.inGroup ? LoopEvent::Await::TaskGroup
                                    : LoopEvent::Await::Routines;
    into.awaited = lanesOf(await.value(tasksKey));
    if (timed)
        into.asked = seconds(await, QStringLiteral("timeout"));
    into.gathers = timed || !one;
    into.namedAfterAwaited = kind == QLatin1String("task") && !into.awaited.empty();
}

// A queue's put, get or join, a lock's or a semaphore's acquire, an event's or a condition's
// wait.
void PythonTraceParser::readObjectWait(const QJsonObject &await, const QString &kind,
                                       PythonTraceAwait &into) const
{
    if (kind.startsWith(QLatin1String("queue-"))) {
        into.await = kind == QLatin1String("queue-put")   ? LoopEvent::Await::QueuePut
                     : kind == QLatin1String("queue-get") ? LoopEvent::Await::QueueGet
                                                          : LoopEvent::Await::QueueJoin;
        into.ref = into.await == LoopEvent::Await::QueuePut
                       ? int(whole(await.value(QStringLiteral("maxsize")),
                                   QStringLiteral("maxsize"), 0, std::numeric_limits<int>::max()))
                       : int(NamedObject::Type::Queue);
        return;
    }
    const bool acquires = kind == QLatin1String("lock") || kind == QLatin1String("semaphore");
    into.await = acquires                         ? LoopEvent::Await::Acquire
                 : kind == QLatin1String("event") ? LoopEvent::Await::Event
                                                  : LoopEvent::Await::Notify;
    into.ref = int(kind == QLatin1String("lock")        ? NamedObject::Type::Lock
                   : kind == QLatin1String("semaphore") ? NamedObject::Type::Semaphore
                   : kind == QLatin1String("event")     ? NamedObject::Type::Event
                                                        : NamedObject::Type::Condition);
    if (acquires && await.contains(QStringLiteral("holders")))
        into.awaited = lanesOf(await.value(QStringLiteral("holders")));
}

void PythonTraceParser::readDone(const QJsonObject &object, PythonTraceLine &line)
{
    line.task = taskOf(object, true);
    if ((*m_tasks)[line.task].done)
        refuse(tr("a task ends twice"));
    bool known = false;
    line.state = stateNamed(text(object, stateKey), &known);
    if (!known)
        refuse(tr("unknown task state \"%1\"").arg(text(object, stateKey).left(40)));
    line.error = text(object, errorKey).left(1000);
    line.event = PythonTraceLine::Event::Done;
}

void PythonTraceParser::readCall(const QJsonObject &object, PythonTraceLine &line)
{
    line.task = taskOf(object, false);
    line.id = whole(object.value(idKey), idKey, 0, maxWhole);
    line.function = text(object, functionKey).left(200);
    // A call outside any task (the module's top level) has no lane to be drawn on.
    if (line.task < 0)
        return;
    line.event = PythonTraceLine::Event::Call;
}

void PythonTraceParser::readReturn(const QJsonObject &object, PythonTraceLine &line)
{
    line.task = taskOf(object, false);
    line.id = whole(object.value(idKey), idKey, 0, maxWhole);
    // The return of a task's own coroutine (its Task span stands for it), or of a call not
    // seen, changes nothing.
    if (line.task < 0 || line.id == (*m_tasks)[line.task].ownCall)
        return;
    line.callIndex = m_tasks->innermostCall(line.task, line.id);
    if (line.callIndex < 0)
        return;
    bool known = false;
    line.state = stateNamed(text(object, stateKey), &known);
    if (!known)
        refuse(tr("unknown call state \"%1\"").arg(text(object, stateKey).left(40)));
    line.error = text(object, errorKey).left(1000);
    line.value = text(object, QStringLiteral("value")).left(200);
    line.event = PythonTraceLine::Event::Return;
}

void PythonTraceParser::readBlock(const QJsonObject &object, PythonTraceLine &line)
{
    line.task = taskOf(object, false);
    line.start = seconds(object, startKey);
    line.asked = seconds(object, secondsKey);
    if (line.start > m_time)
        refuse(tr("a blocking call starts after it returned"));
    line.event = PythonTraceLine::Event::Block;
}

void PythonTraceParser::readWorker(const QJsonObject &object, PythonTraceLine &line)
{
    line.task = taskOf(object, false);
    line.worker =
        int(whole(object.value(QStringLiteral("worker")), QStringLiteral("worker"), 1, 10'000));
    line.start = seconds(object, startKey);
    line.end = seconds(object, QStringLiteral("end"));
    if (line.start > line.end || line.end > m_time)
        refuse(tr("a worker's call ends before it starts or after the line's time"));
    line.event = PythonTraceLine::Event::Worker;
    line.function = text(object, functionKey).left(200);
}

void PythonTraceParser::readPrint(const QJsonObject &object, PythonTraceLine &line, bool warning)
{
    line.task = taskOf(object, false);
    line.text = text(object, QStringLiteral("text")).left(10'000);
    line.warning = warning;
    line.event = PythonTraceLine::Event::Print;
}

// Its fields are taken one by one: those before a refused one count.
void PythonTraceParser::readEnd(const QJsonObject &object, PythonTraceLine &line)
{
    line.event = PythonTraceLine::Event::End;
    line.exit.exitCode = int(whole(object.value(QStringLiteral("exit_code")),
                                   QStringLiteral("exit_code"), -1'000'000, 1'000'000));
    line.exit.error = text(object, errorKey).left(1000);
    line.exit.traceback = text(object, QStringLiteral("traceback")).left(100'000);
    line.exit.deadlock = object.value(QStringLiteral("deadlock")).toBool(false);
    line.exit.stopped = text(object, QStringLiteral("stopped")).left(200);
}

bool PythonTraceParser::isInternal(const QJsonValue &id) const
{
    if (!m_tasks->hasInternal()) // (the loop's own tasks come last: most lines need no look-up)
        return false;
    const double number = id.toDouble(-1); // (-1 when not a number; never cast out of range)
    const int index =
        number >= 1 && number <= double(maxWhole) ? m_tasks->indexOf(qint64(number)) : -1;
    return index >= 0 && (*m_tasks)[index].internal;
}

// The index of the line's task, -1 when it has none (which a task's event must have).
int PythonTraceParser::taskOf(const QJsonObject &object, bool required) const
{
    const QJsonValue id = object.value(taskKey);
    if (id.isNull() || id.isUndefined()) {
        if (required)
            refuse(tr("\"task\" is missing"));
        return -1;
    }
    return knownTask(id);
}

int PythonTraceParser::knownTask(const QJsonValue &id) const
{
    const qint64 number = whole(id, taskKey, 1, maxWhole);
    const int index = m_tasks->indexOf(number);
    if (index < 0)
        refuse(tr("unknown task %1").arg(number));
    return index;
}

std::vector<int> PythonTraceParser::lanesOf(const QJsonValue &ids) const
{
    if (!ids.isArray())
        refuse(tr("\"tasks\" must be an array of task ids"));
    std::vector<int> lanes;
    for (const QJsonValue &id : ids.toArray()) {
        const int lane = (*m_tasks)[knownTask(id)].drawnLane();
        if (lane >= 0)
            lanes.push_back(lane);
    }
    return lanes;
}

nanoseconds PythonTraceParser::seconds(const QJsonObject &object, const QString &key) const
{
    const QJsonValue value = object.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || !std::isfinite(number) || number < 0 || number > maxSeconds)
        refuse(tr("\"%1\" must be a number of seconds from 0 to %2").arg(key).arg(maxSeconds));
    return nanoseconds(std::llround(number * 1e9));
}

qint64 PythonTraceParser::whole(const QJsonValue &value, const QString &key, qint64 lowest,
                                qint64 highest) const
{
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || !std::isfinite(number) || number != std::floor(number) ||
        number < double(lowest) || number > double(highest))
        refuse(tr("\"%1\" must be a whole number from %2 to %3").arg(key).arg(lowest).arg(highest));
    return qint64(number);
}

QString PythonTraceParser::text(const QJsonObject &object, const QString &key) const
{
    const QJsonValue value = object.value(key);
    if (value.isNull() || value.isUndefined())
        return {};
    if (!value.isString())
        refuse(tr("\"%1\" must be a string").arg(key));
    return value.toString();
}

void PythonTraceParser::refuse(const QString &why)
{
    throw Refusal{why};
}

} // namespace ck
