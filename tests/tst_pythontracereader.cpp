#include <QTest>

#include "pyrun/pythontracereader.h"
#include "teach/narration.h"
#include "trace/awaittext.h"
#include "trace/recorder.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <chrono>

using namespace std::chrono_literals;
using std::chrono::nanoseconds;

namespace {

const QByteArray startLine = R"({"ev":"start","t":0,"it":0,"version":1,"clock":"virtual",)"
                             R"("python":"3.11.2","file":"kitchen.py"})";

// The gathered kitchen as the harness traces it: main gathers brew_coffee (3 s) and toast_bagel
// (2 s), then prints its total.
const QList<QByteArray> kitchen = {
    startLine,
    R"({"ev":"task","t":0,"it":0,"task":1,"name":"Task-1","coro":"main","parent":null,"main":true,"line":20})",
    R"({"ev":"ready","t":0,"it":0,"task":1})",
    R"({"ev":"resume","t":0,"it":1,"task":1,"line":10})",
    R"({"ev":"task","t":0,"it":1,"task":2,"name":"Task-2","coro":"brew_coffee","parent":1,"main":false,"line":12})",
    R"({"ev":"ready","t":0,"it":1,"task":2})",
    R"({"ev":"task","t":0,"it":1,"task":3,"name":"Task-3","coro":"toast_bagel","parent":1,"main":false,"line":12})",
    R"({"ev":"ready","t":0,"it":1,"task":3})",
    R"({"ev":"suspend","t":0,"it":1,"task":1,"await":{"kind":"gather","tasks":[2,3]},"line":12,"stack":[]})",
    R"({"ev":"resume","t":0,"it":2,"task":2,"line":3})",
    R"({"ev":"call","t":0,"it":2,"task":2,"function":"brew_coffee","id":1,"line":3})",
    R"({"ev":"print","t":0,"it":2,"task":2,"text":"Start brewing coffee","line":4})",
    R"({"ev":"suspend","t":0,"it":2,"task":2,"await":{"kind":"sleep","seconds":3,"until":3},"line":5})",
    R"({"ev":"resume","t":0,"it":2,"task":3,"line":7})",
    R"({"ev":"call","t":0,"it":2,"task":3,"function":"toast_bagel","id":2,"line":7})",
    R"({"ev":"suspend","t":0,"it":2,"task":3,"await":{"kind":"sleep","seconds":2,"until":2},"line":8})",
    R"({"ev":"ready","t":2,"it":3,"task":3})",
    R"({"ev":"resume","t":2,"it":4,"task":3,"line":8})",
    R"({"ev":"return","t":2,"it":4,"task":3,"id":2,"state":"done","value":"'bagel'"})",
    R"({"ev":"done","t":2,"it":4,"task":3,"state":"done","result":"'bagel'"})",
    R"({"ev":"ready","t":3,"it":5,"task":2})",
    R"({"ev":"resume","t":3,"it":6,"task":2,"line":5})",
    R"({"ev":"print","t":3,"it":6,"task":2,"text":"Coffee is ready","line":6})",
    R"({"ev":"return","t":3,"it":6,"task":2,"id":1,"state":"done","value":"None"})",
    R"({"ev":"done","t":3,"it":6,"task":2,"state":"done","result":"None"})",
    R"({"ev":"ready","t":3,"it":6,"task":1})",
    R"({"ev":"resume","t":3,"it":7,"task":1,"line":12})",
    R"({"ev":"print","t":3,"it":7,"task":1,"text":"Total execution time : 3.00 seconds","line":14})",
    R"({"ev":"done","t":3,"it":7,"task":1,"state":"done","result":"None"})",
    R"({"ev":"end","t":3,"it":8,"exit_code":0,"error":null,"traceback":null,"deadlock":false,"stopped":null})",
};

struct Read
{
    ck::Recorder recorder{ck::PythonTraceReader::runInfo(QStringLiteral("/tmp/kitchen.py"),
                                                         QStringLiteral("virtual"))};
    ck::PythonTraceReader reader{recorder};
    bool ok = true;

    explicit Read(const QList<QByteArray> &lines)
    {
        for (const QByteArray &line : lines)
            ok = reader.feed(line) && ok;
        ok = reader.close() && ok;
    }
};

int laneNamed(const ck::Recorder &recorder, const QString &name)
{
    for (std::size_t i = 0; i < recorder.lanes().size(); ++i) {
        if (recorder.lanes()[i].name == name)
            return int(i);
    }
    return -1;
}

// The spans of `lane` of `kind`, in the order they were recorded.
std::vector<ck::Span> spansOf(const ck::Recorder &recorder, int lane, ck::SpanKind kind)
{
    std::vector<ck::Span> spans;
    for (int s = recorder.firstSpanOf(lane); s >= 0; s = recorder.nextSpanOf(s)) {
        if (recorder.spans()[std::size_t(s)].kind == kind)
            spans.push_back(recorder.spans()[std::size_t(s)]);
    }
    return spans;
}

// What spansOf() gives, by what the recorder says of them: their names, or why they failed.
QStringList textsOf(const ck::Recorder &recorder, int lane, ck::SpanKind kind, bool reasons = false)
{
    QStringList texts;
    for (int s = recorder.firstSpanOf(lane); s >= 0; s = recorder.nextSpanOf(s)) {
        if (recorder.spans()[std::size_t(s)].kind == kind)
            texts << (reasons ? recorder.reasonOf(s) : recorder.nameOf(s));
    }
    return texts;
}

// The kitchen with `main` gathering from inside a task of its own (worker), so the gather has
// a span: main creates `worker`, which gathers a and b.
QList<QByteArray> nestedGather()
{
    return {
        startLine,
        R"({"ev":"task","t":0,"it":0,"task":1,"name":"Task-1","coro":"main","parent":null,"main":true})",
        R"({"ev":"resume","t":0,"it":1,"task":1})",
        R"({"ev":"task","t":0,"it":1,"task":2,"name":"Task-2","coro":"worker","parent":1,"main":false})",
        R"({"ev":"suspend","t":0,"it":1,"task":1,"await":{"kind":"task","tasks":[2]}})",
        R"({"ev":"resume","t":0,"it":2,"task":2})",
        R"({"ev":"task","t":0,"it":2,"task":3,"name":"Task-3","coro":"a","parent":2,"main":false})",
        R"({"ev":"task","t":0,"it":2,"task":4,"name":"Task-4","coro":"b","parent":2,"main":false})",
        R"({"ev":"suspend","t":0,"it":2,"task":2,"await":{"kind":"gather","tasks":[3,4]}})",
        R"({"ev":"resume","t":0,"it":3,"task":3})",
        R"({"ev":"done","t":0,"it":3,"task":3,"state":"done"})",
        R"({"ev":"resume","t":0,"it":3,"task":4})",
        R"({"ev":"done","t":0,"it":3,"task":4,"state":"failed","error":"ValueError: bad response"})",
        R"({"ev":"resume","t":0,"it":4,"task":2})",
        R"({"ev":"done","t":0,"it":4,"task":2,"state":"failed","error":"ValueError: bad response"})",
        R"({"ev":"resume","t":0,"it":5,"task":1})",
        R"({"ev":"done","t":0,"it":5,"task":1,"state":"failed","error":"ValueError: bad response"})",
        R"({"ev":"end","t":0,"it":6,"exit_code":1,"error":"ValueError: bad response","traceback":"Traceback...\nValueError: bad response","deadlock":false,"stopped":null})",
    };
}

} // namespace

class TstPythonTraceReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gatheredKitchenHasExactSpans();
    void gatheredKitchenHasLoopEvents();
    void gatherInATaskGathersItsLanes();
    void narrationTellsHowEachTaskWasMade();
    void failedTaskKeepsItsReason();
    void objectWaitsNameTheirObject();
    void workerCallsGetWorkerLanes();
    void mainCallsGetLanesOfTheirOwn();
    void blockingCallIsABlockSpan();
    void hostileInputIsRefused_data();
    void hostileInputIsRefused();
    void missingEndIsRefused();
    void unknownEventsAreIgnored();
    void realClockSkewIsForgiven();
    void garbageNeverCrashes();
    void tenThousandTasksAreQuick();
};

void TstPythonTraceReader::gatheredKitchenHasExactSpans()
{
    const Read read(kitchen);
    QVERIFY2(read.ok, qPrintable(read.reader.error()));
    const ck::Recorder &recorder = read.recorder;
    QCOMPARE(recorder.lanes().size(), std::size_t(2));
    const int coffee = laneNamed(recorder, QStringLiteral("brew_coffee"));
    const int bagel = laneNamed(recorder, QStringLiteral("toast_bagel"));
    QVERIFY(coffee >= 0 && bagel >= 0);
    QCOMPARE(recorder.lanes()[std::size_t(coffee)].parent, -1); // created by main
    const auto coffeeTasks = spansOf(recorder, coffee, ck::SpanKind::Task);
    const auto bagelTasks = spansOf(recorder, bagel, ck::SpanKind::Task);
    QCOMPARE(coffeeTasks.size(), std::size_t(1));
    QCOMPARE(coffeeTasks[0].start, 0ns);
    QCOMPARE(coffeeTasks[0].end, nanoseconds(3s));
    QCOMPARE(coffeeTasks[0].state, ck::SpanState::Done);
    QCOMPARE(bagelTasks[0].end, nanoseconds(2s));
    // The task's own coroutine is its Task span, not a Routine inside it.
    QVERIFY(spansOf(recorder, coffee, ck::SpanKind::Routine).empty());
    const auto waits = spansOf(recorder, coffee, ck::SpanKind::Wait);
    QCOMPARE(waits.size(), std::size_t(1));
    QCOMPARE(waits[0].asked(), nanoseconds(3s));
    QCOMPARE(waits[0].depth, std::int16_t(1));
    QCOMPARE(waits[0].end, nanoseconds(3s));
    QCOMPARE(ck::AwaitText::ofSpan(
                 recorder,
                 recorder.spans()[std::size_t(recorder.nextSpanOf(recorder.firstSpanOf(coffee)))]),
             QStringLiteral("asyncio.sleep(3)"));
    QVERIFY(recorder.info().finished);
    QVERIFY(!recorder.info().cancelled);
    QCOMPARE(recorder.info().total, nanoseconds(3s));
    QCOMPARE(recorder.info().mode, QStringLiteral("python"));
    QCOMPARE(recorder.info().scenarioId, QStringLiteral("kitchen"));
    QVERIFY(recorder.info().mainError.isEmpty());
    QCOMPARE(recorder.logLines().size(), std::size_t(3));
    QCOMPARE(recorder.logLines()[0].lane, coffee);
    QCOMPARE(recorder.logLines()[2].lane, ck::kMainLane);
    QCOMPARE(recorder.logLines()[2].time, nanoseconds(3s));
    QCOMPARE(recorder.info().mainLines, 3);
    QCOMPARE(read.reader.exit().exitCode, 0);
}

void TstPythonTraceReader::gatheredKitchenHasLoopEvents()
{
    const Read read(kitchen);
    const auto &events = read.recorder.loopEvents();
    QVERIFY(!events.empty());
    // main starts (it has no Created: asyncio.run runs it at once), then creates brew_coffee.
    QCOMPARE(events[0].kind, ck::LoopEvent::Kind::Started);
    QCOMPARE(events[0].lane, ck::kMainLane);
    QCOMPARE(events[1].kind, ck::LoopEvent::Kind::Created);
    QCOMPARE(events[1].lane, 0);
    // main suspends at the gather of both lanes, its own lines kept.
    const auto suspended = std::find_if(events.begin(), events.end(), [](const auto &event) {
        return event.lane == ck::kMainLane && event.kind == ck::LoopEvent::Kind::Suspended;
    });
    QVERIFY(suspended != events.end());
    QCOMPARE(suspended->await, ck::LoopEvent::Await::Routines);
    QCOMPARE(suspended->awaited, (std::vector<int>{0, 1}));
    QCOMPARE(suspended->iteration, std::uint64_t(1));
    QCOMPARE(read.reader.lineOf(std::size_t(suspended - events.begin())), 12);
    // The timer of the bagel's sleep fires at 2 s with its deadline.
    const auto ready = std::find_if(events.begin(), events.end(), [](const auto &event) {
        return event.kind == ck::LoopEvent::Kind::Ready;
    });
    QVERIFY(ready != events.end());
    QCOMPARE(ready->lane, 1);
    QCOMPARE(ready->until, nanoseconds(2s));
    for (std::size_t i = 1; i < events.size(); ++i)
        QVERIFY(events[i].sequence == events[i - 1].sequence + 1);
    QCOMPARE(events.back().kind, ck::LoopEvent::Kind::Finished);
    QCOMPARE(events.back().lane, ck::kMainLane);
}

void TstPythonTraceReader::gatherInATaskGathersItsLanes()
{
    const Read read(nestedGather());
    const ck::Recorder &recorder = read.recorder;
    const int worker = laneNamed(recorder, QStringLiteral("worker"));
    const int a = laneNamed(recorder, QStringLiteral("a"));
    const int b = laneNamed(recorder, QStringLiteral("b"));
    QCOMPARE(recorder.lanes()[std::size_t(a)].parent, worker);
    const auto waits = spansOf(recorder, worker, ck::SpanKind::Wait);
    QCOMPARE(waits.size(), std::size_t(1));
    const int gather = recorder.lanes()[std::size_t(a)].gatheredBy;
    QVERIFY(gather >= 0);
    QCOMPARE(recorder.spans()[std::size_t(gather)].lane, worker);
    QCOMPARE(recorder.gatheredLanes(gather), (std::vector<int>{a, b}));
    QCOMPARE(ck::AwaitText::ofSpan(recorder, recorder.spans()[std::size_t(gather)]),
             QStringLiteral("asyncio.gather(a(), b())"));
}

// main makes `early` with create_task and then gathers it with `late`, a coroutine gather
// wraps; `odd` comes with a `via` that is no Python name. Each is told as the trace says it was
// made, not guessed from the gather that awaits them.
void TstPythonTraceReader::narrationTellsHowEachTaskWasMade()
{
    const Read read({
        startLine,
        R"({"ev":"task","t":0,"it":0,"task":1,"name":"Task-1","coro":"main","parent":null,"main":true,"via":"run"})",
        R"({"ev":"resume","t":0,"it":1,"task":1})",
        R"({"ev":"task","t":0,"it":1,"task":2,"name":"Task-2","coro":"early","parent":1,"main":false,"via":"create_task"})",
        R"({"ev":"task","t":0,"it":1,"task":3,"name":"Task-3","coro":"late","parent":1,"main":false,"via":"gather"})",
        R"({"ev":"task","t":0,"it":1,"task":4,"name":"Task-4","coro":"odd","parent":1,"main":false,"via":"<b>x</b>"})",
        R"({"ev":"suspend","t":0,"it":1,"task":1,"await":{"kind":"gather","tasks":[2,3,4]}})",
        R"({"ev":"resume","t":0,"it":2,"task":2})",
        R"({"ev":"done","t":0,"it":2,"task":2,"state":"done"})",
        R"({"ev":"resume","t":0,"it":2,"task":3})",
        R"({"ev":"done","t":0,"it":2,"task":3,"state":"done"})",
        R"({"ev":"resume","t":0,"it":2,"task":4})",
        R"({"ev":"done","t":0,"it":2,"task":4,"state":"done"})",
        R"({"ev":"resume","t":0,"it":3,"task":1})",
        R"({"ev":"done","t":0,"it":3,"task":1,"state":"done"})",
        R"({"ev":"end","t":0,"it":4,"exit_code":0,"error":null,"traceback":null,"deadlock":false,"stopped":null})",
    });
    QVERIFY2(read.ok, qPrintable(read.reader.error()));
    QStringList told;
    const auto &events = read.recorder.loopEvents();
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (events[i].kind == ck::LoopEvent::Kind::Created)
            told << ck::Narration::sentence(read.recorder, i, ck::Language::English)
                        .section(QLatin1Char(':'), 0, 0);
    }
    QCOMPARE(told, (QStringList{QStringLiteral("asyncio.create_task makes early a task"),
                                QStringLiteral("asyncio.gather wraps late in a task of its own"),
                                QStringLiteral("odd is created as a task")}));
}

void TstPythonTraceReader::failedTaskKeepsItsReason()
{
    const Read read(nestedGather());
    QVERIFY2(read.ok, qPrintable(read.reader.error()));
    const ck::Recorder &recorder = read.recorder;
    const int b = laneNamed(recorder, QStringLiteral("b"));
    const auto tasks = spansOf(recorder, b, ck::SpanKind::Task);
    QCOMPARE(tasks[0].state, ck::SpanState::Failed);
    QCOMPARE(textsOf(recorder, b, ck::SpanKind::Task, true)[0],
             QStringLiteral("ValueError: bad response"));
    QCOMPARE(recorder.failedTasks().size(), std::size_t(2)); // b's, and worker's it raised in
    QCOMPARE(recorder.info().mainError, QStringLiteral("ValueError: bad response"));
    QCOMPARE(read.reader.exit().exitCode, 1);
    QVERIFY(read.reader.exit().traceback.startsWith(QLatin1String("Traceback")));
    const auto &events = recorder.loopEvents();
    const auto finished = std::find_if(events.begin(), events.end(), [b](const auto &event) {
        return event.lane == b && event.kind == ck::LoopEvent::Kind::Finished;
    });
    QVERIFY(finished != events.end());
    QCOMPARE(finished->state, ck::SpanState::Failed);
    QVERIFY(finished->raised);
    QCOMPARE(finished->detail, QStringLiteral("ValueError: bad response"));
}

void TstPythonTraceReader::objectWaitsNameTheirObject()
{
    const Read read({
        startLine,
        R"({"ev":"task","t":0,"it":0,"task":1,"coro":"main","parent":null,"main":true})",
        R"({"ev":"resume","t":0,"it":1,"task":1})",
        R"({"ev":"task","t":0,"it":1,"task":2,"coro":"consumer","parent":1})",
        R"({"ev":"task","t":0,"it":1,"task":3,"coro":"locker","parent":1})",
        R"({"ev":"suspend","t":0,"it":1,"task":1,"await":{"kind":"gather","tasks":[2,3]}})",
        R"({"ev":"resume","t":0,"it":2,"task":2})",
        R"({"ev":"suspend","t":0,"it":2,"task":2,"await":{"kind":"queue-get","object":"orders","maxsize":0,"size":0}})",
        R"({"ev":"resume","t":0,"it":2,"task":3})",
        R"({"ev":"suspend","t":0,"it":2,"task":3,"await":{"kind":"lock","object":"machine","holders":[2]}})",
        R"({"ev":"resume","t":1,"it":3,"task":2})",
        R"({"ev":"done","t":1,"it":3,"task":2,"state":"done"})",
        R"({"ev":"resume","t":1,"it":4,"task":3})",
        R"({"ev":"done","t":1,"it":4,"task":3,"state":"done"})",
        R"({"ev":"resume","t":1,"it":5,"task":1})",
        R"({"ev":"done","t":1,"it":5,"task":1,"state":"done"})",
        R"({"ev":"end","t":1,"it":6,"exit_code":0})",
    });
    QVERIFY2(read.ok, qPrintable(read.reader.error()));
    const ck::Recorder &recorder = read.recorder;
    QVERIFY(recorder.hasObjectWaits());
    const auto gets = spansOf(recorder, 0, ck::SpanKind::ObjectWait);
    QCOMPARE(gets.size(), std::size_t(1));
    QCOMPARE(textsOf(recorder, 0, ck::SpanKind::ObjectWait)[0], QStringLiteral("orders.get()"));
    QCOMPARE(gets[0].end, nanoseconds(1s));
    QCOMPARE(textsOf(recorder, 1, ck::SpanKind::ObjectWait)[0],
             QStringLiteral("machine.acquire()"));
    const auto &events = recorder.loopEvents();
    const auto acquire = std::find_if(events.begin(), events.end(), [](const auto &event) {
        return event.await == ck::LoopEvent::Await::Acquire;
    });
    QVERIFY(acquire != events.end());
    QCOMPARE(acquire->detail, QStringLiteral("machine"));
    QCOMPARE(acquire->awaited, std::vector<int>{0});
}

void TstPythonTraceReader::workerCallsGetWorkerLanes()
{
    const Read read({
        startLine,
        R"({"ev":"task","t":0,"it":0,"task":1,"coro":"main","parent":null,"main":true})",
        R"({"ev":"resume","t":0,"it":1,"task":1})",
        R"({"ev":"task","t":0,"it":1,"task":2,"coro":"fetch","parent":1})",
        R"({"ev":"suspend","t":0,"it":1,"task":1,"await":{"kind":"task","tasks":[2]}})",
        R"({"ev":"resume","t":0,"it":2,"task":2})",
        R"({"ev":"suspend","t":0,"it":2,"task":2,"await":{"kind":"thread","function":"sleep"}})",
        R"({"ev":"worker","t":2,"it":2,"worker":1,"task":2,"function":"sleep","start":0,"end":2})",
        R"({"ev":"ready","t":2,"it":3,"task":2})",
        R"({"ev":"resume","t":2,"it":4,"task":2})",
        R"({"ev":"done","t":2,"it":4,"task":2,"state":"done"})",
        R"({"ev":"resume","t":2,"it":5,"task":1})",
        R"({"ev":"done","t":2,"it":5,"task":1,"state":"done"})",
        R"({"ev":"end","t":2,"it":6,"exit_code":0})",
    });
    QVERIFY2(read.ok, qPrintable(read.reader.error()));
    const ck::Recorder &recorder = read.recorder;
    const int worker = laneNamed(recorder, QStringLiteral("fetch/worker 1"));
    QVERIFY(worker >= 0);
    QCOMPARE(recorder.lanes()[std::size_t(worker)].worker, 1);
    QCOMPARE(recorder.lanes()[std::size_t(worker)].parent, 0);
    const auto busy = spansOf(recorder, worker, ck::SpanKind::Block);
    QCOMPARE(busy.size(), std::size_t(1));
    QCOMPARE(busy[0].end, nanoseconds(2s));
    const auto thread = spansOf(recorder, 0, ck::SpanKind::Thread);
    QCOMPARE(thread.size(), std::size_t(1));
    QCOMPARE(thread[0].end, nanoseconds(2s));
    const auto ready =
        std::find_if(recorder.loopEvents().begin(), recorder.loopEvents().end(),
                     [](const auto &event) { return event.kind == ck::LoopEvent::Kind::Ready; });
    QVERIFY(ready != recorder.loopEvents().end());
    QCOMPARE(ready->await, ck::LoopEvent::Await::Thread);
}

void TstPythonTraceReader::mainCallsGetLanesOfTheirOwn()
{
    // The one-by-one kitchen: main awaits brew_coffee() inline, which awaits grind() inline.
    const Read read({
        startLine,
        R"({"ev":"task","t":0,"it":0,"task":1,"coro":"main","parent":null,"main":true})",
        R"({"ev":"resume","t":0,"it":1,"task":1})",
        R"({"ev":"call","t":0,"it":1,"task":1,"function":"brew_coffee","id":1,"line":3,"at":12})",
        R"({"ev":"call","t":0,"it":1,"task":1,"function":"grind","id":2,"line":7,"at":4})",
        R"({"ev":"suspend","t":0,"it":1,"task":1,"await":{"kind":"sleep","seconds":1,"until":1}})",
        R"({"ev":"resume","t":1,"it":2,"task":1})",
        R"({"ev":"return","t":1,"it":2,"task":1,"id":2,"state":"done","value":"'ground'"})",
        R"({"ev":"return","t":1,"it":2,"task":1,"id":1,"state":"done","value":"None"})",
        R"({"ev":"print","t":1,"it":2,"task":1,"text":"done"})",
        R"({"ev":"done","t":1,"it":2,"task":1,"state":"done"})",
        R"({"ev":"end","t":1,"it":3,"exit_code":0})",
    });
    QVERIFY2(read.ok, qPrintable(read.reader.error()));
    const ck::Recorder &recorder = read.recorder;
    const int coffee = laneNamed(recorder, QStringLiteral("brew_coffee"));
    QVERIFY(coffee >= 0);
    const auto task = spansOf(recorder, coffee, ck::SpanKind::Task);
    QCOMPARE(task.size(), std::size_t(1));
    QCOMPARE(task[0].depth, std::int16_t(0));
    QCOMPARE(task[0].end, nanoseconds(1s));
    const auto routines = spansOf(recorder, coffee, ck::SpanKind::Routine);
    QCOMPARE(routines.size(), std::size_t(1));
    QCOMPARE(textsOf(recorder, coffee, ck::SpanKind::Routine)[0], QStringLiteral("grind"));
    QCOMPARE(routines[0].depth, std::int16_t(1));
    const auto waits = spansOf(recorder, coffee, ck::SpanKind::Wait);
    QCOMPARE(waits[0].depth, std::int16_t(2));
    QCOMPARE(recorder.logLines().back().lane, ck::kMainLane); // printed after the call
    QCOMPARE(recorder.maxCoroutineDepth(), 1);
    // main's line is where it calls brew_coffee (12), not brew_coffee's def (3); brew_coffee's
    // lane is in grind from grind's def on.
    std::vector<std::pair<int, int>> calledLines; // lane, line
    for (std::size_t i = 0; i < recorder.loopEvents().size(); ++i) {
        if (recorder.loopEvents()[i].kind == ck::LoopEvent::Kind::Called)
            calledLines.emplace_back(recorder.loopEvents()[i].lane, read.reader.lineOf(i));
    }
    QCOMPARE(calledLines, (std::vector<std::pair<int, int>>{{ck::kMainLane, 12}, {coffee, 7}}));
}

void TstPythonTraceReader::blockingCallIsABlockSpan()
{
    const Read read({
        startLine,
        R"({"ev":"task","t":0,"it":0,"task":1,"coro":"main","parent":null,"main":true})",
        R"({"ev":"resume","t":0,"it":1,"task":1})",
        R"({"ev":"task","t":0,"it":1,"task":2,"coro":"slow","parent":1})",
        R"({"ev":"suspend","t":0,"it":1,"task":1,"await":{"kind":"task","tasks":[2]}})",
        R"({"ev":"resume","t":0,"it":2,"task":2})",
        R"({"ev":"block","t":1.5,"it":2,"task":2,"start":0,"seconds":1.5,"line":4})",
        R"({"ev":"done","t":1.5,"it":2,"task":2,"state":"done"})",
        R"({"ev":"resume","t":1.5,"it":3,"task":1})",
        R"({"ev":"done","t":1.5,"it":3,"task":1,"state":"done"})",
        R"({"ev":"end","t":1.5,"it":4,"exit_code":0})",
    });
    QVERIFY2(read.ok, qPrintable(read.reader.error()));
    const auto blocks = spansOf(read.recorder, 0, ck::SpanKind::Block);
    QCOMPARE(blocks.size(), std::size_t(1));
    QCOMPARE(blocks[0].start, 0ns);
    QCOMPARE(blocks[0].end, nanoseconds(1500ms));
    QCOMPARE(blocks[0].asked(), nanoseconds(1500ms));
    QCOMPARE(ck::AwaitText::ofSpan(read.recorder,
                                   read.recorder.spans()[std::size_t(read.recorder.nextSpanOf(0))]),
             QStringLiteral("time.sleep(1.5)"));
    QCOMPARE(read.recorder.info().total, nanoseconds(1500ms));
}

void TstPythonTraceReader::hostileInputIsRefused_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("why");
    // Lines read after task 1's first step; the last, after the others, is refused.
    const QByteArray main =
        R"({"ev":"task","t":0,"it":0,"task":1,"coro":"main","parent":null,"main":true})";
    QTest::newRow("not JSON") << QByteArray("{\"ev\": ") << QStringLiteral("not JSON");
    QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("JSON object");
    QTest::newRow("no ev") << QByteArray(R"({"t": 0})") << QStringLiteral("\"ev\"");
    QTest::newRow("ev a number") << QByteArray(R"({"ev": 3, "t": 0})") << QStringLiteral("\"ev\"");
    QTest::newRow("t a string") << QByteArray(R"({"ev":"print","t":"NaN","task":null,"text":"x"})")
                                << QStringLiteral("\"t\"");
    QTest::newRow("t negative") << QByteArray(R"({"ev":"print","t":-1,"task":null,"text":"x"})")
                                << QStringLiteral("\"t\"");
    QTest::newRow("t huge") << QByteArray(R"({"ev":"print","t":1e300,"task":null,"text":"x"})")
                            << QStringLiteral("\"t\"");
    QTest::newRow("t backwards") << QByteArray(R"({"ev":"print","t":0.5,"task":null,"text":"x"})")
                                 << QStringLiteral("goes back");
    QTest::newRow("unknown task") << QByteArray(R"({"ev":"resume","t":1,"task":99})")
                                  << QStringLiteral("unknown task 99");
    QTest::newRow("huge task id") << QByteArray(R"({"ev":"resume","t":1,"task":1e300})")
                                  << QStringLiteral("\"task\"");
    QTest::newRow("fractional task id")
        << QByteArray(R"({"ev":"resume","t":1,"task":1.5})") << QStringLiteral("\"task\"");
    QTest::newRow("task id a string")
        << QByteArray(R"({"ev":"resume","t":1,"task":"1"})") << QStringLiteral("\"task\"");
    QTest::newRow("task twice") << QByteArray(main).replace(R"("t":0)", R"("t":1)")
                                << QStringLiteral("twice");
    QTest::newRow("text an object")
        << QByteArray(R"({"ev":"print","t":1,"task":1,"text":{}})") << QStringLiteral("\"text\"");
    QTest::newRow("await a string")
        << QByteArray(R"({"ev":"suspend","t":1,"task":1,"await":"sleep"})")
        << QStringLiteral("\"await\"");
    QTest::newRow("sleep of inf")
        << QByteArray(R"({"ev":"suspend","t":1,"task":1,"await":{"kind":"sleep","seconds":1e300}})")
        << QStringLiteral("\"seconds\"");
    QTest::newRow("gather of unknown")
        << QByteArray(R"({"ev":"suspend","t":1,"task":1,"await":{"kind":"gather","tasks":[7]}})")
        << QStringLiteral("unknown task 7");
    QTest::newRow("unknown state")
        << QByteArray(R"({"ev":"done","t":1,"task":1,"state":"exploded"})")
        << QStringLiteral("exploded");
    QTest::newRow("too long") << QByteArray(2 << 20, ' ') << QStringLiteral("too long");
    QTest::newRow("worker from the future")
        << QByteArray(R"({"ev":"worker","t":1,"task":1,"worker":1,"start":0,"end":5})")
        << QStringLiteral("worker");
    const QByteArray mainDone = R"({"ev":"done","t":1,"task":1,"state":"done"})";
    const QByteArray child = R"({"ev":"task","t":1,"task":2,"coro":"child","parent":1})";
    QTest::newRow("second start") << QByteArray(startLine).replace(R"("t":0)", R"("t":1)")
                                  << QStringLiteral("second start");
    QTest::newRow("second main")
        << QByteArray(main).replace(R"("task":1)", R"("task":2)").replace(R"("t":0)", R"("t":1)")
        << QStringLiteral("second main task");
    QTest::newRow("unknown parent")
        << QByteArray(R"({"ev":"task","t":1,"task":2,"coro":"child","parent":9})")
        << QStringLiteral("unknown task 9");
    QTest::newRow("via a number")
        << QByteArray(R"({"ev":"task","t":1,"task":2,"coro":"child","parent":1,"via":3})")
        << QStringLiteral("\"via\" must be a string");
    QTest::newRow("it negative") << QByteArray(
                                        R"({"ev":"print","t":1,"it":-1,"task":1,"text":"x"})")
                                 << QStringLiteral("\"it\" must be a whole number");
    QTest::newRow("task missing") << QByteArray(R"({"ev":"ready","t":1})")
                                  << QStringLiteral("\"task\" is missing");
    QTest::newRow("resume after the end")
        << (mainDone + "\n" + QByteArray(R"({"ev":"resume","t":1,"task":1})"))
        << QStringLiteral("resumes after its end");
    QTest::newRow("suspend before the first step")
        << (child + "\n" +
            QByteArray(R"({"ev":"suspend","t":1,"task":2,"await":{"kind":"yield"}})"))
        << QStringLiteral("suspends while it is not running");
    QTest::newRow("done twice") << (mainDone + "\n" + mainDone) << QStringLiteral("ends twice");
    QTest::newRow("gather of a number")
        << QByteArray(R"({"ev":"suspend","t":1,"task":1,"await":{"kind":"gather","tasks":7}})")
        << QStringLiteral("\"tasks\" must be an array");
    QTest::newRow("queue of a string's size")
        << QByteArray(
               R"({"ev":"suspend","t":1,"task":1,"await":{"kind":"queue-put","maxsize":"9"}})")
        << QStringLiteral("\"maxsize\" must be a whole number");
    QTest::newRow("unknown call state")
        << (QByteArray(R"({"ev":"call","t":1,"task":1,"id":5,"function":"cook"})") + "\n" +
            QByteArray(R"({"ev":"return","t":1,"task":1,"id":5,"state":"exploded"})"))
        << QStringLiteral("unknown call state \"exploded\"");
    QTest::newRow("block from the future")
        << QByteArray(R"({"ev":"block","t":1,"task":1,"start":2,"seconds":1})")
        << QStringLiteral("blocking call starts after it returned");
    QTest::newRow("end's code a string") << QByteArray(R"({"ev":"end","t":1,"exit_code":"0"})")
                                         << QStringLiteral("\"exit_code\" must be a whole number");
}

void TstPythonTraceReader::hostileInputIsRefused()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, why);
    QByteArrayList before = line.split('\n');
    line = before.takeLast();
    ck::Recorder recorder;
    ck::PythonTraceReader reader(recorder);
    QVERIFY(reader.feed(startLine));
    QVERIFY(reader.feed(
        R"({"ev":"task","t":0,"it":0,"task":1,"coro":"main","parent":null,"main":true})"));
    QVERIFY(reader.feed(R"({"ev":"resume","t":1,"it":1,"task":1})"));
    for (const QByteArray &read : before)
        QVERIFY2(reader.feed(read), qPrintable(reader.error()));
    QVERIFY(!reader.feed(line));
    const QString at =
        QStringLiteral("the Python trace is malformed at line %1: ").arg(4 + before.size());
    QVERIFY2(reader.error().startsWith(at), qPrintable(reader.error()));
    QVERIFY2(reader.error().contains(why), qPrintable(reader.error()));
    QVERIFY(!reader.error().contains(QLatin1Char('\n')));
    QVERIFY(recorder.info().finished); // the views get a finished record
    QVERIFY(recorder.info().cancelled);
    QVERIFY(!reader.feed(startLine)); // nothing more is read
    QVERIFY(!reader.close());
}

void TstPythonTraceReader::missingEndIsRefused()
{
    QList<QByteArray> lines = kitchen;
    lines.removeLast();
    const Read read(lines);
    QVERIFY(!read.ok);
    QVERIFY2(read.reader.error().contains(QLatin1String("without its end line")),
             qPrintable(read.reader.error()));
    QVERIFY(read.recorder.info().finished);
    QVERIFY(read.recorder.info().cancelled);
    const Read nothing({});
    QCOMPARE(nothing.reader.error(), QStringLiteral("the Python harness wrote no trace"));
    const Read notStarted({R"({"ev":"print","t":0,"task":null,"text":"x"})"});
    QVERIFY(notStarted.reader.error().contains(QLatin1String("the first line must be the start")));
}

void TstPythonTraceReader::unknownEventsAreIgnored()
{
    QList<QByteArray> lines = kitchen;
    lines.insert(3, R"({"ev":"gc","t":0,"it":1,"collected":12})");
    lines.insert(12, R"({"ev":"suspend","t":0,"it":2,"task":2,"await":{"kind":"telepathy"}})");
    lines.insert(13, R"({"ev":"resume","t":0,"it":2,"task":2})");
    const Read read(lines);
    QVERIFY2(read.ok, qPrintable(read.reader.error()));
    QCOMPARE(read.recorder.info().total, nanoseconds(3s));
}

// A worker thread's print stamped a moment before the loop's event written first: drawn at the
// later time on the real clock; more than a second back is still malformed.
void TstPythonTraceReader::realClockSkewIsForgiven()
{
    QByteArray realStart = startLine;
    realStart.replace("virtual", "real");
    const Read read({
        realStart,
        R"({"ev":"task","t":0.01,"it":0,"task":1,"coro":"main","parent":null,"main":true})",
        R"({"ev":"resume","t":0.066,"it":1,"task":1})",
        R"({"ev":"print","t":0.0659,"it":1,"task":null,"text":"in thread","worker":1})",
        R"({"ev":"done","t":0.07,"it":1,"task":1,"state":"done"})",
        R"({"ev":"end","t":0.07,"it":2,"exit_code":0})",
    });
    QVERIFY2(read.ok, qPrintable(read.reader.error()));
    QCOMPARE(read.recorder.logLines().front().time, nanoseconds(66ms));
    const Read farBack({
        realStart,
        R"({"ev":"print","t":5,"task":null,"text":"late"})",
        R"({"ev":"print","t":3,"task":null,"text":"early"})",
    });
    QVERIFY(farBack.reader.error().contains(QLatin1String("goes back from 5 s to 3 s")));
}

void TstPythonTraceReader::garbageNeverCrashes()
{
    // Every line of the kitchen cut short, doubled, or with a byte changed: each is read or
    // refused, never more.
    QRandomGenerator random(15);
    for (int round = 0; round < 2000; ++round) {
        QList<QByteArray> lines = kitchen;
        const int at = int(random.bounded(lines.size()));
        QByteArray &line = lines[at];
        switch (random.bounded(3)) {
        case 0:
            line.truncate(random.bounded(line.size()));
            break;
        case 1:
            lines.insert(at, line);
            break;
        default:
            line[random.bounded(line.size())] = char(random.bounded(256));
            break;
        }
        const Read read(lines);
        QVERIFY(read.recorder.info().finished);
        QVERIFY(read.ok || !read.reader.error().isEmpty());
    }
}

void TstPythonTraceReader::tenThousandTasksAreQuick()
{
    QList<QByteArray> lines{
        startLine,
        R"({"ev":"task","t":0,"it":0,"task":1,"coro":"main","parent":null,"main":true})",
        R"({"ev":"resume","t":0,"it":1,"task":1})",
    };
    const int count = 10'000;
    QByteArray ids;
    for (int id = 2; id < count + 2; ++id) {
        lines << QStringLiteral(R"({"ev":"task","t":0,"it":1,"task":%1,"coro":"work","parent":1})")
                     .arg(id)
                     .toUtf8();
        ids += (id > 2 ? "," : "") + QByteArray::number(id);
    }
    lines << R"({"ev":"suspend","t":0,"it":1,"task":1,"await":{"kind":"gather","tasks":[)" + ids +
                 "]}}";
    for (int id = 2; id < count + 2; ++id) {
        const QByteArray task = QByteArray::number(id);
        lines << R"({"ev":"resume","t":0,"it":2,"task":)" + task + "}";
        lines << R"({"ev":"suspend","t":0,"it":2,"task":)" + task +
                     R"(,"await":{"kind":"sleep","seconds":1,"until":1}})";
    }
    for (int id = 2; id < count + 2; ++id) {
        const QByteArray task = QByteArray::number(id);
        lines << R"({"ev":"ready","t":1,"it":3,"task":)" + task + "}";
        lines << R"({"ev":"resume","t":1,"it":4,"task":)" + task + "}";
        lines << R"({"ev":"print","t":1,"it":4,"task":)" + task + R"(,"text":"done"})";
        lines << R"({"ev":"done","t":1,"it":4,"task":)" + task + R"(,"state":"done"})";
    }
    lines << R"({"ev":"resume","t":1,"it":5,"task":1})";
    lines << R"({"ev":"done","t":1,"it":5,"task":1,"state":"done"})";
    lines << R"({"ev":"end","t":1,"it":6,"exit_code":0})";
    QElapsedTimer timer;
    timer.start();
    const Read read(lines);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(read.ok, qPrintable(read.reader.error()));
    QCOMPARE(read.recorder.lanes().size(), std::size_t(count));
    // Tasks of one coroutine function are told apart as they were made, each still running it.
    const auto &lanes = read.recorder.lanes();
    QCOMPARE(lanes.front().name, QStringLiteral("work"));
    QCOMPARE(lanes[1].name, QStringLiteral("work #2"));
    QCOMPARE(lanes.back().name, QStringLiteral("work #%1").arg(count));
    QCOMPARE(lanes.back().function(), QStringLiteral("work"));
    QCOMPARE(read.recorder.nameOf(read.recorder.firstSpanOf(1)), QStringLiteral("work #2"));
    QCOMPARE(read.recorder.info().total, nanoseconds(1s));
    qInfo("%d trace lines of %d tasks read in %lld ms", int(lines.size()), count, elapsed);
    QVERIFY(elapsed < 20'000); // a bound for a loaded sanitizer build; about 0.2 s in Debug
}

QTEST_GUILESS_MAIN(TstPythonTraceReader)
#include "tst_pythontracereader.moc"
