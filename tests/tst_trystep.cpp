// Issue 14, item 2: try / except / finally around steps, on the virtual clock, as CPython 3.11
// runs the same program (each expectation was read off `corokitchen code ... | python3.11`; the
// oracle checks tests/data/oracle/try-except.json in every mode). Also the blocks of steps a
// step holds: their refusals' paths, their place in the generated code and in the run.

#include "runharness.h"

#include "codegen/pythonprogram.h"
#include "coro/exceptiontypes.h"
#include "coro/pythonexception.h"
#include "scenario/scenarioloader.h"
#include "scenario/stepfinder.h"
#include "trace/recorder.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// flaky() raises ConnectionRefusedError after 0.5 s; `guarded` catches it as an OSError.
constexpr const char *kRoutines = R"(
    "routines": [
        {"name": "flaky", "steps": [{"log": "flaky: connecting"}, {"wait": 0.5},
            {"raise": {"type": "ConnectionRefusedError", "message": "port 80"}}]}
    ],)";

QByteArray scenarioJson(const QByteArray &tasks)
{
    return R"({"format": "corokitchen-scenario/1", "id": "tries", "title": "t",)" +
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

// {"try": ...} nested `depth` deep around one log step.
QByteArray nestedTries(int depth)
{
    QByteArray steps = R"([{"log": "deep"}])";
    for (int i = 0; i < depth; ++i)
        steps = R"([{"try": {"steps": )" + steps + R"(, "finally": []}}])";
    return R"([{"name": "t", "steps": )" + steps + "}]";
}

} // namespace

class TstTryStep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clauseCatchesASubclass();
    void finallyRunsAndTheErrorGoesOn();
    void finallyReplacesTheError();
    void exceptionClasses();
    void refusalsNameTheNestedPlace();
    void nestingIsBounded();
    void nestedStepsHaveTheirOwnLines();
};

// python3.11: 0.000 flaky: connecting / 0.500 caught / 0.750 finally / 0.750 goes on.
void TstTryStep::clauseCatchesASubclass()
{
    const auto scenario = scenarioWith(R"([{"name": "t", "steps": [
        {"try": {"steps": [{"call": "flaky"}, {"log": "never printed"}],
                 "except": [{"type": "ValueError", "steps": [{"log": "wrong clause"}]},
                            {"type": ["TypeError", "OSError"],
                             "steps": [{"log": "caught"}, {"wait": 0.25}]}],
                 "finally": [{"log": "finally"}]}},
        {"log": "goes on"}]}])");
    cktest::VirtualRun run(scenario, cktest::mode(u"sequential"_s), true);
    QCOMPARE(run.timedLines(), (QStringList{u"0.000 flaky: connecting"_s, u"0.500 caught"_s,
                                            u"0.750 finally"_s, u"0.750 goes on"_s}));
    const ck::Span *task = run.span(ck::SpanKind::Task, u"t"_s);
    QVERIFY(task);
    QCOMPARE(task->state, ck::SpanState::Done);
    const ck::Span *routine = run.span(ck::SpanKind::Routine, u"flaky"_s);
    QVERIFY(routine);
    QCOMPARE(routine->state, ck::SpanState::Caught); // it raised, and the except caught that
    QVERIFY(run.recorder().info().mainError.isEmpty());
    const auto &events = run.recorder().loopEvents();
    const auto caught = std::find_if(events.begin(), events.end(), [](const ck::LoopEvent &e) {
        return e.kind == ck::LoopEvent::Kind::Caught;
    });
    QVERIFY(caught != events.end());
    QCOMPARE(caught->detail, u"ConnectionRefusedError: port 80"_s);
    QCOMPARE(caught->location, ck::CodeLocation::task(0, 0));
}

// python3.11: 1.000 inner: caught / 1.000 inner: finally / 1.500 outer: finally, then the
// task fails with RuntimeError: page lost (the exception the clause raised).
void TstTryStep::finallyRunsAndTheErrorGoesOn()
{
    const auto scenario = scenarioWith(R"([{"name": "t", "steps": [
        {"try": {"steps": [
            {"try": {"steps": [{"wait": 1}, {"raise": {"type": "IndexError", "message": "x"}}],
                     "except": [{"type": "LookupError", "steps": [{"log": "inner: caught"},
                         {"raise": {"type": "RuntimeError", "message": "page lost"}}]}],
                     "finally": [{"log": "inner: finally"}]}}],
                 "finally": [{"wait": 0.5}, {"log": "outer: finally"}]}},
        {"log": "never printed"}]}])");
    cktest::VirtualRun run(scenario, cktest::mode(u"gather"_s));
    QCOMPARE(run.timedLines(), (QStringList{u"1.000 inner: caught"_s, u"1.000 inner: finally"_s,
                                            u"1.500 outer: finally"_s}));
    const ck::Span *task = run.span(ck::SpanKind::Task, u"t"_s);
    QVERIFY(task);
    QCOMPARE(task->state, ck::SpanState::Failed);
    QCOMPARE(run.reasonOf(task), u"RuntimeError: page lost"_s);
    QCOMPARE(run.recorder().info().mainError, u"RuntimeError: page lost"_s);
}

// python3.11: the exception raised in `finally` is the one the caller sees.
void TstTryStep::finallyReplacesTheError()
{
    const auto scenario = scenarioWith(R"([{"name": "t", "steps": [
        {"try": {"steps": [{"raise": {"type": "ValueError", "message": "first"}}],
                 "finally": [{"raise": {"type": "ZeroDivisionError", "message": "second"}}]}}]}])");
    cktest::VirtualRun run(scenario, cktest::mode(u"sync"_s));
    QCOMPARE(run.recorder().info().mainError, u"ZeroDivisionError: second"_s);
}

// Python 3.11's classes: `except OSError` catches ConnectionRefusedError and TimeoutError, not
// ValueError; `except Exception` does not catch asyncio.CancelledError.
void TstTryStep::exceptionClasses()
{
    using ck::ExceptionTypes;
    QVERIFY(ExceptionTypes::isA(u"ConnectionRefusedError"_s, u"OSError"_s));
    QVERIFY(ExceptionTypes::isA(u"TimeoutError"_s, u"OSError"_s));
    QVERIFY(ExceptionTypes::isA(u"NotImplementedError"_s, u"RuntimeError"_s));
    QVERIFY(!ExceptionTypes::isA(u"ValueError"_s, u"OSError"_s));
    QVERIFY(!ExceptionTypes::isA(u"CancelledError"_s, u"Exception"_s));
    QVERIFY(ExceptionTypes::isA(u"CancelledError"_s, u"BaseException"_s));
    const auto raised = std::make_exception_ptr(ck::PythonException(u"IndexError"_s, u"x"_s));
    QVERIFY(ExceptionTypes::catches(raised, {u"TypeError"_s, u"LookupError"_s}));
    QVERIFY(!ExceptionTypes::catches(raised, {u"TypeError"_s}));
    QVERIFY(!ExceptionTypes::catches(std::make_exception_ptr(std::runtime_error("app")),
                                     {u"BaseException"_s}));
}

void TstTryStep::refusalsNameTheNestedPlace()
{
    QCOMPARE(refusalOf(R"([{"name": "t", "steps": [{"try": {"steps": []}}]}])"),
             u"t.json: tasks[0].steps[0].try: a try needs \"except\" or \"finally\" (or both), "
             "as in Python"_s);
    QVERIFY(refusalOf(R"([{"name": "t", "steps": [{"try": {"steps": [],
        "except": [{"type": "KeyError", "steps": []}]}}]}])")
                .startsWith(u"t.json: tasks[0].steps[0].try.except[0].type: \"type\" must be an "
                            "exception class among BaseException, "_s));
    QCOMPARE(refusalOf(R"([{"name": "t", "steps": [{"try": {"steps": [],
        "except": [{"type": "OSError", "steps": [{"log": "a"}, {"call": "nobody"}]}]}}]}])"),
             u"t.json: tasks[0].steps[0].try.except[0].steps[1]: unknown routine \"nobody\""_s);
    QCOMPARE(refusalOf(R"([{"name": "t", "steps": [{"try": {"steps": [],
        "finally": [{"wait": "soon"}]}}]}])"),
             u"t.json: tasks[0].steps[0].try.finally[0]: \"wait\" must be a number of seconds"_s);
    // A nested step is found where the file has it (the preflight names it so).
    const auto scenario = scenarioWith(R"([{"name": "t", "steps": [{"log": "a"},
        {"try": {"steps": [{"log": "b"}], "finally": [{"call": "flaky"}]}}]}])");
    QCOMPARE(ck::StepFinder::firstWhere(
                 *scenario, [](const ck::Step &step) { return step.kind == ck::Step::Kind::Call; }),
             u"tasks[0].steps[1].try.finally[0]"_s);
}

void TstTryStep::nestingIsBounded()
{
    QVERIFY(ck::ScenarioLoader::fromJson(scenarioJson(nestedTries(16)), u"t.json"_s).ok());
    const QString refusal = refusalOf(nestedTries(17));
    QVERIFY2(refusal.endsWith(u"try.steps: blocks nest too deep (the limit is 16)"_s),
             qPrintable(refusal));
}

// Steps in blocks are numbered in the order of their lines (Step::order): the location of
// `print("caught")` is step 3 of the task, and the run's Caught event is at the try's line.
void TstTryStep::nestedStepsHaveTheirOwnLines()
{
    const auto scenario = scenarioWith(R"([{"name": "t", "steps": [{"log": "first"},
        {"try": {"steps": [{"call": "flaky"}],
                 "except": [{"type": "Exception", "steps": [{"log": "caught"}]}]}},
        {"log": "last"}]}])");
    QString error;
    const auto program = ck::PythonProgram::generate(*scenario, cktest::mode(u"gather"_s),
                                                     ck::Language::English, 1, &error);
    QVERIFY2(program, qPrintable(error));
    const QStringList lines = program->text.split(u'\n');
    const auto lineAt = [&](int step) {
        return lines.at(program->lines.lineOf(ck::CodeLocation::task(0, step)) - 1).trimmed();
    };
    QCOMPARE(lineAt(0), u"print(\"first\")"_s);
    QCOMPARE(lineAt(1), u"try:"_s);
    QCOMPARE(lineAt(2), u"await flaky()"_s);
    QCOMPARE(lineAt(3), u"print(\"caught\")"_s);
    QCOMPARE(lineAt(4), u"print(\"last\")"_s);
    cktest::VirtualRun run(scenario, cktest::mode(u"gather"_s));
    QCOMPARE(run.timedLines(), (QStringList{u"0.000 first"_s, u"0.000 flaky: connecting"_s,
                                            u"0.500 caught"_s, u"0.500 last"_s}));
}

QTEST_GUILESS_MAIN(TstTryStep)

#include "tst_trystep.moc"
