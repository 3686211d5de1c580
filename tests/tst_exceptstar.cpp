// Issue 14, item 5's tail: the ExceptionGroup of a TaskGroup keeps its members, and a try step's
// `except*` clauses take them as CPython 3.11 does (PEP 654). Each expectation was read off
// `corokitchen code ... | python3.11` (pasted above each test); the oracle checks
// tests/data/oracle/except-star.json in every mode, tst_cppcodegen its generated C++.

#include "runharness.h"

#include "codegen/pythonprogram.h"
#include "coro/cancellederror.h"
#include "coro/exceptiongroup.h"
#include "coro/exceptiontypes.h"
#include "coro/exceptstar.h"
#include "coro/pythonexception.h"
#include "scenario/scenarioloader.h"
#include "teach/narration.h"
#include "trace/recorder.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// bad_value and bad_type raise at 0.5 s, inside one TaskGroup: its ExceptionGroup has both.
constexpr const char *kRoutines = R"(
    "routines": [
        {"name": "bad_value", "steps": [{"wait": 0.5},
            {"raise": {"type": "ValueError", "message": "bad value"}}]},
        {"name": "bad_type", "steps": [{"wait": 0.5},
            {"raise": {"type": "TypeError", "message": "bad type"}}]},
        {"name": "inner_group", "steps": [{"task_group": ["bad_type"]}]}
    ],)";

QByteArray scenarioJson(const QByteArray &tasks)
{
    return R"({"format": "corokitchen-scenario/1", "id": "stars", "title": "t",)" +
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

// One task `t` whose try runs `body` with the except* `clauses`.
QByteArray tryTask(const QByteArray &body, const QByteArray &clauses)
{
    return R"([{"name": "t", "steps": [{"try": {"steps": )" + body + R"(, "except*": )" + clauses +
           R"(}}, {"log": "t: goes on"}]}])";
}

const QByteArray kGroupOfTwo = R"([{"task_group": ["bad_value", "bad_type"]}])";

std::vector<ck::LoopEvent> caughtEvents(const ck::Recorder &recorder)
{
    std::vector<ck::LoopEvent> caught;
    for (const ck::LoopEvent &event : recorder.loopEvents()) {
        if (event.kind == ck::LoopEvent::Kind::Caught)
            caught.push_back(event);
    }
    return caught;
}

// The members of a group as Python's repr of eg.exceptions would list them, nested in [].
QString membersOf(const std::exception_ptr &error)
{
    const ck::ExceptionGroup *group = ck::ExceptionGroup::of(error);
    if (!group)
        return ck::ExceptionTypes::textOf(error);
    QStringList members;
    for (const std::exception_ptr &member : group->exceptions())
        members << membersOf(member);
    return QStringLiteral("%1[%2]").arg(group->groupMessage(), members.join(u", "));
}

std::exception_ptr raised(const QString &type, const QString &message)
{
    return std::make_exception_ptr(ck::PythonException(type, message));
}

std::exception_ptr group(const QString &message, std::vector<std::exception_ptr> members)
{
    return std::make_exception_ptr(ck::ExceptionGroup(message, std::move(members)));
}

} // namespace

class TstExceptStar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoClausesTakeTwoMembersInClauseOrder();
    void aPartialMatchRaisesTheRest();
    void aNakedExceptionIsWrappedForTheMatch();
    void aHandlerRaisesIntoANewGroup();
    void nestedGroupsAreSplitKeepingTheirShape();
    void cancelledErrorIsNotAnException();
    void refusals_data();
    void refusals();
    void pythonWritesExceptStar();
};

// python3.11:
//   0.500 t: TypeError first / 0.500 t: then ValueError / 0.500 t: goes on
void TstExceptStar::twoClausesTakeTwoMembersInClauseOrder()
{
    const auto scenario = scenarioWith(
        tryTask(kGroupOfTwo, R"([{"type": "TypeError", "steps": [{"log": "t: TypeError first"}]},
                        {"type": "ValueError", "steps": [{"log": "t: then ValueError"}]}])"));
    cktest::VirtualRun run(scenario, cktest::mode(u"gather"_s), true);
    QCOMPARE(run.timedLines(), (QStringList{u"0.500 t: TypeError first"_s,
                                            u"0.500 t: then ValueError"_s, u"0.500 t: goes on"_s}));
    const ck::Span *task = run.span(ck::SpanKind::Task, u"t"_s);
    QVERIFY(task);
    QCOMPARE(task->state, ck::SpanState::Done);
    const std::vector<ck::LoopEvent> caught = caughtEvents(run.recorder());
    QCOMPARE(caught.size(), 2u);
    QCOMPARE(caught[0].detail, u"TypeError: bad type"_s);
    QCOMPARE(caught[0].ref, ck::LoopEvent::kFromGroup);
    QCOMPARE(caught[1].detail, u"ValueError: bad value"_s);
    // The narration says where the member came from.
    const auto &events = run.recorder().loopEvents();
    const auto at = std::find_if(events.begin(), events.end(), [](const ck::LoopEvent &e) {
        return e.kind == ck::LoopEvent::Kind::Caught;
    });
    const QString sentence = ck::Narration::sentence(
        run.recorder(), std::size_t(at - events.begin()), ck::Language::English);
    QVERIFY2(sentence.contains(u"catches “TypeError: bad type” from the ExceptionGroup in an "
                               "except* clause"_s),
             qPrintable(sentence));
}

// python3.11: 0.500 t: ValueError taken, then
//   ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)  [TypeError('bad type')]
void TstExceptStar::aPartialMatchRaisesTheRest()
{
    const auto scenario = scenarioWith(tryTask(
        kGroupOfTwo, R"([{"type": "ValueError", "steps": [{"log": "t: ValueError taken"}]}])"));
    cktest::VirtualRun run(scenario, cktest::mode(u"gather"_s));
    QCOMPARE(run.timedLines(), QStringList{u"0.500 t: ValueError taken"_s});
    const QString rest = u"ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)"_s;
    QCOMPARE(run.recorder().info().mainError, rest);
    const ck::Span *task = run.span(ck::SpanKind::Task, u"t"_s);
    QVERIFY(task);
    QCOMPARE(task->state, ck::SpanState::Failed);
    QCOMPARE(run.reasonOf(task), rest);

    // The same split on the group itself: what goes on keeps the message and the TypeError.
    ck::ExceptStar clauses(
        group(u"unhandled errors in a TaskGroup"_s,
              {raised(u"ValueError"_s, u"bad value"_s), raised(u"TypeError"_s, u"bad type"_s)}));
    QCOMPARE(membersOf(clauses.take({u"ValueError"_s})), u"unhandled errors in a TaskGroup"
                                                         "[ValueError: bad value]"_s);
    QVERIFY(!clauses.take({u"OSError"_s}));
    QCOMPARE(membersOf(clauses.rest()), u"unhandled errors in a TaskGroup[TypeError: bad type]"_s);
}

// python3.11:
//   try: raise ValueError("naked") / except* ValueError: -> handled, the task goes on
//   try: raise IndexError("k") / except* ValueError: -> IndexError: k (not wrapped)
void TstExceptStar::aNakedExceptionIsWrappedForTheMatch()
{
    const auto caught =
        scenarioWith(tryTask(R"([{"raise": {"type": "ValueError", "message": "naked"}}])",
                             R"([{"type": "Exception", "steps": [{"log": "t: caught"}]}])"));
    cktest::VirtualRun run(caught, cktest::mode(u"sequential"_s), true);
    QCOMPARE(run.timedLines(), (QStringList{u"0.000 t: caught"_s, u"0.000 t: goes on"_s}));
    const std::vector<ck::LoopEvent> events = caughtEvents(run.recorder());
    QCOMPARE(events.size(), 1u);
    QCOMPARE(events[0].detail, u"ValueError: naked"_s);
    QCOMPARE(events[0].ref, ck::LoopEvent::kNakedStar);

    const auto missed =
        scenarioWith(tryTask(R"([{"raise": {"type": "IndexError", "message": "k"}}])",
                             R"([{"type": "ValueError", "steps": [{"log": "never"}]}])"));
    cktest::VirtualRun unmatched(missed, cktest::mode(u"sequential"_s));
    QVERIFY(unmatched.timedLines().isEmpty());
    QCOMPARE(unmatched.recorder().info().mainError, u"IndexError: k"_s);
}

// python3.11:
//   except* ValueError: raise RuntimeError("h")  with a TypeError left ->
//     ExceptionGroup:  (2 sub-exceptions)  [RuntimeError('h'), ExceptionGroup('eg', [TypeError])]
//   with nothing left -> RuntimeError: h (alone, not in a group)
void TstExceptStar::aHandlerRaisesIntoANewGroup()
{
    const QByteArray raises = R"([{"type": "ValueError", "steps": [
        {"raise": {"type": "RuntimeError", "message": "h"}}]}])";
    cktest::VirtualRun run(scenarioWith(tryTask(kGroupOfTwo, raises)), cktest::mode(u"gather"_s));
    QCOMPARE(run.recorder().info().mainError, u"ExceptionGroup:  (2 sub-exceptions)"_s);
    cktest::VirtualRun alone(scenarioWith(tryTask(R"([{"task_group": ["bad_value"]}])", raises)),
                             cktest::mode(u"gather"_s));
    QCOMPARE(alone.recorder().info().mainError, u"RuntimeError: h"_s);

    ck::ExceptStar clauses(
        group(u"eg"_s, {raised(u"ValueError"_s, u"a"_s), raised(u"TypeError"_s, u"b"_s)}));
    QVERIFY(clauses.take({u"ValueError"_s}));
    clauses.raised(raised(u"RuntimeError"_s, u"h"_s));
    QCOMPARE(membersOf(clauses.rest()), u"[RuntimeError: h, eg[TypeError: b]]"_s);
}

// python3.11: except* TypeError takes the TypeError of the inner TaskGroup; the ValueError goes
// on in ExceptionGroup('unhandled errors in a TaskGroup', [ValueError('bad value')]).
void TstExceptStar::nestedGroupsAreSplitKeepingTheirShape()
{
    const auto scenario = scenarioWith(
        tryTask(R"([{"task_group": ["bad_value", "inner_group"]}])",
                R"([{"type": "TypeError", "steps": [{"log": "t: TypeError from inside"}]}])"));
    cktest::VirtualRun run(scenario, cktest::mode(u"gather"_s));
    QCOMPARE(run.timedLines(), QStringList{u"0.500 t: TypeError from inside"_s});
    QCOMPARE(run.recorder().info().mainError,
             u"ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)"_s);

    const std::exception_ptr nested = group(
        u"outer"_s,
        {raised(u"ValueError"_s, u"a"_s),
         group(u"inner"_s, {raised(u"ValueError"_s, u"c"_s), raised(u"TypeError"_s, u"d"_s)})});
    const ck::ExceptionGroup::Split parts =
        ck::ExceptionGroup::of(nested)->split({u"ValueError"_s});
    QCOMPARE(membersOf(parts.match), u"outer[ValueError: a, inner[ValueError: c]]"_s);
    QCOMPARE(membersOf(parts.rest), u"outer[inner[TypeError: d]]"_s);
}

// python3.11: try: raise asyncio.CancelledError() / except* Exception: -> CancelledError goes
// on; except* asyncio.CancelledError: takes it.
void TstExceptStar::cancelledErrorIsNotAnException()
{
    const std::exception_ptr cancelled = std::make_exception_ptr(ck::CancelledError());
    ck::ExceptStar exceptions(cancelled);
    QVERIFY(!exceptions.take({u"Exception"_s}));
    QCOMPARE(exceptions.rest(), cancelled);
    ck::ExceptStar cancellations(cancelled);
    QVERIFY(cancellations.take({u"CancelledError"_s}));
    QVERIFY(!cancellations.rest());
}

void TstExceptStar::refusals_data()
{
    QTest::addColumn<QByteArray>("tasks");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("except and except*")
        << QByteArray(R"([{"name": "t", "steps": [{"try": {"steps": [],
               "except": [{"type": "ValueError", "steps": []}],
               "except*": [{"type": "ValueError", "steps": []}]}}]}])")
        << u"tasks[0].steps[0].try: a try cannot have both \"except\" and \"except*\""_s;
    QTest::newRow("except* ExceptionGroup")
        << tryTask("[]", R"([{"type": "ExceptionGroup", "steps": []}])")
        << u"tasks[0].steps[0].try.except*[0].type: except* cannot catch ExceptionGroup"_s;
    QTest::newRow("return in except*")
        << tryTask("[]", R"([{"type": "ValueError", "steps": [{"return": "v"}]}])")
        << u"tasks[0].steps[0].try.except*[0].steps: a return cannot be in an except* clause"_s;
    QTest::newRow("empty except*") << tryTask("[]", "[]")
                                   << u"tasks[0].steps[0].try.except*: \"except*\" must be a "
                                      "non-empty array"_s;
    QTest::newRow("nested place") << tryTask("[]",
                                             R"([{"type": "ValueError", "steps": [{"wait": -1}]}])")
                                  << u"tasks[0].steps[0].try.except*[0].steps[0]"_s;
}

void TstExceptStar::refusals()
{
    QFETCH(QByteArray, tasks);
    QFETCH(QString, refusal);
    const QString error = refusalOf(tasks);
    QVERIFY2(error.contains(refusal), qPrintable(error));
}

void TstExceptStar::pythonWritesExceptStar()
{
    const auto scenario = scenarioWith(
        tryTask(kGroupOfTwo, R"([{"type": ["TypeError", "CancelledError"], "steps": []},
                        {"type": "ValueError", "steps": [{"log": "v"}]}])"));
    QString error;
    const auto program = ck::PythonProgram::generate(*scenario, cktest::mode(u"gather"_s),
                                                     ck::Language::English, 1, &error);
    QVERIFY2(program, qPrintable(error));
    QVERIFY2(program->text.contains(u"    except* (TypeError, asyncio.CancelledError):\n"
                                    "        pass\n    except* ValueError:\n"
                                    "        print(\"v\")\n"_s),
             qPrintable(program->text));
}

QTEST_GUILESS_MAIN(TstExceptStar)
#include "tst_exceptstar.moc"
