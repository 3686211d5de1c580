// Issue 14, item 11: return values that flow. A routine returns a value ({"return": ...}), a
// call binds it ({"call": {"routine": r, "as": v}}, "add_to" for +=), gather binds the list in
// argument order ({"gather": {"routines": [...], "as": v}}), and f-strings ({"log": {"f":
// "got {data}"}}) print them as Python does. Runs on the virtual clock; the generated Python is
// run by CPython (at 100x) and must print the app's lines.

#include <QTest>

#include "codegen/pythonprogram.h"
#include "python.h"
#include "run/pyvalue.h"
#include "runharness.h"
#include "scenario/scenarioloader.h"
#include "teach/narration.h"
#include "trace/recorder.h"

using namespace Qt::StringLiterals;

namespace {

// fetch_1 returns "data1" after 2 s; fetch_2 returns "data2" after 1 s; quiet returns None.
constexpr const char *kRoutines = R"(
    "routines": [
        {"name": "fetch_1", "steps": [{"wait": 2}, {"return": {"en": "data1", "ko": "데이터1"}}]},
        {"name": "fetch_2", "steps": [{"wait": 1}, {"return": {"en": "data2", "ko": "데이터2"}},
                                      {"log": "never printed"}]},
        {"name": "quiet", "steps": [{"wait": 0.5}]},
        {"name": "quotes", "steps": [{"return": "it\u0027s"}]},
        {"name": "dquotes", "steps": [{"return": "say \u0022hi\u0022"}]},
        {"name": "both", "steps": [{"return": "it\u0027s \u0022both\u0022\t\\ ☕"}]},
        {"name": "pair", "steps": [{"gather": {"routines": ["fetch_2", "quiet"], "as": "got"}},
                                   {"return": {"f": "{got}"}}]}
    ],)";

QByteArray scenarioJson(const QByteArray &steps)
{
    return R"({"format": "corokitchen-scenario/1", "id": "values", "title": "t",)" +
           QByteArray(kRoutines) + R"("tasks": [{"name": "t", "steps": )" + steps + "}]}";
}

std::shared_ptr<const ck::Scenario> scenarioWith(const QByteArray &steps)
{
    return cktest::fromJson(scenarioJson(steps).constData());
}

// Why the loader refuses `steps`, or "" when it loads.
QString refusal(const QByteArray &steps)
{
    const ck::ScenarioLoadResult loaded =
        ck::ScenarioLoader::fromJson(scenarioJson(steps), u"test.json"_s);
    return loaded.ok() ? QString() : loaded.error.mid(QStringLiteral("test.json: ").size());
}

// What CPython prints for the generated program, without its total time.
QStringList pythonLines(const std::shared_ptr<const ck::Scenario> &scenario, const QString &mode,
                        ck::Language language)
{
    QString error;
    const auto program =
        ck::PythonProgram::generate(*scenario, cktest::mode(mode), language, 100.0, &error);
    if (!program)
        return {u"no program: "_s + error};
    QStringList lines = cktest::runPython(program->text, &error);
    if (!error.isEmpty())
        return {u"python failed: "_s + error};
    lines.removeIf([](const QString &line) {
        return line.startsWith(u"Total execution time"_s) || line.startsWith(u"총 실행 시간"_s);
    });
    return lines;
}

} // namespace

class TstReturnValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callBindsAndAddsTo();
    void gatherKeepsArgumentOrder();
    void gatherInSyncModeIsAList();
    void fstringsRenderAsPython();
    void routineWithoutReturnGivesNone();
    void addingNoneRaisesTypeError();
    void hoverAndLoopEventCarryTheValue();
    void narrationSaysWhatReturns();
    void refusals_data();
    void refusals();
    void hugeValuesCountInTheRunsText();
};

// data = await fetch_1(); data += await fetch_2(): the second call's value is added, the step
// after fetch_2's return never runs, and the Korean run adds the Korean texts.
void TstReturnValues::callBindsAndAddsTo()
{
    const auto scenario = scenarioWith(R"([
        {"call": {"routine": "fetch_1", "as": "data"}},
        {"log": {"f": {"en": "first: {data}", "ko": "첫째: {data}"}}},
        {"call": {"routine": "fetch_2", "add_to": "data"}},
        {"log": {"f": "both: {data}"}}])");
    cktest::VirtualRun run(scenario, cktest::mode(u"sequential"_s));
    QCOMPARE(run.timedLines(), (QStringList{u"2.000 first: data1"_s, u"3.000 both: data1data2"_s}));
    QCOMPARE(run.lines(ck::Language::Korean),
             (QStringList{u"첫째: 데이터1"_s, u"both: 데이터1데이터2"_s}));
    QCOMPARE(pythonLines(scenario, u"sequential"_s, ck::Language::English),
             (QStringList{u"first: data1"_s, u"both: data1data2"_s}));
    QCOMPARE(pythonLines(scenario, u"sequential"_s, ck::Language::Korean),
             (QStringList{u"첫째: 데이터1"_s, u"both: 데이터1데이터2"_s}));
}

// fetch_1 ends last (2 s) but comes first: gather's list follows the arguments. CPython 3.11
// prints ['data1', 'data2', None] for the same program.
void TstReturnValues::gatherKeepsArgumentOrder()
{
    const auto scenario = scenarioWith(R"([
        {"gather": {"routines": ["fetch_1", "fetch_2", "quiet"], "as": "results"}},
        {"log": {"f": "{results}"}}])");
    cktest::VirtualRun run(scenario, cktest::mode(u"sequential"_s));
    QCOMPARE(run.timedLines(), (QStringList{u"2.000 ['data1', 'data2', None]"_s}));
    QCOMPARE(pythonLines(scenario, u"sequential"_s, ck::Language::English),
             (QStringList{u"['data1', 'data2', None]"_s}));
}

// The sync mode calls them one by one: results = [fetch_1(), fetch_2(), quiet()].
void TstReturnValues::gatherInSyncModeIsAList()
{
    const auto scenario = scenarioWith(R"([
        {"gather": {"routines": ["fetch_1", "fetch_2", "quiet"], "as": "results"}},
        {"log": {"f": "{results}"}}])");
    cktest::VirtualRun run(scenario, cktest::mode(u"sync"_s));
    QCOMPARE(run.timedLines(), (QStringList{u"3.500 ['data1', 'data2', None]"_s}));
    QCOMPARE(pythonLines(scenario, u"sync"_s, ck::Language::English),
             (QStringList{u"['data1', 'data2', None]"_s}));
}

// CPython 3.11:
//   >>> a, b, c = "it's", 'say "hi"', 'it\'s "both"\t\\ ☕'
//   >>> print(f"{a} | {b} | {c} | {[a, b, c]} | {{x}}")
//   it's | say "hi" | it's "both"	\ ☕ | ["it's", 'say "hi"', 'it\'s "both"\t\\ ☕'] | {x}
void TstReturnValues::fstringsRenderAsPython()
{
    const auto scenario = scenarioWith(R"([
        {"call": {"routine": "quotes", "as": "a"}},
        {"call": {"routine": "dquotes", "as": "b"}},
        {"call": {"routine": "both", "as": "c"}},
        {"gather": {"routines": ["quotes", "dquotes", "both"], "as": "all"}},
        {"log": {"f": "{a} | {b} | {c} | {all} | {{x}}"}},
        {"log": "{not a placeholder} }"}])");
    cktest::VirtualRun run(scenario, cktest::mode(u"gather"_s));
    const QStringList expected{
        u"it's | say \"hi\" | it's \"both\"\t\\ ☕ | [\"it's\", 'say \"hi\"', 'it\\'s "
        u"\"both\"\\t\\\\ ☕'] | {x}"_s,
        u"{not a placeholder} }"_s};
    QCOMPARE(run.lines(), expected);
    QCOMPARE(pythonLines(scenario, u"gather"_s, ck::Language::English), expected);
    QCOMPARE(ck::PyValue::reprOf(u"\x1b\u202e\u00e9"_s), u"'\\x1b\\u202eé'"_s);
}

// A routine that ends without a return step returns None; so does `return` of a variable bound
// to such a value; a routine's nested gather returns its list as it is.
void TstReturnValues::routineWithoutReturnGivesNone()
{
    const auto scenario = scenarioWith(R"([
        {"call": {"routine": "quiet", "as": "nothing"}},
        {"call": {"routine": "pair", "as": "nested"}},
        {"log": {"f": "{nothing} {nested}"}}])");
    cktest::VirtualRun run(scenario, cktest::mode(u"create-task"_s));
    QCOMPARE(run.timedLines(), (QStringList{u"1.500 None ['data2', None]"_s}));
    QCOMPARE(pythonLines(scenario, u"create-task"_s, ck::Language::English),
             (QStringList{u"None ['data2', None]"_s}));
}

// None += str raises TypeError in the caller, with CPython's message.
void TstReturnValues::addingNoneRaisesTypeError()
{
    const auto scenario = scenarioWith(R"([
        {"call": {"routine": "quiet", "as": "data"}},
        {"call": {"routine": "fetch_2", "add_to": "data"}},
        {"log": "not reached"}])");
    cktest::VirtualRun run(scenario, cktest::mode(u"sequential"_s));
    QVERIFY(run.lines().isEmpty());
    const ck::Span *task = run.span(ck::SpanKind::Task, u"t"_s);
    QVERIFY(task);
    QCOMPARE(task->state, ck::SpanState::Failed);
    QCOMPARE(run.reasonOf(task),
             u"TypeError: unsupported operand type(s) for +=: 'NoneType' and 'str'"_s);
}

// The routine's span keeps what it returned (the timeline's hover), and the Returned loop
// event carries it (the event-loop view, the narration).
void TstReturnValues::hoverAndLoopEventCarryTheValue()
{
    const auto scenario = scenarioWith(R"([{"call": {"routine": "fetch_1", "as": "data"}},
        {"gather": {"routines": ["fetch_2"], "as": "more"}}])");
    cktest::VirtualRun run(scenario, cktest::mode(u"sequential"_s), true);
    const ck::Recorder &recorder = run.recorder();
    QStringList returned;
    for (std::size_t i = 0; i < recorder.spans().size(); ++i) {
        if (const ck::LocalizedText *value = recorder.returnedBy(int(i)))
            returned << recorder.nameOf(int(i)) + u" "_s + value->in(ck::Language::Korean);
    }
    QCOMPARE(returned, (QStringList{u"fetch_1 '데이터1'"_s, u"fetch_2 '데이터2'"_s}));
    QStringList events;
    for (const ck::LoopEvent &event : recorder.loopEvents()) {
        if (event.kind == ck::LoopEvent::Kind::Returned && event.lane >= 0)
            events << event.detail + u" "_s + event.value.english();
    }
    QCOMPARE(events, (QStringList{u"fetch_1 'data1'"_s}));
}

// data = await fetch_1(); data += await fetch_2(): each return is told, in both languages.
void TstReturnValues::narrationSaysWhatReturns()
{
    const auto scenario = scenarioWith(R"([
        {"call": {"routine": "fetch_1", "as": "data"}},
        {"call": {"routine": "fetch_2", "add_to": "data"}}])");
    cktest::VirtualRun run(scenario, cktest::mode(u"sequential"_s), true);
    QStringList english;
    QStringList korean;
    const auto &events = run.recorder().loopEvents();
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (events[i].kind != ck::LoopEvent::Kind::Returned || events[i].lane < 0)
            continue;
        english << ck::Narration::sentence(run.recorder(), i, ck::Language::English);
        korean << ck::Narration::sentence(run.recorder(), i, ck::Language::Korean);
    }
    QCOMPARE(english, (QStringList{u"fetch_1() returns 'data1' to t."_s,
                                   u"fetch_2() returns 'data2' to t."_s}));
    QCOMPARE(korean.size(), 2);
    QVERIFY2(korean.front().contains(u"'데이터1'"_s), qPrintable(korean.front()));
}

void TstReturnValues::refusals_data()
{
    QTest::addColumn<QByteArray>("steps");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown variable")
        << QByteArray(R"([{"log": {"f": "got {data}"}}])")
        << u"tasks[0].steps[0].log.f: unknown variable \"data\": bind it in this function "
           u"first, with \"as\" in a call or gather"_s;
    QTest::newRow("used before bound")
        << QByteArray(
               R"([{"log": {"f": "{data}"}}, {"call": {"routine": "fetch_1", "as": "data"}}])")
        << u"tasks[0].steps[0].log.f: variable \"data\" is used before it is bound in this "
           u"function"_s;
    QTest::newRow("add_to unbound")
        << QByteArray(R"([{"call": {"routine": "fetch_1", "add_to": "data"}}])")
        << u"tasks[0].steps[0].call.add_to: data += needs data bound before in this function"_s;
    QTest::newRow("return in a task")
        << QByteArray(R"([{"return": "x"}])")
        << u"tasks[0].steps[0].return: a task does not return a value here: its value is its "
           u"\"result\""_s;
    QTest::newRow("placeholder not a name")
        << QByteArray(R"([{"log": {"f": "a {1}"}}])")
        << u"tasks[0].steps[0].log.f: f-string: \"{\" at character 3 must begin a placeholder "
           u"such as {data} (a variable's name), or be written \"{{\""_s;
    QTest::newRow("single brace")
        << QByteArray(R"([{"log": {"f": "a }"}}])")
        << u"tasks[0].steps[0].log.f: f-string: a single \"}\" at character 3: write \"}}\" for "
           u"a brace"_s;
    QTest::newRow("named like a routine")
        << QByteArray(R"([{"call": {"routine": "fetch_1", "as": "quiet"}}])")
        << u"tasks[0].steps[0].call.as: a variable cannot be called \"quiet\": the programs use "
           u"that name"_s;
    QTest::newRow("keyword")
        << QByteArray(R"([{"call": {"routine": "fetch_1", "as": "class"}}])")
        << u"tasks[0].steps[0].call.as: \"as\" must be a variable's name (letters, digits and _, "
           u"not a keyword of Python or C++), found \"class\""_s;
    QTest::newRow("as with return_exceptions")
        << QByteArray(
               R"([{"gather": {"routines": ["fetch_1"], "as": "r", "return_exceptions": true}}])")
        << u"tasks[0].steps[0].gather.as: \"as\" cannot go with \"return_exceptions\": exceptions "
           u"are not values a scenario keeps"_s;
    QTest::newRow("list += str")
        << QByteArray(R"([{"gather": {"routines": ["fetch_1"], "as": "r"}},
                          {"call": {"routine": "fetch_2", "add_to": "r"}}])")
        << u"tasks[0].steps[1].call.add_to: list += str would add the characters one by one; "
           u"return a list or bind a str"_s;
}

void TstReturnValues::refusals()
{
    QFETCH(QByteArray, steps);
    QFETCH(QString, reason);
    QCOMPARE(refusal(steps), reason);
}

// A hostile file: 1000 routines gathered, each returning 10 kB, the list printed ten times.
// What the routines return (their hovers) and the list are 10 MB each, and each line another
// 10 MB: ten lines go over the limit of the run's text (100 MB), and the loader refuses the
// file instead of filling memory.
void TstReturnValues::hugeValuesCountInTheRunsText()
{
    const QByteArray big(10000, 'x');
    QByteArray names;
    for (int i = 0; i < 1000; ++i)
        names += QByteArray(i ? ", " : "") + "\"big\"";
    const auto json = [&](int prints) {
        QByteArray steps = R"([{"gather": {"routines": [)" + names + R"(], "as": "all"}})";
        for (int i = 0; i < prints; ++i)
            steps += R"(, {"log": {"f": "{all}"}})";
        return R"({"format": "corokitchen-scenario/1", "id": "big", "title": "t",
            "routines": [{"name": "big", "steps": [{"return": ")" +
               big + R"("}]}], "tasks": [{"name": "t", "steps": )" + steps + "]}]}";
    };
    QVERIFY(ck::ScenarioLoader::fromJson(json(0), u"big.json"_s).ok());
    const ck::ScenarioLoadResult refused = ck::ScenarioLoader::fromJson(json(10), u"big.json"_s);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(u"characters of log lines and names"_s),
             qPrintable(refused.error));
}

QTEST_GUILESS_MAIN(TstReturnValues)
#include "tst_returnvalues.moc"
