// Issue 14, item 8's loops: {"repeat": {"times": n, "as": "i", "steps": [...]}} is
// `for i in range(n):` and {"forever": [...]} is `while True:`, on the virtual clock, as
// CPython 3.11 runs the same program (`corokitchen code ... | python3.11`; the oracle checks
// tests/data/oracle/loops.json in every mode). A forever loop that could never suspend is
// refused, and a run stops one that goes round too often.

#include "runharness.h"

#include "codegen/cppprogram.h"
#include "codegen/pythonprogram.h"
#include "run/idealtime.h"
#include "scenario/scenariolimits.h"
#include "scenario/scenarioloader.h"
#include "trace/recorder.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr const char *kRoutines = R"(
    "routines": [
        {"name": "order", "steps": [{"wait": 0.5}]},
        {"name": "chatty", "steps": [{"log": "chat"}]},
        {"name": "heartbeat", "steps": [{"forever": [{"wait": 1}, {"log": "tick"}]}]}
    ],)";

QByteArray scenarioJson(const QByteArray &tasks)
{
    return R"({"format": "corokitchen-scenario/1", "id": "loops", "title": "t",)" +
           QByteArray(kRoutines) + R"("tasks": )" + tasks + "}";
}

std::shared_ptr<const ck::Scenario> scenarioWith(const QByteArray &tasks)
{
    return cktest::fromJson(scenarioJson(tasks).constData());
}

QString refusalOf(const QByteArray &tasks)
{
    return ck::ScenarioLoader::fromJson(scenarioJson(tasks), u"t.json"_s).error;
}

QStringList pythonLines(const ck::Scenario &scenario, const QString &mode)
{
    QString error;
    const auto program =
        ck::PythonProgram::generate(scenario, cktest::mode(mode), ck::Language::English, 1, &error);
    if (!program)
        return {error};
    QStringList lines = program->text.split(u'\n');
    for (QString &line : lines)
        line = line.trimmed();
    return lines;
}

} // namespace

class TstLoops : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heartbeatCancelledByAsyncioRun();
    void repeatCountsAndMultiplies();
    void foreverEndsByARaise();
    void foreverUnderWaitFor();
    void foreverThatCannotSuspendIsRefused();
    void runStopsALoopThatNeverMovesTime();
    void timesOutOfRange();
    void loopValuesAreFollowed();
    void programsWriteTheLoops();
};

// tests/data/oracle/loops.json; python3.11 (the generated program, create-task mode):
//   heartbeat: starts / order 0 done / tick / order 1 done / order 2 done / tick / tick /
//   orders: done / Total execution time : 3.55 seconds
// heartbeat is never awaited: asyncio.run cancels it at 3.5 s, in its `await asyncio.sleep(1)`.
void TstLoops::heartbeatCancelledByAsyncioRun()
{
    cktest::VirtualRun run(cktest::scenarioNamed(u"oracle/loops.json"_s),
                           cktest::mode(u"create-task"_s));
    QCOMPARE(run.timedLines(),
             (QStringList{u"0.000 heartbeat: starts"_s, u"0.500 order 0 done"_s, u"1.000 tick"_s,
                          u"1.000 order 1 done"_s, u"1.500 order 2 done"_s, u"2.000 tick"_s,
                          u"3.000 tick"_s, u"3.500 orders: done"_s}));
    QCOMPARE(run.total(), 3.5);
    const ck::Span *heartbeat = run.span(ck::SpanKind::Task, u"heartbeat"_s);
    QVERIFY(heartbeat);
    QCOMPARE(heartbeat->state, ck::SpanState::Cancelled);
    const ck::Span *orders = run.span(ck::SpanKind::Task, u"orders"_s);
    QVERIFY(orders);
    QCOMPARE(orders->state, ck::SpanState::Done);
}

// The body's time and cost, `times` times; a loop of no rounds runs nothing.
void TstLoops::repeatCountsAndMultiplies()
{
    const auto scenario = scenarioWith(R"([{"name": "t", "steps": [
        {"repeat": {"times": 4, "steps": [{"call": "order"}, {"wait": 0.25}]}},
        {"repeat": {"times": 0, "steps": [{"wait": 100}]}}]}])");
    QCOMPARE(ck::IdealTime::of(*scenario, cktest::mode(u"sequential"_s)),
             std::chrono::milliseconds(3000));
    cktest::VirtualRun run(scenario, cktest::mode(u"sequential"_s));
    QCOMPARE(run.total(), 3.0);
    int orders = 0;
    for (const ck::Span &span : run.recorder().spans())
        orders += span.kind == ck::SpanKind::Routine ? 1 : 0;
    QCOMPARE(orders, 4);
    // A million rounds of two waits go over the 2 000 000 steps a run may take.
    const QString refusal = refusalOf(R"([{"name": "t", "steps": [
        {"repeat": {"times": 1000000, "steps": [{"wait": 0.25}, {"wait": 0.25}]}}]}])");
    QVERIFY2(refusal.startsWith(u"t.json: tasks[0]: a run would take more than 2000000 steps"_s),
             qPrintable(refusal));
}

// python3.11: 1.000 tick, then the task fails with ValueError: stop (main() raises it).
void TstLoops::foreverEndsByARaise()
{
    const auto scenario = scenarioWith(R"([{"name": "t", "steps": [
        {"forever": [{"wait": 1}, {"log": "tick"}, {"raise": {"type": "ValueError",
                                                             "message": "stop"}}]},
        {"log": "never printed"}]}])");
    cktest::VirtualRun run(scenario, cktest::mode(u"gather"_s));
    QCOMPARE(run.timedLines(), (QStringList{u"1.000 tick"_s}));
    QCOMPARE(run.recorder().info().mainError, u"ValueError: stop"_s);
}

// python3.11: await asyncio.wait_for(heartbeat(), timeout=2.5): tick at 1 and 2, then
// TimeoutError in the caller at 2.5, the loop cancelled at its sleep.
void TstLoops::foreverUnderWaitFor()
{
    const auto scenario = scenarioWith(R"([{"name": "t", "steps": [
        {"try": {"steps": [{"wait_for": {"routine": "heartbeat", "timeout": 2.5}}],
                 "except": [{"type": "TimeoutError", "steps": [{"log": "timed out"}]}]}}]}])");
    cktest::VirtualRun run(scenario, cktest::mode(u"create-task"_s));
    QCOMPARE(run.timedLines(),
             (QStringList{u"1.000 tick"_s, u"2.000 tick"_s, u"2.500 timed out"_s}));
    const ck::Span *loop = run.span(ck::SpanKind::Routine, u"heartbeat"_s);
    QVERIFY(loop);
    QCOMPARE(loop->state, ck::SpanState::Cancelled);
}

void TstLoops::foreverThatCannotSuspendIsRefused()
{
    const QString never = u"the loop never awaits anything that suspends, so it would block "
                          "the event loop forever"_s;
    QCOMPARE(refusalOf(R"([{"name": "t", "steps": [{"forever": [{"log": "spin"},
        {"block": 1}]}]}])"),
             u"t.json: tasks[0].steps[0].forever: "_s + never);
    QCOMPARE(refusalOf(R"([{"name": "t", "steps": [{"forever": []}]}])"),
             u"t.json: tasks[0].steps[0].forever: "_s + never);
    // In a loop's body: the inner loop is refused where it is written.
    QCOMPARE(refusalOf(R"([{"name": "t", "steps": [{"repeat": {"times": 2, "steps": [
        {"forever": [{"try": {"steps": [{"log": "a"}], "finally": []}}]}]}}]}])"),
             u"t.json: tasks[0].steps[0].repeat.steps[0].forever: "_s + never);
    // Sync mode has no loop to cancel it.
    const auto scenario = scenarioWith(R"([{"name": "t", "steps": [{"call": "heartbeat"}]}])");
    QCOMPARE(cktest::mode(u"sync"_s).refusal(*scenario),
             u"routines[2].steps[0]: while True ends only when its task is cancelled: that "
             "needs an event loop, and sync mode has none"_s);
}

// `while True: await chatty()` never suspends (chatty only prints), and `await
// asyncio.sleep(0)` never lets time move: CPython would hang on them; the run stops the loop
// after ScenarioLimits::maxForeverRounds rounds with the reason, and the rest of the run goes on.
void TstLoops::runStopsALoopThatNeverMovesTime()
{
    const auto scenario = scenarioWith(R"([
        {"name": "spin", "steps": [{"forever": [{"wait": 0}]}]},
        {"name": "other", "steps": [{"wait": 1}, {"log": "other: done"}]}])");
    cktest::VirtualRun run(scenario, cktest::mode(u"gather"_s));
    const ck::Span *spin = run.span(ck::SpanKind::Task, u"spin"_s);
    QVERIFY(spin);
    QCOMPARE(spin->state, ck::SpanState::Failed);
    QCOMPARE(run.reasonOf(spin),
             u"its while True loop went round 10000 times, the most a run allows: "
             "a loop that never lets time move would hang the event loop"_s);
    QCOMPARE(run.timedLines(), (QStringList{u"1.000 other: done"_s}));

    const auto calls = scenarioWith(R"([{"name": "t", "steps": [
        {"forever": [{"call": "chatty"}]}]}])");
    cktest::VirtualRun chatty(calls, cktest::mode(u"sequential"_s));
    QCOMPARE(chatty.lines().size(), qsizetype(ck::ScenarioLimits::maxForeverRounds));
    QCOMPARE(chatty.span(ck::SpanKind::Task, u"t"_s)->state, ck::SpanState::Failed);
}

void TstLoops::timesOutOfRange()
{
    const QString expected = u"t.json: tasks[0].steps[0].repeat.times: \"times\" must be a "
                             "whole number from 0 to 1000000, found %1"_s;
    const auto refusal = [](const QByteArray &times) {
        return refusalOf(R"([{"name": "t", "steps": [{"repeat": {"times": )" + times +
                         R"(, "steps": []}}]}])");
    };
    QCOMPARE(refusal("-1"), expected.arg(u"-1"_s));
    QCOMPARE(refusal("1.5"), expected.arg(u"1.5"_s));
    QCOMPARE(refusal("1000001"), expected.arg(u"1000001"_s));
    QCOMPARE(refusal("\"3\""), expected.arg(u"\"3\""_s));
    QVERIFY(refusal("1000000").isEmpty());
    QCOMPARE(refusalOf(R"([{"name": "t", "steps": [{"repeat": {"times": 2}}]}])"),
             u"t.json: tasks[0].steps[0].repeat: \"steps\" is missing"_s);
}

// python3.11: for i in range(3): print(f"round {i}") prints round 0, round 1, round 2.
void TstLoops::loopValuesAreFollowed()
{
    const auto scenario = scenarioWith(R"([{"name": "t", "steps": [
        {"repeat": {"times": 3, "as": "i", "steps": [
            {"repeat": {"times": 2, "as": "j", "steps": [{"log": {"f": "round {i}.{j}"}}]}}]}}]}])");
    cktest::VirtualRun run(scenario, cktest::mode(u"sequential"_s));
    QCOMPARE(run.lines(), (QStringList{u"round 0.0"_s, u"round 0.1"_s, u"round 1.0"_s,
                                       u"round 1.1"_s, u"round 2.0"_s, u"round 2.1"_s}));
    // python3.11: after the loop, i keeps its last value; range(0) binds nothing (NameError).
    const auto after = scenarioWith(R"([{"name": "t", "steps": [{"repeat": {"times": 2,
        "as": "i", "steps": []}}, {"log": {"f": "after {i}"}}]}])");
    QCOMPARE(cktest::VirtualRun(after, cktest::mode(u"gather"_s)).lines(),
             QStringList{u"after 1"_s});
    QCOMPARE(refusalOf(R"([{"name": "t", "steps": [{"repeat": {"times": 0, "as": "i",
        "steps": []}}, {"log": {"f": "after {i}"}}]}])"),
             u"t.json: tasks[0].steps[1].log.f: variable \"i\" is used before it is bound in "
             "this function"_s);
    QCOMPARE(refusalOf(R"([{"name": "t", "steps": [{"repeat": {"times": 2, "as": "i",
        "steps": []}}, {"call": {"routine": "order", "add_to": "i"}}]}])"),
             u"t.json: tasks[0].steps[1].call.add_to: i is a loop's int: += on it is not "
             "followed yet"_s);
    QCOMPARE(refusalOf(R"([{"name": "t", "steps": [{"repeat": {"times": 2, "as": "order",
        "steps": []}}]}])"),
             u"t.json: tasks[0].steps[0].repeat.as: a variable cannot be called \"order\": the "
             "programs use that name"_s);
    QCOMPARE(refusalOf(R"([{"name": "t", "steps": [{"forever": [{"call": {"routine": "order",
        "as": "x"}}]}]}])"),
             u"t.json: tasks[0].steps[0].forever[0].call: values bound or returned inside a "
             "loop are not followed yet: use them outside it"_s);
}

void TstLoops::programsWriteTheLoops()
{
    const auto scenario = cktest::scenarioNamed(u"oracle/loops.json"_s);
    const QStringList python = pythonLines(*scenario, u"create-task"_s);
    QVERIFY(python.contains(u"while True:"_s));
    QVERIFY(python.contains(u"for i in range(3):"_s));
    QVERIFY(python.contains(u"for _ in range(2):"_s));
    QVERIFY(python.contains(u"print(f\"order {i} done\")"_s));
    // `for _ in range(0):` needs a body: pass.
    const auto empty = scenarioWith(R"([{"name": "t", "steps": [
        {"repeat": {"times": 2, "steps": []}}, {"forever": [{"wait": 1}]}]}])");
    const QStringList lines = pythonLines(*empty, u"gather"_s);
    const auto loop = lines.indexOf(u"for _ in range(2):"_s);
    QVERIFY(loop > 0);
    QCOMPARE(lines.at(loop + 1), u"pass"_s);
    QString error;
    const auto cpp = ck::CppProgram::generate(*empty, cktest::mode(u"gather"_s),
                                              ck::Language::English, 1, &error);
    QVERIFY2(cpp, qPrintable(error));
    QVERIFY(cpp->text.contains(u"for (long long round0 = 0; round0 < 2; ++round0) {"_s));
    QVERIFY(cpp->text.contains(u"for (;;) {"_s));
}

QTEST_GUILESS_MAIN(TstLoops)

#include "tst_loops.moc"
