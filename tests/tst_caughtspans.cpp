// Issue 14's "caught" look, the model's side: the spans a raised exception ended turn
// SpanState::Caught when an except (or except*) clause of the same task catches it, and only
// then, as CPython 3.11 handles it: an uncaught raise, one whose clause does not match, or a
// group that except* takes only part of stay failed; a gathered child that raised stays failed
// in its own lane (its task did fail), while the awaiting side's gather turns caught.

#include "runharness.h"

#include "trace/recorder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using ck::SpanKind;
using ck::SpanState;

namespace {

// flaky() raises ConnectionRefusedError (an OSError) after 0.5 s.
QByteArray scenarioJson(const QByteArray &tasks)
{
    return R"({"format": "corokitchen-scenario/1", "id": "caught", "title": "t",
        "routines": [
            {"name": "flaky", "steps": [{"wait": 0.5},
                {"raise": {"type": "ConnectionRefusedError", "message": "port 80"}}]},
            {"name": "steady", "steps": [{"wait": 1}]}
        ], "tasks": )" +
           tasks + "}";
}

int laneNamed(const ck::Recorder &recorder, const QString &name)
{
    for (std::size_t lane = 0; lane < recorder.lanes().size(); ++lane) {
        if (recorder.lanes()[lane].name == name)
            return int(lane);
    }
    return -1;
}

// The index of the last span of `kind` in the lane called `lane`, or -1.
int spanIn(const ck::Recorder &recorder, const QString &lane, SpanKind kind)
{
    const int index = laneNamed(recorder, lane);
    int found = -1;
    for (int span = index < 0 ? -1 : recorder.firstSpanOf(index); span >= 0;
         span = recorder.nextSpanOf(span)) {
        if (recorder.spans()[std::size_t(span)].kind == kind)
            found = span;
    }
    return found;
}

SpanState stateIn(const ck::Recorder &recorder, const QString &lane, SpanKind kind)
{
    const int span = spanIn(recorder, lane, kind);
    return span < 0 ? SpanState::Running : recorder.spans()[std::size_t(span)].state;
}

// The span of `lane`'s `async with asyncio.TaskGroup()`, or -1.
int groupIn(const ck::Recorder &recorder, const QString &lane)
{
    const int index = laneNamed(recorder, lane);
    for (int span = index < 0 ? -1 : recorder.firstSpanOf(index); span >= 0;
         span = recorder.nextSpanOf(span)) {
        if (ck::AwaitText::ofSpan(recorder, recorder.spans()[std::size_t(span)])
                .startsWith(u"asyncio.TaskGroup("_s))
            return span;
    }
    return -1;
}

QString caughtByIn(const ck::Recorder &recorder, const QString &lane, SpanKind kind)
{
    const QString *clause = recorder.caughtBy(spanIn(recorder, lane, kind));
    return clause ? *clause : QString();
}

// A span recorded ended, as a run recorded elsewhere has them: its index in `recorder`.
int ended(ck::Recorder &recorder, int lane, int depth, SpanKind kind, std::chrono::nanoseconds end,
          SpanState state, const QString &reason = {})
{
    ck::Span span;
    span.lane = lane;
    span.depth = std::int16_t(depth);
    span.kind = kind;
    span.end = span.wallEnd = end;
    span.state = state;
    return recorder.beginSpan(span, {}, reason);
}

} // namespace

class TstCaughtSpans : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caughtOnlyWhereAClauseCaughtIt();
    void gatheredChildStaysFailedItsAwaiterCaught();
    void exceptStarCatchesOnlyWhatItTookWhole();
    void tryExceptOracleScenario();
    void markCaughtKeepsToItsLaneReasonAndDownloads();
};

// t catches flaky's OSError: flaky's span turns caught, the sleep in it stays done, t is done.
// u has no try, v's clause is for ValueError: flaky fails there and so do their tasks.
void TstCaughtSpans::caughtOnlyWhereAClauseCaughtIt()
{
    const auto scenario = cktest::fromJson(scenarioJson(R"([
        {"name": "t", "steps": [{"try": {"steps": [{"call": "flaky"}],
            "except": [{"type": "OSError", "steps": [{"log": "caught"}]}]}}]},
        {"name": "u", "steps": [{"call": "flaky"}]},
        {"name": "v", "steps": [{"try": {"steps": [{"call": "flaky"}],
            "except": [{"type": "ValueError", "steps": [{"log": "never"}]}]}}]}])")
                                               .constData());
    cktest::VirtualRun run(scenario, cktest::mode(u"create-task"_s));
    const ck::Recorder &recorder = run.recorder();
    QCOMPARE(stateIn(recorder, u"t"_s, SpanKind::Routine), SpanState::Caught);
    QCOMPARE(caughtByIn(recorder, u"t"_s, SpanKind::Routine), u"except OSError"_s);
    const int caught = spanIn(recorder, u"t"_s, SpanKind::Routine);
    QCOMPARE(recorder.reasonOf(caught), u"ConnectionRefusedError: port 80"_s);
    QCOMPARE(recorder.spans()[std::size_t(caught)].end, std::chrono::nanoseconds(500ms));
    QCOMPARE(stateIn(recorder, u"t"_s, SpanKind::Wait), SpanState::Done);
    QCOMPARE(stateIn(recorder, u"t"_s, SpanKind::Task), SpanState::Done);
    for (const QString &lane : {u"u"_s, u"v"_s}) {
        QCOMPARE(stateIn(recorder, lane, SpanKind::Routine), SpanState::Failed);
        QCOMPARE(caughtByIn(recorder, lane, SpanKind::Routine), QString());
        QCOMPARE(stateIn(recorder, lane, SpanKind::Task), SpanState::Failed);
    }
    QVERIFY(recorder.anyCaught());
}

// A gathered child's task did fail: its lane stays failed, and its sibling goes on (t sleeps
// until it is done). The gather that raised its exception in t, where the except caught it,
// ends caught.
void TstCaughtSpans::gatheredChildStaysFailedItsAwaiterCaught()
{
    const auto scenario = cktest::fromJson(scenarioJson(R"([
        {"name": "t", "steps": [{"try": {"steps": [{"gather": ["flaky", "steady"]}],
            "except": [{"type": "ConnectionError", "steps": [{"wait": 1}]}]}}]}])")
                                               .constData());
    cktest::VirtualRun run(scenario, cktest::mode(u"gather"_s));
    const ck::Recorder &recorder = run.recorder();
    QCOMPARE(stateIn(recorder, u"t/flaky"_s, SpanKind::Routine), SpanState::Failed);
    QCOMPARE(stateIn(recorder, u"t/steady"_s, SpanKind::Routine), SpanState::Done);
    const int gather = recorder.nextSpanOf(recorder.firstSpanOf(laneNamed(recorder, u"t"_s)));
    QCOMPARE(recorder.spans().at(std::size_t(gather)).kind, SpanKind::Wait);
    QCOMPARE(recorder.spans().at(std::size_t(gather)).state, SpanState::Caught);
    QCOMPARE(*recorder.caughtBy(gather), u"except ConnectionError"_s);
    QCOMPARE(stateIn(recorder, u"t"_s, SpanKind::Wait), SpanState::Done); // the clause's sleep
    QCOMPARE(stateIn(recorder, u"t"_s, SpanKind::Task), SpanState::Done);
}

// except* (tests/data/oracle/except-star.json): t_both's clauses take the whole group; t_partial
// takes only its ValueError and the TypeError goes on (the task fails); t_nested's inner except*
// takes part and the outer except catches the rest; t_handler's except* handler raises a new
// group that an outer except catches: in all but t_partial the exception was handled.
void TstCaughtSpans::exceptStarCatchesOnlyWhatItTookWhole()
{
    cktest::VirtualRun run(cktest::scenarioNamed(u"oracle/except-star.json"_s),
                           cktest::mode(u"gather"_s));
    const ck::Recorder &recorder = run.recorder();
    const auto groupState = [&](const QString &lane) {
        const int group = groupIn(recorder, lane);
        return group < 0 ? SpanState::Running : recorder.spans()[std::size_t(group)].state;
    };
    const auto groupCaughtBy = [&](const QString &lane) {
        const QString *clause = recorder.caughtBy(groupIn(recorder, lane));
        return clause ? *clause : QString();
    };
    QCOMPARE(groupState(u"t_both"_s), SpanState::Caught);
    QCOMPARE(groupCaughtBy(u"t_both"_s), u"except* TypeError, except* ValueError"_s);
    QCOMPARE(stateIn(recorder, u"t_both/bad_value"_s, SpanKind::Routine), SpanState::Failed);
    QCOMPARE(groupState(u"t_partial"_s), SpanState::Failed);
    QCOMPARE(groupCaughtBy(u"t_partial"_s), QString());
    QCOMPARE(stateIn(recorder, u"t_partial"_s, SpanKind::Task), SpanState::Failed);
    QCOMPARE(groupState(u"t_nested"_s), SpanState::Caught);
    QCOMPARE(groupCaughtBy(u"t_nested"_s), u"except ExceptionGroup"_s);
    QCOMPARE(groupState(u"t_nested/inner_group"_s), SpanState::Failed);
    QCOMPARE(groupState(u"t_handler"_s), SpanState::Caught);
    QCOMPARE(groupCaughtBy(u"t_handler"_s), u"except Exception"_s);
}

// tests/data/oracle/try-except.json: guarded's call of flaky is caught by its second clause;
// rethrows's inner except raises again and nothing catches that (its task fails); what a
// finally raised in place of the body's exception is what `two` catches.
void TstCaughtSpans::tryExceptOracleScenario()
{
    cktest::VirtualRun run(cktest::scenarioNamed(u"oracle/try-except.json"_s),
                           cktest::mode(u"gather"_s));
    const ck::Recorder &recorder = run.recorder();
    const int flaky = spanIn(recorder, u"one"_s, SpanKind::Routine); // after guarded
    QCOMPARE(recorder.nameOf(flaky), u"flaky"_s);
    QCOMPARE(recorder.spans()[std::size_t(flaky)].state, SpanState::Caught);
    QCOMPARE(*recorder.caughtBy(flaky), u"except (TypeError, OSError)"_s);
    const int guarded = recorder.nextSpanOf(recorder.firstSpanOf(laneNamed(recorder, u"one"_s)));
    QCOMPARE(recorder.nameOf(guarded), u"guarded"_s);
    QCOMPARE(recorder.spans()[std::size_t(guarded)].state, SpanState::Done);
    QCOMPARE(stateIn(recorder, u"two/rethrows"_s, SpanKind::Routine), SpanState::Failed);
    QCOMPARE(stateIn(recorder, u"two"_s, SpanKind::Routine), SpanState::Caught); // replaced
    QCOMPARE(caughtByIn(recorder, u"two"_s, SpanKind::Routine), u"except ArithmeticError"_s);
}

// Recorder::markCaught turns only the failed spans of its lane from `firstSpan` on whose reason
// is the exception caught; a Download keeps its failure. until() keeps the clause.
void TstCaughtSpans::markCaughtKeepsToItsLaneReasonAndDownloads()
{
    ck::Recorder recorder;
    recorder.addLane({u"t"_s, -1, 0});
    recorder.addLane({u"u"_s, -1, 0});
    const QString raised = u"ValueError: bad response"_s;
    const int before = ended(recorder, 0, 1, SpanKind::Routine, 1s, SpanState::Failed,
                             raised); // before the try
    const int first = ended(recorder, 0, 1, SpanKind::Routine, 2s, SpanState::Failed, raised);
    const int inner = ended(recorder, 0, 2, SpanKind::Routine, 2s, SpanState::Failed, raised);
    const int other =
        ended(recorder, 0, 1, SpanKind::Routine, 2s, SpanState::Failed, u"TypeError: no"_s);
    const int download = ended(recorder, 0, 2, SpanKind::Download, 2s, SpanState::Failed, raised);
    const int elsewhere = ended(recorder, 1, 1, SpanKind::Routine, 2s, SpanState::Failed, raised);
    const int done = ended(recorder, 0, 1, SpanKind::Wait, 2s, SpanState::Done);
    QVERIFY(!recorder.anyCaught());
    recorder.markCaught(0, first, raised, u"except ValueError"_s);
    const auto stateOf = [&](int span) { return recorder.spans()[std::size_t(span)].state; };
    QCOMPARE(stateOf(before), SpanState::Failed);
    QCOMPARE(stateOf(first), SpanState::Caught);
    QCOMPARE(stateOf(inner), SpanState::Caught);
    QCOMPARE(stateOf(other), SpanState::Failed);
    QCOMPARE(stateOf(download), SpanState::Failed);
    QCOMPARE(stateOf(elsewhere), SpanState::Failed);
    QCOMPARE(stateOf(done), SpanState::Done);
    QCOMPARE(recorder.reasonOf(first), raised);
    QVERIFY(recorder.anyCaught());
    QCOMPARE(*recorder.caughtBy(inner), u"except ValueError"_s);
    QCOMPARE(recorder.caughtBy(other), nullptr);

    const ck::Recorder past = recorder.until(3s, 0);
    QCOMPARE(past.spans()[std::size_t(first)].state, SpanState::Caught);
    QVERIFY(past.caughtBy(first) && *past.caughtBy(first) == u"except ValueError"_s);
    QVERIFY(past.anyCaught());
    const ck::Recorder earlier = recorder.until(1500ms, 0); // `first` still open then
    QCOMPARE(earlier.caughtBy(first), nullptr);
    QVERIFY(!earlier.anyCaught());
}

QTEST_GUILESS_MAIN(TstCaughtSpans)
#include "tst_caughtspans.moc"
