// Issue 14, item 4: {"wait_for": {"routine": r, "timeout": s}} on the virtual clock, as CPython
// 3.11 runs the same program. Read off python3.11 (asyncio.run, real clock, times / 10):
//
//     async def slow_page():
//         await asyncio.wait_for(slow_api(), timeout=3); log("slow_page: never printed")
//     await asyncio.gather(quick_page(), slow_page())   # fast_api: 1 s under a timeout of 2
//
//     0.00 fast_api: request sent
//     0.00 slow_api: request sent
//     0.11 fast_api: response received
//     0.11 quick_page: shown
//     0.31 slow_api: cancelled          (its CancelledError, caught and re-raised to see it)
//     Traceback (most recent call last): ... raise exceptions.TimeoutError() from exc
//     TimeoutError

#include <QTest>

#include "codegen/pythonprogram.h"
#include "runharness.h"
#include "teach/narrationlines.h"
#include "trace/awaittext.h"
#include "trace/recorder.h"

using namespace Qt::StringLiterals;

namespace {

constexpr const char *kRoutines = R"(
    "routines": [
        {"name": "fast_api", "steps": [{"log": "fast_api: request sent"}, {"wait": 1},
                                       {"log": "fast_api: response received"}]},
        {"name": "slow_api", "steps": [{"log": "slow_api: request sent"}, {"wait": 5},
                                       {"log": "slow_api: response received"}]}
    ],)";

constexpr const char *kPages = R"([
    {"name": "quick_page", "steps": [{"wait_for": {"routine": "fast_api", "timeout": 2}},
                                     {"log": "quick_page: shown"}]},
    {"name": "slow_page", "steps": [{"wait_for": {"routine": "slow_api", "timeout": 3}},
                                    {"log": "slow_page: never printed"}]}])";

std::shared_ptr<const ck::Scenario> scenarioWith(const QByteArray &tasks)
{
    const QByteArray json = R"({"format": "corokitchen-scenario/1", "id": "waits", "title": "t",)" +
                            QByteArray(kRoutines) + R"("tasks": )" + tasks + "}";
    return cktest::fromJson(json.constData());
}

double seconds(std::chrono::nanoseconds time)
{
    return std::chrono::duration<double>(time).count();
}

// The Wait span of a wait_for: the one whose label AwaitText reads as wait_for.
const ck::Span *waitForSpan(const cktest::FinishedRun &run, const QString &text)
{
    for (const ck::Span &span : run.recorder().spans())
        if (span.kind == ck::SpanKind::Wait && ck::AwaitText::ofSpan(run.recorder(), span) == text)
            return &span;
    return nullptr;
}

} // namespace

class TstWaitForStep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeoutCancelsTheRoutineAndRaisesInTheCaller();
    void inTimeItReturns();
    void timelineAndLoopViewReadWaitFor();
    void narrationSaysItTimedOut();
    void syncModeRefuses();
    void pythonProgramCallsWaitFor();
};

// The lesson's shape in gather mode: slow_api is cancelled at 3 s (never prints its response),
// slow_page fails with TimeoutError there, main()'s gather raises it and the program ends.
void TstWaitForStep::timeoutCancelsTheRoutineAndRaisesInTheCaller()
{
    cktest::VirtualRun run(scenarioWith(kPages), cktest::mode(u"gather"_s));
    QCOMPARE(run.timedLines(),
             (QStringList{u"0.000 fast_api: request sent"_s, u"0.000 slow_api: request sent"_s,
                          u"1.000 fast_api: response received"_s, u"1.000 quick_page: shown"_s}));
    const ck::Span *page = run.span(ck::SpanKind::Task, u"slow_page"_s);
    QVERIFY(page);
    QCOMPARE(page->state, ck::SpanState::Failed);
    QCOMPARE(run.reasonOf(page), u"TimeoutError"_s);
    QCOMPARE(seconds(page->end), 3.0);
    const ck::Span *routine = run.span(ck::SpanKind::Routine, u"slow_api"_s);
    QVERIFY(routine);
    QCOMPARE(routine->state, ck::SpanState::Cancelled);
    QCOMPARE(seconds(routine->end), 3.0);
    // Its sleep is cut at the deadline, drawn cancelled; none of its spans is left open.
    for (const ck::Span &span : run.recorder().spans()) {
        QVERIFY(span.end.count() >= 0);
        if (span.lane == routine->lane && span.kind == ck::SpanKind::Wait)
            QCOMPARE(span.state, ck::SpanState::Cancelled);
    }
    QCOMPARE(run.span(ck::SpanKind::Task, u"quick_page"_s)->state, ck::SpanState::Done);
    QCOMPARE(run.recorder().info().mainError, u"TimeoutError"_s);
}

// Within its timeout the routine's end resumes the caller, which goes on; main() returns.
void TstWaitForStep::inTimeItReturns()
{
    cktest::VirtualRun run(scenarioWith(R"([{"name": "quick_page", "steps": [
        {"wait_for": {"routine": "fast_api", "timeout": 2}}, {"log": "quick_page: shown"}]}])"),
                           cktest::mode(u"sequential"_s));
    QCOMPARE(run.timedLines(),
             (QStringList{u"0.000 fast_api: request sent"_s, u"1.000 fast_api: response received"_s,
                          u"1.000 quick_page: shown"_s}));
    QCOMPARE(run.span(ck::SpanKind::Routine, u"fast_api"_s)->state, ck::SpanState::Done);
    QVERIFY(run.recorder().info().mainError.isEmpty());
    QCOMPARE(run.total(), 1.0);
}

void TstWaitForStep::timelineAndLoopViewReadWaitFor()
{
    cktest::VirtualRun run(scenarioWith(kPages), cktest::mode(u"gather"_s), true);
    const ck::Span *wait = waitForSpan(run, u"asyncio.wait_for(slow_api(), timeout=3)"_s);
    QVERIFY(wait);
    QCOMPARE(wait->state, ck::SpanState::TimedOut);
    QCOMPARE(run.reasonOf(wait), u"TimeoutError"_s);
    QVERIFY(waitForSpan(run, u"asyncio.wait_for(fast_api(), timeout=2)"_s));
    bool suspended = false;
    for (const ck::LoopEvent &event : run.recorder().loopEvents())
        suspended |= ck::AwaitText::ofEvent(run.recorder(), event) ==
                     u"asyncio.wait_for(slow_api(), timeout=3)"_s;
    QVERIFY(suspended);
}

void TstWaitForStep::narrationSaysItTimedOut()
{
    cktest::VirtualRun run(scenarioWith(kPages), cktest::mode(u"gather"_s), true);
    const QString text =
        ck::NarrationLines::story({&run.recorder()}, {u"gather"_s}, ck::Language::English)
            .join(u'\n');
    QVERIFY2(text.contains(u"asyncio.wait_for wraps slow_page/slow_api in a task of its own"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"slow_page is suspended at await asyncio.wait_for(slow_api(), "
                           u"timeout=3): if the routine has not ended in 3.000 s"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"slow_page/slow_api is cancelled: its wait_for's timeout has passed"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"slow_page raises TimeoutError"_s), qPrintable(text));
}

void TstWaitForStep::syncModeRefuses()
{
    const QString refusal = cktest::mode(u"sync"_s).refusal(*scenarioWith(kPages));
    QVERIFY2(refusal.contains(u"tasks[0].steps[0]"_s), qPrintable(refusal));
    QVERIFY2(refusal.contains(u"sync mode has none"_s), qPrintable(refusal));
    QVERIFY(cktest::mode(u"sequential"_s).refusal(*scenarioWith(kPages)).isEmpty());
}

void TstWaitForStep::pythonProgramCallsWaitFor()
{
    QString error;
    const auto program = ck::PythonProgram::generate(
        *scenarioWith(kPages), cktest::mode(u"gather"_s), ck::Language::English, 1.0, &error);
    QVERIFY2(program, qPrintable(error));
    QVERIFY2(program->text.contains(u"await asyncio.wait_for(slow_api(), timeout=3)"_s),
             qPrintable(program->text));
}

QTEST_GUILESS_MAIN(TstWaitForStep)
#include "tst_waitforstep.moc"
