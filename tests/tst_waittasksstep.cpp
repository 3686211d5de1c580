// Issue 14, item 8: {"wait_tasks": {...}} is `done, pending = await asyncio.wait([...])`, on
// the virtual clock, as CPython 3.11 runs the same program. tests/data/oracle/wait-tasks.json
// (the oracle checks it in every mode) printed by python3.11 (gather mode): failfast: one raised,
// nothing raised here / mirror_us: done / race: first mirror answered / race: done /
// steady: done / steady: done / bounded: timed out, long still pending / Total ... 3.00 seconds

#include "runharness.h"

#include "codegen/pythonprogram.h"
#include "run/idealtime.h"
#include "scenario/scenarioloader.h"
#include "trace/awaittext.h"
#include "trace/recorder.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TstWaitTasksStep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void returnWhenAndPending();
    void refusals();
};

void TstWaitTasksStep::returnWhenAndPending()
{
    const auto scenario = cktest::scenarioNamed(u"oracle/wait-tasks.json"_s);
    cktest::VirtualRun run(scenario, cktest::mode(u"gather"_s));
    QCOMPARE(run.timedLines(),
             (QStringList{u"0.500 failfast: one raised, nothing raised here"_s,
                          u"1.000 mirror_us: done"_s, u"1.000 race: first mirror answered"_s,
                          u"1.250 race: done"_s, u"1.500 steady: done"_s, u"1.500 steady: done"_s,
                          u"2.000 bounded: timed out, long still pending"_s}));
    QCOMPARE(run.total(), 3.0);
    // cancel_pending: the two slower mirrors end cancelled; `long` is cancelled by asyncio.run.
    QCOMPARE(run.span(ck::SpanKind::Routine, u"mirror_eu"_s)->state, ck::SpanState::Cancelled);
    QCOMPARE(run.span(ck::SpanKind::Routine, u"mirror_asia"_s)->state, ck::SpanState::Cancelled);
    QCOMPARE(run.span(ck::SpanKind::Routine, u"long"_s)->state, ck::SpanState::Cancelled);
    QCOMPARE(run.span(ck::SpanKind::Routine, u"broken"_s)->state, ck::SpanState::Failed);
    QCOMPARE(run.span(ck::SpanKind::Task, u"failfast"_s)->state, ck::SpanState::Done);
    QVERIFY(
        run.span(ck::SpanKind::Wait, u"asyncio.wait([mirror_eu(), mirror_us(), mirror_asia()])"_s));
    // FIRST_COMPLETED: the first mirror, 1 s; the others all of theirs, at most the timeout.
    QCOMPARE(ck::IdealTime::of(*scenario, cktest::mode(u"gather"_s)),
             std::chrono::milliseconds(3000));
    QString error;
    const auto program = ck::PythonProgram::generate(*scenario, cktest::mode(u"gather"_s),
                                                     ck::Language::English, 1, &error);
    QVERIFY2(program, qPrintable(error));
    QVERIFY(program->text.contains(
        u"    done, pending = await asyncio.wait([asyncio.create_task(mirror_eu()), "
        "asyncio.create_task(mirror_us()), asyncio.create_task(mirror_asia())], "
        "return_when=asyncio.FIRST_COMPLETED)\n    for task in pending:\n        task.cancel()\n"_s));
    QVERIFY(program->text.contains(u"timeout=2, return_when=asyncio.ALL_COMPLETED)"_s));
}

void TstWaitTasksStep::refusals()
{
    const auto refusalOf = [](const QByteArray &step) {
        return ck::ScenarioLoader::fromJson(
                   R"({"format": "corokitchen-scenario/1", "id": "w", "title": "t",
                       "routines": [{"name": "a", "steps": [{"wait": 1}]}],
                       "tasks": [{"name": "t", "steps": [)" +
                       step + "]}]}",
                   u"t.json"_s)
            .error;
    };
    QCOMPARE(refusalOf(R"({"wait_tasks": {"routines": ["a"], "return_when": "FIRST"}})"),
             u"t.json: tasks[0].steps[0].wait_tasks.return_when: \"return_when\" must be one of "
             "FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, found \"FIRST\""_s);
    QCOMPARE(refusalOf(R"({"wait_tasks": {"routines": ["a"], "cancel_pending": 1}})"),
             u"t.json: tasks[0].steps[0].wait_tasks.cancel_pending: \"cancel_pending\" must be "
             "true or false, found 1"_s);
    QCOMPARE(refusalOf(R"({"wait_tasks": {"routines": ["b"]}})"),
             u"t.json: tasks[0].steps[0].wait_tasks.routines[0]: unknown routine \"b\""_s);
    const auto scenario = cktest::fromJson(
        R"({"format": "corokitchen-scenario/1", "id": "w", "title": "t",
            "routines": [{"name": "a", "steps": [{"wait": 1}]}],
            "tasks": [{"name": "t", "steps": [{"wait_tasks": {"routines": ["a"]}}]}]})");
    QCOMPARE(cktest::mode(u"sync"_s).refusal(*scenario),
             u"tasks[0].steps[0]: asyncio.wait needs an event loop, and sync mode has none"_s);
}

QTEST_GUILESS_MAIN(TstWaitTasksStep)

#include "tst_waittasksstep.moc"
