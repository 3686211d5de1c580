// Issue 14, item 1: a raise step and how its exception travels, on the virtual clock, as
// CPython 3.11 runs the same program (each expectation below was read off `corokitchen code
// ... | python3.11`, and the oracle test checks the built-in lesson in every mode).

#include "coro/scheduler.h"
#include "coro/virtualclock.h"
#include "run/runner.h"
#include "runharness.h"
#include "teach/narrationlines.h"
#include "trace/recorder.h"

#include <QSignalSpy>

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// fetch_a logs at 0 and after 1 s; fetch_b logs at 0 and raises ValueError after 0.5 s.
constexpr const char *kRoutines = R"(
    "routines": [
        {"name": "fetch_a", "steps": [{"log": "a: sent"}, {"wait": 1}, {"log": "a: got"}]},
        {"name": "fetch_b", "steps": [{"log": "b: sent"}, {"wait": 0.5},
                                      {"raise": {"type": "ValueError", "message": "bad response"}}]}
    ],)";

std::shared_ptr<const ck::Scenario> scenarioWith(const QByteArray &tasks)
{
    const QByteArray json =
        R"({"format": "corokitchen-scenario/1", "id": "raises", "title": "t",)" +
        QByteArray(kRoutines) + R"("tasks": )" + tasks + "}";
    return cktest::fromJson(json.constData());
}

const ck::Span *taskSpan(const cktest::FinishedRun &run, const QString &name)
{
    return run.span(ck::SpanKind::Task, name);
}

double seconds(std::chrono::nanoseconds time)
{
    return std::chrono::duration<double>(time).count();
}

} // namespace

class TstExceptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callReraisesInTheCaller();
    void gatherRaisesTheFirstWhileTheOthersRun();
    void returnExceptionsKeepsGoing();
    void mainRaisingCancelsTheRest();
    void sequentialStopsAtTheFailingTask();
    void cancelledLeftoversLeaveNothingQueued();
    void downloadFailureEndsMain();
    void narrationSaysWhoRaises();
};

// await fetch_b() raises in the caller: the caller's next step never runs, and the caller's
// task fails with the exception as its reason; main() ends with it.
void TstExceptions::callReraisesInTheCaller()
{
    const auto scenario = scenarioWith(R"([{"name": "t", "steps": [
        {"call": "fetch_b"}, {"log": "t: after the call"}]}])");
    cktest::VirtualRun run(scenario, cktest::mode(u"sequential"_s));
    QCOMPARE(run.timedLines(), (QStringList{u"0.000 b: sent"_s}));
    const ck::Span *task = taskSpan(run, u"t"_s);
    QVERIFY(task);
    QCOMPARE(task->state, ck::SpanState::Failed);
    QCOMPARE(run.reasonOf(task), u"ValueError: bad response"_s);
    QCOMPARE(seconds(task->end), 0.5);
    const ck::Span *routine = run.span(ck::SpanKind::Routine, u"fetch_b"_s);
    QVERIFY(routine);
    QCOMPARE(routine->state, ck::SpanState::Failed);
    QCOMPARE(run.reasonOf(routine), u"ValueError: bad response"_s);
    QCOMPARE(run.recorder().info().mainError, u"ValueError: bad response"_s);
}

// In create-task mode main() awaits a slow task first, so it is still running when t's gather
// raises at 0.5 s: fetch_a, not cancelled, prints its last line at 1 s; t never prints its own.
void TstExceptions::gatherRaisesTheFirstWhileTheOthersRun()
{
    const auto scenario = scenarioWith(R"([
        {"name": "slow", "steps": [{"wait": 2}, {"log": "slow: done"}]},
        {"name": "t", "steps": [{"gather": ["fetch_a", "fetch_b"]}, {"log": "t: never"}]}])");
    cktest::VirtualRun run(scenario, cktest::mode(u"create-task"_s));
    QCOMPARE(run.timedLines(), (QStringList{u"0.000 a: sent"_s, u"0.000 b: sent"_s,
                                            u"1.000 a: got"_s, u"2.000 slow: done"_s}));
    const ck::Span *task = taskSpan(run, u"t"_s);
    QCOMPARE(task->state, ck::SpanState::Failed);
    QCOMPARE(seconds(task->end), 0.5);
    QCOMPARE(taskSpan(run, u"slow"_s)->state, ck::SpanState::Done);
    QCOMPARE(run.recorder().info().mainError, u"ValueError: bad response"_s);
    QCOMPARE(run.total(), 2.0);
}

// return_exceptions=True: the exception is a result, the gather waits for fetch_a and the task
// goes on; main() returns.
void TstExceptions::returnExceptionsKeepsGoing()
{
    const auto scenario = scenarioWith(R"([{"name": "t", "result": "shown", "steps": [
        {"gather": {"routines": ["fetch_a", "fetch_b"], "return_exceptions": true}},
        {"log": "t: after the gather"}]}])");
    cktest::VirtualRun run(scenario, cktest::mode(u"gather"_s));
    QCOMPARE(run.timedLines(),
             (QStringList{u"0.000 a: sent"_s, u"0.000 b: sent"_s, u"1.000 a: got"_s,
                          u"1.000 t: after the gather"_s, u"1.000 Result of t : shown"_s}));
    QCOMPARE(taskSpan(run, u"t"_s)->state, ck::SpanState::Done);
    const ck::Span *failed = run.span(ck::SpanKind::Routine, u"fetch_b"_s);
    QCOMPARE(failed->state, ck::SpanState::Failed);
    QCOMPARE(run.reasonOf(failed), u"ValueError: bad response"_s);
    QVERIFY(run.recorder().info().mainError.isEmpty());
}

// gather mode: t raises at 0.5 s, main()'s gather raises it, and asyncio.run cancels `long`
// (and t's orphaned fetch_a) once main() has ended: neither prints its last line.
void TstExceptions::mainRaisingCancelsTheRest()
{
    const auto scenario = scenarioWith(R"([
        {"name": "long", "steps": [{"log": "long: start"}, {"wait": 5}, {"log": "long: never"}]},
        {"name": "t", "steps": [{"gather": ["fetch_a", "fetch_b"]}]}])");
    for (const char *mode : {"gather", "bounded:2"}) {
        cktest::VirtualRun run(scenario, cktest::mode(QString::fromLatin1(mode)));
        QCOMPARE(run.timedLines(),
                 (QStringList{u"0.000 long: start"_s, u"0.000 a: sent"_s, u"0.000 b: sent"_s}));
        const ck::Span *cancelled = taskSpan(run, u"long"_s);
        QCOMPARE(cancelled->state, ck::SpanState::Cancelled);
        QCOMPARE(seconds(cancelled->end), 0.5);
        QCOMPARE(run.span(ck::SpanKind::Routine, u"fetch_a"_s)->state, ck::SpanState::Cancelled);
        QCOMPARE(run.total(), 0.5);
        QCOMPARE(run.recorder().info().mainError, u"ValueError: bad response"_s);
    }
}

// Fifty children the raising gather abandoned are cancelled by asyncio.run in one iteration.
// Their done callbacks (each holding the abandoned gather's state) must all have run when the
// run ends: CPython waits for them with a gather of its own. Left in the ready queue, they leaked
// the state once the loop went (LeakSanitizer found it on a mutated `exceptions` lesson, when
// ASan's slowness made the scheduler cut iterations into slices).
void TstExceptions::cancelledLeftoversLeaveNothingQueued()
{
    QByteArray children = R"("fetch_b")";
    for (int child = 0; child < 50; ++child)
        children += R"(, "fetch_a")";
    const auto scenario =
        scenarioWith(R"([{"name": "t", "steps": [{"gather": [)" + children + "]}]}]");
    for (const char *mode : {"sequential", "gather", "create-task"}) {
        ck::Scheduler scheduler(std::make_unique<ck::VirtualClock>());
        // Iterations cut into slices of one item, as a slow machine (or ASan) cuts them.
        scheduler.setSliceBudget(std::chrono::microseconds(1));
        ck::Runner runner(scheduler, scenario, cktest::mode(QString::fromLatin1(mode)));
        QSignalSpy finished(&runner, &ck::Runner::finished);
        runner.start();
        QVERIFY(runner.isFinished() || finished.wait(10000));
        QCOMPARE(runner.recorder()->info().mainError, u"ValueError: bad response"_s);
        int cancelled = 0;
        for (const ck::Span &span : runner.recorder()->spans())
            cancelled +=
                span.kind == ck::SpanKind::Routine && span.state == ck::SpanState::Cancelled;
        QCOMPARE(cancelled, 50);
        QVERIFY2(!scheduler.hasWork(), mode);
    }
}

// Sequential (and sync): main() awaits the tasks one by one and stops at the one that raises.
void TstExceptions::sequentialStopsAtTheFailingTask()
{
    const auto scenario = scenarioWith(R"([
        {"name": "first", "steps": [{"call": "fetch_b"}]},
        {"name": "second", "steps": [{"log": "second: never"}]}])");
    for (const char *mode : {"sync", "sequential"}) {
        cktest::VirtualRun run(scenario, cktest::mode(QString::fromLatin1(mode)));
        QCOMPARE(run.lines(), (QStringList{u"b: sent"_s}));
        QVERIFY(!taskSpan(run, u"second"_s));
        QCOMPARE(run.recorder().info().mainError, u"ValueError: bad response"_s);
    }
}

// A failed download is a Python exception like the others (ConnectionError): gather raises it
// in main(), which ends with it, and asyncio.run cancels the task still running.
void TstExceptions::downloadFailureEndsMain()
{
    const auto scenario = scenarioWith(R"([
        {"name": "first", "steps": [{"download": {"bytes": 50000, "rate": 100000, "chunk": 5000,
                                                  "drop_after": 20000}}]},
        {"name": "third", "steps": [{"wait": 2}, {"log": "third: done"}]}])");
    cktest::VirtualRun run(scenario, cktest::mode(u"gather"_s));
    QCOMPARE(run.lines(), QStringList());
    QCOMPARE(taskSpan(run, u"first"_s)->state, ck::SpanState::Failed);
    QCOMPARE(taskSpan(run, u"third"_s)->state, ck::SpanState::Cancelled);
    QCOMPARE(run.recorder().info().mainError,
             u"ConnectionError: connection closed after 20000 of 50000 bytes"_s);
    QCOMPARE(run.total(), 0.2);
}

void TstExceptions::narrationSaysWhoRaises()
{
    const auto scenario = scenarioWith(R"([
        {"name": "t", "steps": [{"gather": ["fetch_a", "fetch_b"]}]}])");
    cktest::VirtualRun run(scenario, cktest::mode(u"gather"_s), true);
    const QStringList story =
        ck::NarrationLines::story({&run.recorder()}, {u"gather"_s}, ck::Language::English);
    const QString text = story.join(u'\n');
    QVERIFY2(text.contains(u"t/fetch_b raises ValueError: bad response"_s), qPrintable(text));
    QVERIFY2(text.contains(u"t raises ValueError: bad response"_s), qPrintable(text));
    QVERIFY2(text.contains(u"The exception reaches main(): main() raises ValueError: bad "
                           u"response"_s),
             qPrintable(text));
}

QTEST_GUILESS_MAIN(TstExceptions)
#include "tst_exceptions.moc"
