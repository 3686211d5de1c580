// Issue 14, item 8: {"as_completed": {"routines": [...], "as": "result", "steps": [...]}} is
//     for next_done in asyncio.as_completed([a(), b(), c()]):
//         result = await next_done
// on the virtual clock, as CPython 3.11 runs the same program. tests/data/oracle/as-completed.json
// printed by python3.11 (`corokitchen code ... --mode create-task | python3.11`, three runs alike):
//   failing: caught / b: answered / got B / c: answered / got C / a: answered / got A /
//   quick: answered / one more / slow: still ran / b: answered / one more / handler: done /
//   Total execution time : 4.52 seconds
// (the oracle checks it in every mode). CPython starts the tasks in the order of a set of
// coroutine objects, so the scenario prints nothing before their first await.

#include "runharness.h"

#include "codegen/pythonprogram.h"
#include "run/idealtime.h"
#include "scenario/scenarioloader.h"
#include "teach/narrationlines.h"
#include "trace/awaittext.h"
#include "trace/recorder.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr const char *kRoutines = R"(
    "routines": [
        {"name": "a", "steps": [{"wait": 3}, {"return": "A"}]},
        {"name": "b", "steps": [{"wait": 1}, {"return": "B"}]},
        {"name": "c", "steps": [{"wait": 2}, {"return": "C"}]}
    ],)";

QByteArray scenarioJson(const QByteArray &tasks)
{
    return R"({"format": "corokitchen-scenario/1", "id": "ac", "title": "t",)" +
           QByteArray(kRoutines) + R"("tasks": )" + tasks + "}";
}

QString refusalOf(const QByteArray &tasks)
{
    return ck::ScenarioLoader::fromJson(scenarioJson(tasks), u"t.json"_s).error;
}

} // namespace

class TstAsCompletedStep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultsInTheOrderTheyFinish();
    void whatTheViewsSay();
    void idealTime();
    void refusals();
    void pythonProgram();
};

void TstAsCompletedStep::resultsInTheOrderTheyFinish()
{
    cktest::VirtualRun run(cktest::scenarioNamed(u"oracle/as-completed.json"_s),
                           cktest::mode(u"create-task"_s));
    QCOMPARE(run.timedLines(),
             (QStringList{u"0.500 failing: caught"_s, u"1.000 b: answered"_s, u"1.000 got B"_s,
                          u"2.000 c: answered"_s, u"2.000 got C"_s, u"3.000 a: answered"_s,
                          u"3.000 got A"_s, u"3.750 quick: answered"_s, u"3.750 one more"_s,
                          u"4.000 slow: still ran"_s, u"4.500 b: answered"_s, u"4.500 one more"_s,
                          u"4.500 handler: done"_s}));
    QCOMPARE(run.total(), 4.5);
    // The loop that raised left `slow` and `forgotten` running: slow ended on its own, and
    // asyncio.run cancelled forgotten at the end.
    QCOMPARE(run.span(ck::SpanKind::Routine, u"slow"_s)->state, ck::SpanState::Done);
    QCOMPARE(run.span(ck::SpanKind::Routine, u"forgotten"_s)->state, ck::SpanState::Cancelled);
    QCOMPARE(run.span(ck::SpanKind::Routine, u"broken"_s)->state, ck::SpanState::Failed);
    QCOMPARE(run.span(ck::SpanKind::Task, u"failing"_s)->state, ck::SpanState::Done);
    // Each routine on a lane of its own, under the task that awaits it.
    QStringList lanes;
    for (const ck::Lane &lane : run.recorder().lanes())
        lanes << lane.name;
    QVERIFY2(lanes.contains(u"handler/a"_s) && lanes.contains(u"failing/forgotten"_s),
             qPrintable(lanes.join(u", ")));
}

// Every `await next_done` reads asyncio.as_completed([...]) in the event-loop view and on the
// timeline; the loop event of each round says which routine finished and what it returned.
void TstAsCompletedStep::whatTheViewsSay()
{
    const auto scenario = cktest::fromJson(scenarioJson(R"([{"name": "t", "steps": [
        {"as_completed": {"routines": ["a", "b", "c"], "as": "r", "steps": [{"log": {"f": "{r}"}}]}}]}])")
                                               .constData());
    cktest::VirtualRun run(scenario, cktest::mode(u"gather"_s), true);
    QCOMPARE(run.lines(), (QStringList{u"B"_s, u"C"_s, u"A"_s}));
    const QString text = u"asyncio.as_completed([a(), b(), c()])"_s;
    int suspended = 0;
    QStringList returned;
    for (const ck::LoopEvent &event : run.recorder().loopEvents()) {
        if (event.kind == ck::LoopEvent::Kind::Suspended && event.lane == 0) {
            QCOMPARE(ck::AwaitText::ofEvent(run.recorder(), event), text);
            ++suspended;
        }
        if (event.kind == ck::LoopEvent::Kind::Returned && event.lane == 0)
            returned << event.detail + u' ' + event.value.english();
    }
    QCOMPARE(suspended, 3);
    QCOMPARE(returned, (QStringList{u"b 'B'"_s, u"c 'C'"_s, u"a 'A'"_s}));
    int awaits = 0;
    for (const ck::Span &span : run.recorder().spans()) {
        if (span.kind == ck::SpanKind::Wait && span.lane == 0) {
            QCOMPARE(ck::AwaitText::ofSpan(run.recorder(), span), text);
            ++awaits;
        }
    }
    QCOMPARE(awaits, 3);
    // The narration tells each round (its Korean is in the catalogue: tst_translations).
    const QStringList english =
        ck::NarrationLines::story({&run.recorder()}, {u"gather"_s}, ck::Language::English);
    QVERIFY(english.contains(u"[ 1.000 s] b is the next to finish; t handles its result, 'B'."_s));
    QVERIFY(english.contains(
        u"[ 0.000 s] t is suspended at await next_done of asyncio.as_completed([a(), b(), c()]) "
        "until the next of them is done; the loop starts t/a."_s));
}

// Finished at 1, 2 and 3 s, each handled for 0.5 s: 1.5, 2.5, then 3.5.
void TstAsCompletedStep::idealTime()
{
    const auto scenario = cktest::fromJson(scenarioJson(R"([{"name": "t", "steps": [
        {"as_completed": {"routines": ["a", "b", "c"], "steps": [{"wait": 0.5}]}}]}])")
                                               .constData());
    QCOMPARE(ck::IdealTime::of(*scenario, cktest::mode(u"gather"_s)),
             std::chrono::milliseconds(3500));
    cktest::VirtualRun run(scenario, cktest::mode(u"gather"_s));
    QCOMPARE(run.total(), 3.5);
}

void TstAsCompletedStep::refusals()
{
    QCOMPARE(refusalOf(R"([{"name": "t", "steps": [{"as_completed": {"routines": ["a", "x"],
        "steps": []}}]}])"),
             u"t.json: tasks[0].steps[0].as_completed.routines[1]: unknown routine \"x\""_s);
    QCOMPARE(refusalOf(R"([{"name": "t", "steps": [{"as_completed": {"routines": [],
        "steps": []}}]}])"),
             u"t.json: tasks[0].steps[0].as_completed.routines: \"routines\" must be an array of "
             "1 to 1000 routine names, found an array"_s);
    QCOMPARE(refusalOf(R"([{"name": "t", "steps": [{"as_completed": {"routines": ["a"],
        "steps": [{"call": {"routine": "b", "as": "x"}}]}}]}])"),
             u"t.json: tasks[0].steps[0].as_completed.steps[0].call: values bound or returned "
             "inside a loop are not followed yet: use them outside it"_s);
    const auto scenario = cktest::fromJson(scenarioJson(R"([{"name": "t", "steps": [
        {"as_completed": {"routines": ["a"], "steps": []}}]}])")
                                               .constData());
    QCOMPARE(cktest::mode(u"sync"_s).refusal(*scenario),
             u"tasks[0].steps[0]: asyncio.as_completed needs an event loop, and sync mode has "
             "none"_s);
}

void TstAsCompletedStep::pythonProgram()
{
    const auto scenario = cktest::scenarioNamed(u"oracle/as-completed.json"_s);
    QString error;
    const auto program = ck::PythonProgram::generate(*scenario, cktest::mode(u"gather"_s),
                                                     ck::Language::English, 1, &error);
    QVERIFY2(program, qPrintable(error));
    QVERIFY(program->text.contains(u"    for next_done in asyncio.as_completed([a(), b(), c()]):\n"
                                   "        result = await next_done\n"
                                   "        print(f\"got {result}\")\n"_s));
    QVERIFY(program->text.contains(u"    for next_done in asyncio.as_completed([b(), quick()]):\n"
                                   "        await next_done\n"_s));
}

QTEST_GUILESS_MAIN(TstAsCompletedStep)

#include "tst_ascompletedstep.moc"
