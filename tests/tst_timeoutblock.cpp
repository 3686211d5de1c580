// Issue 14, item 4: {"timeout": {"seconds": s, "steps": [...]}}, `async with asyncio.timeout(s):`
// around steps, on the virtual clock, as CPython 3.11 runs the same program. Its twin
// (python3.11, asyncio.run on the real clock, 1 scenario second = 0.1 s, times in scenario
// seconds; lines at one time come in the oracle's virtual order, checked by ctest `oracle` on
// tests/data/oracle/timeout-block.json):
//
//     async def caught():
//         try:
//             async with asyncio.timeout(2): await slow()      # slow: sleeps 5
//             log("caught: never printed")
//         except TimeoutError: log("caught: TimeoutError")
//         log("caught: goes on")
//     async def in_time():
//         async with asyncio.timeout(2): await quick(); await asyncio.sleep(0.25)
//         log("in_time: the deadline was not reached")
//     async def gathers():                                     # part_b: try: sleep(4) finally: log
//         try:
//             async with asyncio.timeout(2): await asyncio.gather(part_a(), part_b())
//         except TimeoutError: log("gathers: the gather timed out")
//     async def nested():
//         try:
//             async with asyncio.timeout(4):
//                 try:
//                     async with asyncio.timeout(1): await asyncio.sleep(3)
//                 except TimeoutError: log("nested: the inner one fired")
//                 await asyncio.sleep(1.5); log("nested: the outer one still runs")
//                 async with asyncio.timeout(5): await asyncio.sleep(3); log("never")
//         except TimeoutError: log("nested: the outer one fired, not the inner")
//     async def outer_first():
//         try:
//             async with asyncio.timeout(1):
//                 try:
//                     async with asyncio.timeout(3): await asyncio.sleep(2)
//                 except TimeoutError: log("outer_first: wrong, the inner one did not fire")
//         except TimeoutError: log("outer_first: the outer one raised TimeoutError")
//     await asyncio.gather(caught(), in_time(), gathers(), nested(), outer_first())
//
//     0.02 slow: start
//     0.02 quick: start
//     0.55 quick: done
//     0.80 in_time: the deadline was not reached
//     1.03 nested: the inner one fired
//     1.04 outer_first: the outer one raised TimeoutError
//     1.04 part_a: done
//     2.03 caught: TimeoutError
//     2.03 caught: goes on
//     2.03 part_b: finally, cancelled by the gather
//     2.03 gathers: the gather timed out
//     2.55 nested: the outer one still runs
//     4.05 nested: the outer one fired, not the inner
//
// and, alone, `async with asyncio.timeout(1.5): await slow()` in main's gather ends the program
// with the traceback's last line "TimeoutError" at 1.5.

#include <QTest>
#include <QTranslator>

#include "codegen/pythonprogram.h"
#include "runharness.h"
#include "teach/narrationlines.h"
#include "trace/recorder.h"

using namespace Qt::StringLiterals;

namespace {

constexpr const char *kRoutines = R"(
    "routines": [
        {"name": "slow", "steps": [{"log": "slow: start"}, {"wait": 5},
                                   {"log": "slow: never printed"}]},
        {"name": "quick", "steps": [{"log": "quick: start"}, {"wait": 0.5},
                                    {"log": "quick: done"}]},
        {"name": "part_a", "steps": [{"wait": 1}, {"log": "part_a: done"}]},
        {"name": "part_b", "steps": [{"try": {
            "steps": [{"wait": 4}, {"log": "part_b: never printed"}],
            "finally": [{"log": "part_b: finally, cancelled by the gather"}]}}]}
    ],)";

constexpr const char *kCaught = R"(
    {"name": "caught", "steps": [
        {"try": {"steps": [{"timeout": {"seconds": 2, "steps": [{"call": "slow"}]}},
                           {"log": "caught: never printed"}],
                 "except": [{"type": "TimeoutError", "steps": [{"log": "caught: TimeoutError"}]}]}},
        {"log": "caught: goes on"}]})";

constexpr const char *kInTime = R"(
    {"name": "in_time", "steps": [
        {"timeout": {"seconds": 2, "steps": [{"call": "quick"}, {"wait": 0.25}]}},
        {"log": "in_time: the deadline was not reached"}]})";

constexpr const char *kGathers = R"(
    {"name": "gathers", "steps": [
        {"try": {"steps": [{"timeout": {"seconds": 2, "steps": [
                     {"gather": ["part_a", "part_b"]}]}}],
                 "except": [{"type": "TimeoutError",
                             "steps": [{"log": "gathers: the gather timed out"}]}]}}]})";

constexpr const char *kNested = R"(
    {"name": "nested", "steps": [
        {"try": {"steps": [{"timeout": {"seconds": 4, "steps": [
            {"try": {"steps": [{"timeout": {"seconds": 1, "steps": [{"wait": 3}]}}],
                     "except": [{"type": "TimeoutError",
                                 "steps": [{"log": "nested: the inner one fired"}]}]}},
            {"wait": 1.5}, {"log": "nested: the outer one still runs"},
            {"timeout": {"seconds": 5, "steps": [{"wait": 3}, {"log": "never"}]}}]}}],
            "except": [{"type": "TimeoutError",
                        "steps": [{"log": "nested: the outer one fired, not the inner"}]}]}}]})";

constexpr const char *kOuterFirst = R"(
    {"name": "outer_first", "steps": [
        {"try": {"steps": [{"timeout": {"seconds": 1, "steps": [
            {"try": {"steps": [{"timeout": {"seconds": 3, "steps": [{"wait": 2}]}}],
                     "except": [{"type": "TimeoutError", "steps": [
                         {"log": "outer_first: wrong, the inner one did not fire"}]}]}}]}}],
            "except": [{"type": "TimeoutError", "steps": [
                {"log": "outer_first: the outer one raised TimeoutError"}]}]}}]})";

constexpr const char *kUncaught = R"(
    {"name": "uncaught", "steps": [
        {"timeout": {"seconds": 1.5, "steps": [{"call": "slow"}]}}]})";

std::shared_ptr<const ck::Scenario> scenarioWith(const QStringList &tasks)
{
    const QByteArray json =
        R"({"format": "corokitchen-scenario/1", "id": "timeouts", "title": "t",)" +
        QByteArray(kRoutines) + R"("tasks": [)" + tasks.join(u',').toUtf8() + "]}";
    return cktest::fromJson(json.constData());
}

double seconds(std::chrono::nanoseconds time)
{
    return std::chrono::duration<double>(time).count();
}

int countOf(const cktest::FinishedRun &run, ck::LoopEvent::Kind kind)
{
    int count = 0;
    for (const ck::LoopEvent &event : run.recorder().loopEvents())
        count += event.kind == kind;
    return count;
}

} // namespace

class TstTimeoutBlock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsAsCPythonDoes();
    void caughtTimeoutCancelsTheAwaitedWork();
    void notReachedChangesNothing();
    void aroundAGatherCancelsItsChildren();
    void ofNestedTimeoutsOnlyTheOneThatFiredRaises();
    void uncaughtItEndsMain();
    void narrationSaysTheDeadlinePassed();
    void syncModeRefuses();
    void pythonProgramWritesAsyncWith();
    void taskGroupModeCancelsTheOthersAtTheFirstFailure();
    void taskGroupModeWritesATaskGroup();
};

// The twin above, every task in one gather.
void TstTimeoutBlock::runsAsCPythonDoes()
{
    cktest::VirtualRun run(scenarioWith({QString::fromUtf8(kCaught), QString::fromUtf8(kInTime),
                                         QString::fromUtf8(kGathers), QString::fromUtf8(kNested),
                                         QString::fromUtf8(kOuterFirst)}),
                           cktest::mode(u"gather"_s), true);
    QCOMPARE(run.timedLines(),
             (QStringList{u"0.000 slow: start"_s, u"0.000 quick: start"_s, u"0.500 quick: done"_s,
                          u"0.750 in_time: the deadline was not reached"_s,
                          u"1.000 nested: the inner one fired"_s,
                          u"1.000 outer_first: the outer one raised TimeoutError"_s,
                          u"1.000 part_a: done"_s, u"2.000 caught: TimeoutError"_s,
                          u"2.000 caught: goes on"_s,
                          u"2.000 part_b: finally, cancelled by the gather"_s,
                          u"2.000 gathers: the gather timed out"_s,
                          u"2.500 nested: the outer one still runs"_s,
                          u"4.000 nested: the outer one fired, not the inner"_s}));
    QCOMPARE(run.total(), 4.0);
    QVERIFY(run.recorder().info().mainError.isEmpty());
    // One TimeoutError per deadline that passed: caught, gathers, nested's two, outer_first's.
    QCOMPARE(countOf(run, ck::LoopEvent::Kind::TimedOut), 5);
}

// slow is cancelled at its sleep at 2 s: its sleep and its routine span end cancelled there;
// the task catches TimeoutError and ends done.
void TstTimeoutBlock::caughtTimeoutCancelsTheAwaitedWork()
{
    cktest::VirtualRun run(scenarioWith({QString::fromUtf8(kCaught)}),
                           cktest::mode(u"sequential"_s));
    QCOMPARE(run.timedLines(), (QStringList{u"0.000 slow: start"_s, u"2.000 caught: TimeoutError"_s,
                                            u"2.000 caught: goes on"_s}));
    const ck::Span *routine = run.span(ck::SpanKind::Routine, u"slow"_s);
    QVERIFY(routine);
    // Cancelled by the deadline, the block raising TimeoutError: it ended timed out.
    QCOMPARE(routine->state, ck::SpanState::TimedOut);
    QCOMPARE(seconds(routine->end), 2.0);
    const ck::Span *sleep = run.span(ck::SpanKind::Wait, u"asyncio.sleep(5)"_s);
    QVERIFY(sleep);
    QCOMPARE(sleep->state, ck::SpanState::TimedOut);
    QCOMPARE(seconds(sleep->end), 2.0);
    const ck::Span *task = run.span(ck::SpanKind::Task, u"caught"_s);
    QCOMPARE(task->state, ck::SpanState::Done);
    QCOMPARE(run.total(), 2.0);
}

void TstTimeoutBlock::notReachedChangesNothing()
{
    cktest::VirtualRun run(scenarioWith({QString::fromUtf8(kInTime)}),
                           cktest::mode(u"create-task"_s), true);
    QCOMPARE(run.timedLines(), (QStringList{u"0.000 quick: start"_s, u"0.500 quick: done"_s,
                                            u"0.750 in_time: the deadline was not reached"_s}));
    for (const ck::Span &span : run.recorder().spans())
        QCOMPARE(span.state, ck::SpanState::Done);
    QCOMPARE(countOf(run, ck::LoopEvent::Kind::TimedOut), 0);
    QCOMPARE(run.total(), 0.75);
}

// The deadline cancels the task at its gather, which cancels both children: part_a is done at
// 1, part_b's finally runs at 2 and its lane ends cancelled; the gather's span too.
void TstTimeoutBlock::aroundAGatherCancelsItsChildren()
{
    cktest::VirtualRun run(scenarioWith({QString::fromUtf8(kGathers)}), cktest::mode(u"gather"_s));
    QCOMPARE(run.timedLines(), (QStringList{u"1.000 part_a: done"_s,
                                            u"2.000 part_b: finally, cancelled by the gather"_s,
                                            u"2.000 gathers: the gather timed out"_s}));
    QCOMPARE(run.span(ck::SpanKind::Routine, u"part_a"_s)->state, ck::SpanState::Done);
    const ck::Span *partB = run.span(ck::SpanKind::Routine, u"part_b"_s);
    QCOMPARE(partB->state, ck::SpanState::Cancelled);
    QCOMPARE(seconds(partB->end), 2.0);
    const ck::Span *gather = run.span(ck::SpanKind::Wait, u"asyncio.gather(part_a(), part_b())"_s);
    QVERIFY(gather);
    QCOMPARE(gather->state, ck::SpanState::TimedOut); // its children, in tasks, cancelled
    QCOMPARE(run.span(ck::SpanKind::Task, u"gathers"_s)->state, ck::SpanState::Done);
}

// The inner timeout fires first and only it raises; then the outer one. When the outer fires
// first, the inner block lets its CancelledError through (not its TimeoutError: the inner
// except TimeoutError does not run) and the outer one turns it into TimeoutError.
void TstTimeoutBlock::ofNestedTimeoutsOnlyTheOneThatFiredRaises()
{
    cktest::VirtualRun run(
        scenarioWith({QString::fromUtf8(kNested), QString::fromUtf8(kOuterFirst)}),
        cktest::mode(u"gather"_s));
    QCOMPARE(run.timedLines(),
             (QStringList{u"1.000 nested: the inner one fired"_s,
                          u"1.000 outer_first: the outer one raised TimeoutError"_s,
                          u"2.500 nested: the outer one still runs"_s,
                          u"4.000 nested: the outer one fired, not the inner"_s}));
}

// Nothing catches it: main()'s gather raises it and the program ends with "TimeoutError".
void TstTimeoutBlock::uncaughtItEndsMain()
{
    cktest::VirtualRun run(scenarioWith({QString::fromUtf8(kUncaught)}), cktest::mode(u"gather"_s));
    QCOMPARE(run.timedLines(), (QStringList{u"0.000 slow: start"_s}));
    const ck::Span *task = run.span(ck::SpanKind::Task, u"uncaught"_s);
    QCOMPARE(task->state, ck::SpanState::Failed);
    QCOMPARE(run.reasonOf(task), u"TimeoutError"_s);
    QCOMPARE(seconds(task->end), 1.5);
    QCOMPARE(run.span(ck::SpanKind::Routine, u"slow"_s)->state, ck::SpanState::TimedOut);
    QCOMPARE(run.recorder().info().mainError, u"TimeoutError"_s);
}

void TstTimeoutBlock::narrationSaysTheDeadlinePassed()
{
    cktest::VirtualRun run(scenarioWith({QString::fromUtf8(kUncaught)}), cktest::mode(u"gather"_s),
                           true);
    const QString english =
        ck::NarrationLines::story({&run.recorder()}, {u"gather"_s}, ck::Language::English)
            .join(u'\n');
    QVERIFY2(english.contains(u"The 1.500 s deadline of asyncio.timeout passes: uncaught is "
                              u"cancelled at its await and TimeoutError is raised"_s),
             qPrintable(english));
    QVERIFY2(english.contains(u"uncaught raises TimeoutError"_s), qPrintable(english));
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/corokitchen_ko.qm"_s));
    QCoreApplication::installTranslator(&translator);
    const QString korean =
        ck::NarrationLines::story({&run.recorder()}, {u"gather"_s}, ck::Language::Korean)
            .join(u'\n');
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(korean.contains(u"asyncio.timeout의 마감 시간"_s) &&
                 korean.contains(u"uncaught는 await 지점에서 취소되고 TimeoutError가 "
                                 u"발생합니다"_s),
             qPrintable(korean));
}

void TstTimeoutBlock::syncModeRefuses()
{
    const auto scenario = scenarioWith({QString::fromUtf8(kInTime)});
    const QString refusal = cktest::mode(u"sync"_s).refusal(*scenario);
    QVERIFY2(refusal.contains(u"tasks[0].steps[0]"_s), qPrintable(refusal));
    QVERIFY2(refusal.contains(u"asyncio.timeout(2): a timeout needs an event loop"_s),
             qPrintable(refusal));
    QVERIFY(cktest::mode(u"sequential"_s).refusal(*scenario).isEmpty());
}

void TstTimeoutBlock::pythonProgramWritesAsyncWith()
{
    QString error;
    const auto program =
        ck::PythonProgram::generate(*scenarioWith({QString::fromUtf8(kInTime)}),
                                    cktest::mode(u"gather"_s), ck::Language::English, 1.0, &error);
    QVERIFY2(program, qPrintable(error));
    QVERIFY2(program->text.contains(u"    async with asyncio.timeout(2):\n"
                                    u"        await quick()\n"
                                    u"        await asyncio.sleep(0.25)\n"
                                    u"    print(\"in_time: the deadline was not reached\")"_s),
             qPrintable(program->text));
}

// Issue 14, item 5: the task-group mode. CPython 3.11 (1 scenario second = 0.1 s):
//
//     async def main():
//         async with asyncio.TaskGroup() as tg:
//             tg.create_task(ok_first()); tg.create_task(fails()); tg.create_task(long())
//
//     0.01 long: start
//     1.10 ok_first: done
//     1.51 long: cancelled by the group                  (its finally, at the CancelledError)
//     ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)   [ValueError('broken')]
constexpr const char *kGroupTasks = R"({"format": "corokitchen-scenario/1", "id": "g",
    "title": "t", "tasks": [
    {"name": "ok_first", "result": "first", "steps": [{"wait": 1}, {"log": "ok_first: done"}]},
    {"name": "fails", "steps": [{"wait": 1.5}, {"raise": {"type": "ValueError",
                                                          "message": "broken"}}]},
    {"name": "long", "steps": [{"try": {
        "steps": [{"log": "long: start"}, {"wait": 3}, {"log": "long: never printed"}],
        "finally": [{"log": "long: cancelled by the group"}]}}]}]})";

void TstTimeoutBlock::taskGroupModeCancelsTheOthersAtTheFirstFailure()
{
    cktest::VirtualRun run(cktest::fromJson(kGroupTasks), cktest::mode(u"task-group"_s), true);
    QCOMPARE(run.timedLines(), (QStringList{u"0.000 long: start"_s, u"1.000 ok_first: done"_s,
                                            u"1.500 long: cancelled by the group"_s}));
    QCOMPARE(run.span(ck::SpanKind::Task, u"ok_first"_s)->state, ck::SpanState::Done);
    QCOMPARE(run.span(ck::SpanKind::Task, u"fails"_s)->state, ck::SpanState::Failed);
    const ck::Span *cancelled = run.span(ck::SpanKind::Task, u"long"_s);
    QCOMPARE(cancelled->state, ck::SpanState::Cancelled);
    QCOMPARE(seconds(cancelled->end), 1.5);
    QCOMPARE(run.recorder().info().mainError,
             u"ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)"_s);
    const QString story =
        ck::NarrationLines::story({&run.recorder()}, {u"task-group"_s}, ck::Language::English)
            .join(u'\n');
    QVERIFY2(story.contains(u"main() is suspended at the end of async with"_s), qPrintable(story));
}

void TstTimeoutBlock::taskGroupModeWritesATaskGroup()
{
    QString error;
    const auto program =
        ck::PythonProgram::generate(*cktest::fromJson(kGroupTasks), cktest::mode(u"task-group"_s),
                                    ck::Language::English, 1.0, &error);
    QVERIFY2(program, qPrintable(error));
    QVERIFY2(program->text.contains(u"    async with asyncio.TaskGroup() as tg:\n"
                                    u"        ok_first_task = tg.create_task(ok_first())\n"
                                    u"        fails_task = tg.create_task(fails())\n"
                                    u"        long_task = tg.create_task(long())\n"
                                    u"    result_ok_first = ok_first_task.result()\n"_s),
             qPrintable(program->text));
    QCOMPARE(ck::Strategy::parse(u"task-group"_s)->name(), u"task-group"_s);
}

QTEST_GUILESS_MAIN(TstTimeoutBlock)
#include "tst_timeoutblock.moc"
