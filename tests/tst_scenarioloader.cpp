#include "scenario/builtinscenarios.h"
#include "scenario/scenarioloader.h"
#include "scenario/scenariosource.h"
#include "steps/stepkinds.h"

#include "runharness.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include "scenariotext.h"

using namespace ck;
using namespace std::chrono_literals;

namespace {

const QString testData = QStringLiteral(COROKITCHEN_TEST_DATA);

using cktest::repeated;
using cktest::scenario;
using cktest::steps;

// Routines r0 .. r<count-1>, each calling the next; the last calls `last` ("" for none).
QByteArray routineChain(int count, const QByteArray &last)
{
    QByteArrayList routines;
    for (int i = 0; i < count; ++i) {
        const QByteArray next = i + 1 < count ? 'r' + QByteArray::number(i + 1) : last;
        const QByteArray body = next.isEmpty() ? QByteArray() : R"({"call": ")" + next + "\"}";
        routines.append(R"({"name": "r)" + QByteArray::number(i) + R"(", "steps": [)" + body +
                        "]}");
    }
    return '[' + routines.join(',') + ']';
}

QByteArray chainScenario(int count, const QByteArray &last)
{
    return scenario(R"([{"name": "a", "steps": [{"call": "r0"}]}])", routineChain(count, last));
}

// A routine "r" with the given steps.
QByteArray routineOf(const QByteArray &stepList)
{
    return R"({"name": "r", "steps": )" + stepList + "}";
}

// Routines r0 .. r<levels-1>, each gathering the next `width` times; the last logs a line.
QByteArray gatherTree(int levels, int width)
{
    QByteArrayList routines;
    for (int i = 0; i < levels; ++i) {
        const QByteArray next = "\"r" + QByteArray::number(i + 1) + '"';
        const QByteArray body =
            i + 1 < levels ? R"({"gather": )" + repeated(next, width) + "}" : R"({"log": "x"})";
        routines.append(R"({"name": "r)" + QByteArray::number(i) + R"(", "steps": [)" + body +
                        "]}");
    }
    return '[' + routines.join(',') + ']';
}

QByteArray gatherOf(int count)
{
    return steps(R"([{"gather": )" + repeated(R"("r")", count) + "}]").chopped(1) +
           R"(, "routines": [{"name": "r", "steps": []}]})";
}

// The nested gathers of issue 12: a task gathers `outer` copies of "a", and "a" gathers `inner`
// copies of "b", which waits. A file of a few kilobytes, a million coroutines.
QByteArray nestedGathers(int outer, int inner)
{
    return scenario(R"([{"name": "main", "steps": [{"gather": )" + repeated(R"("a")", outer) +
                        "}]}]",
                    R"([{"name": "a", "steps": [{"gather": )" + repeated(R"("b")", inner) +
                        R"(}]}, {"name": "b", "steps": [{"wait": 1}]}])");
}

// `tasks` tasks, each calling the routine "r" `calls` times; r has the given steps.
QByteArray callers(int tasks, int calls, const QByteArray &routineSteps)
{
    QByteArrayList list;
    for (int i = 0; i < tasks; ++i)
        list.append(R"({"name": "t)" + QByteArray::number(i) + R"(", "steps": )" +
                    repeated(R"({"call": "r"})", calls) + '}');
    return scenario('[' + list.join(',') + ']', '[' + routineOf(routineSteps) + ']');
}

// A task calling g `calls` times; g gathers a routine of a 1000-character name 1000 times.
QByteArray longNamesGathered(int calls)
{
    const QByteArray name = '"' + QByteArray(1000, 'n') + '"';
    return scenario(R"([{"name": "t0", "steps": )" + repeated(R"({"call": "g"})", calls) + "}]",
                    R"([{"name": "g", "steps": [{"gather": )" + repeated(name, 1000) +
                        R"(}]}, {"name": )" + name + R"(, "steps": []}])");
}

// The scenario of a result that must load; an empty one (and the reason logged) otherwise.
Scenario loaded(const ScenarioLoadResult &result)
{
    if (!result.ok())
        qWarning("%s", qUtf8Printable(result.error));
    return result.scenario.value_or(Scenario());
}

} // namespace

class TstScenarioLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinIds();
    void kitchen();
    void apiCalls();
    void downloadChunks();
    void twoDownloads();
    void builtinUnknown();
    void validFeatures();
    void raiseAndReturnExceptions();
    void limitsAreInclusive();
    void runLimitsAreInclusive();
    void byteOrderMark();
    void twentyThousandTasksRun();
    void malformed_data();
    void malformed();
    void longChainsNeedNoRecursion();
    void refusalsAreOneLine();
    void fromFile();
    void documentedExample();
    void fromFileMissing();
    void fromFileDirectory();
    void fromFileFifoReturnsAtOnce();
    void fromFileDevice();
    void resolveNamesWhatThePathIs();
    void embeddedPathsCostLikeBytes();
    void runCostLimitsAreInclusive();
    void fromFileEmpty();
    void fromFileNotJson();
    void resolveId();
    void resolvePath();
    void resolveUnknown();
};

void TstScenarioLoader::builtinIds()
{
    QCOMPARE(BuiltinScenarios::ids(),
             (QStringList{QStringLiteral("kitchen"), QStringLiteral("api-calls"),
                          QStringLiteral("download-chunks"), QStringLiteral("two-downloads"),
                          QStringLiteral("http-downloads"), QStringLiteral("movie-stream"),
                          QStringLiteral("blocking-call"), QStringLiteral("forgotten-task"),
                          QStringLiteral("never-awaited"), QStringLiteral("to-thread"),
                          QStringLiteral("exceptions"), QStringLiteral("cancellation"),
                          QStringLiteral("timeouts"), QStringLiteral("taskgroup"),
                          QStringLiteral("lock-event"), QStringLiteral("as-completed"),
                          QStringLiteral("queue"), QStringLiteral("download-failure"),
                          QStringLiteral("crowd")}));
    for (const QString &id : BuiltinScenarios::ids()) {
        QVERIFY(BuiltinScenarios::contains(id));
        const ScenarioLoadResult result = BuiltinScenarios::load(id);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.scenario->id, id);
        QVERIFY(!result.scenario->title.english().isEmpty());
        QVERIFY(!result.scenario->title.korean().isEmpty());
        QVERIFY(!result.scenario->description.english().isEmpty());
        QVERIFY(!result.scenario->description.korean().isEmpty());
    }
    QVERIFY(!BuiltinScenarios::contains(QStringLiteral("Kitchen")));
    QVERIFY(!BuiltinScenarios::contains(QString()));
}

void TstScenarioLoader::kitchen()
{
    const Scenario s = loaded(BuiltinScenarios::load(QStringLiteral("kitchen")));
    QVERIFY(s.routines.empty());
    QCOMPARE(s.tasks.size(), 2u);
    // The English prints are those of seed 003, byte for byte.
    const struct
    {
        const char *name, *start, *end, *result;
        std::chrono::nanoseconds wait;
    } expected[] = {{"brewCoffee", "Start brewCoffee()", "End brewCoffee()", "Coffee ready", 3s},
                    {"toastBagel", "Start toastBagel()", "End toastBagel()", "Bagel toasted", 2s}};
    for (std::size_t i = 0; i < 2; ++i) {
        const ScenarioTask &task = s.tasks[i];
        QCOMPARE(task.name, QString::fromUtf8(expected[i].name));
        QVERIFY(task.after().isEmpty() && task.afterIndices().empty());
        QCOMPARE(task.steps.size(), 3u);
        QCOMPARE(task.steps[0].kind, Step::Kind::Log);
        QCOMPARE(task.steps[0].text.english(), QString::fromUtf8(expected[i].start));
        QCOMPARE(task.steps[1].kind, Step::Kind::Wait);
        QCOMPARE(task.steps[1].duration, expected[i].wait);
        QCOMPARE(task.steps[2].kind, Step::Kind::Log);
        QCOMPARE(task.steps[2].text.english(), QString::fromUtf8(expected[i].end));
        QVERIFY(task.result());
        QCOMPARE(task.result()->english(), QString::fromUtf8(expected[i].result));
        QVERIFY(!task.result()->korean().isEmpty());
        QVERIFY(!task.steps[0].text.korean().isEmpty());
    }
    QCOMPARE(s.tasks[0].steps[0].text.korean(), QStringLiteral("brewCoffee() 시작"));
}

void TstScenarioLoader::apiCalls()
{
    const Scenario s = loaded(BuiltinScenarios::load(QStringLiteral("api-calls")));
    QVERIFY(s.routines.empty());
    QCOMPARE(s.tasks.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        const ScenarioTask &task = s.tasks[i];
        QCOMPARE(task.name, QStringLiteral("call_api_%1").arg(i + 1));
        QCOMPARE(task.steps.size(), 3u);
        QCOMPARE(task.steps[0].kind, Step::Kind::Log);
        QVERIFY(task.steps[0].text.english().startsWith(task.name));
        QCOMPARE(task.steps[1].kind, Step::Kind::Wait);
        QCOMPARE(task.steps[1].duration, 3s);
        QCOMPARE(task.steps[2].kind, Step::Kind::Log);
        QVERIFY(task.result());
    }
}

void TstScenarioLoader::downloadChunks()
{
    const Scenario s = loaded(BuiltinScenarios::load(QStringLiteral("download-chunks")));
    QCOMPARE(s.routines.size(), 2u);
    QCOMPARE(s.tasks.size(), 1u);
    const ScenarioTask &task = s.tasks[0];
    QCOMPARE(task.name, QStringLiteral("download_file"));
    QCOMPARE(task.steps.size(), 5u);
    QCOMPARE(task.steps[0].text.korean(), QStringLiteral("다운로드 시작"));
    QCOMPARE(task.steps[0].text.english(), QStringLiteral("Download started"));
    QCOMPARE(task.steps[1].kind, Step::Kind::Call);
    QCOMPARE(task.steps[1].routineNames, QStringList{QStringLiteral("fetch_chunk_1")});
    QCOMPARE(task.steps[2].text.korean(), QStringLiteral("첫 번째 청크 완료"));
    QCOMPARE(task.steps[3].kind, Step::Kind::Call);
    QCOMPARE(task.steps[4].text.korean(), QStringLiteral("두 번째 청크 완료"));
    QVERIFY(task.result());
    for (int chunk = 1; chunk <= 2; ++chunk) {
        const Routine &routine = s.routines[std::size_t(chunk - 1)];
        QCOMPARE(task.steps[std::size_t(2 * chunk - 1)].routineIndices,
                 std::vector<int>{chunk - 1});
        QCOMPARE(routine.name, QStringLiteral("fetch_chunk_%1").arg(chunk));
        QCOMPARE(routine.steps.size(), 3u);
        QCOMPARE(routine.steps[0].text.korean(), QStringLiteral("청크%1 요청 보냄").arg(chunk));
        QCOMPARE(routine.steps[1].kind, Step::Kind::Wait);
        QCOMPARE(routine.steps[1].duration, 2s);
        QCOMPARE(routine.steps[2].text.korean(), QStringLiteral("청크%1 응답 받음").arg(chunk));
    }
}

void TstScenarioLoader::twoDownloads()
{
    const Scenario s = loaded(BuiltinScenarios::load(QStringLiteral("two-downloads")));
    QCOMPARE(s.routines.size(), 1u);
    QCOMPARE(s.routines[0].name, QStringLiteral("fetch_data"));
    QCOMPARE(s.routines[0].steps.size(), 1u);
    QCOMPARE(s.routines[0].steps[0].kind, Step::Kind::Wait);
    QCOMPARE(s.routines[0].steps[0].duration, 2s);
    QCOMPARE(s.tasks.size(), 2u);
    const QString letters[] = {QStringLiteral("A"), QStringLiteral("B")};
    for (std::size_t i = 0; i < 2; ++i) {
        const ScenarioTask &task = s.tasks[i];
        QCOMPARE(task.name, QStringLiteral("download_file_") + letters[i]);
        QCOMPARE(task.steps.size(), 3u);
        QCOMPARE(task.steps[0].text.korean(), letters[i] + QStringLiteral(": 시작"));
        QCOMPARE(task.steps[0].text.english(), letters[i] + QStringLiteral(": start"));
        QCOMPARE(task.steps[1].kind, Step::Kind::Call);
        QCOMPARE(task.steps[1].routineIndices, std::vector<int>{0});
        QCOMPARE(task.steps[2].text.korean(), letters[i] + QStringLiteral(": 완료"));
        QCOMPARE(task.steps[2].text.english(), letters[i] + QStringLiteral(": done"));
    }
}

void TstScenarioLoader::builtinUnknown()
{
    const ScenarioLoadResult result = BuiltinScenarios::load(QStringLiteral("nope"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error, QStringLiteral("unknown built-in scenario \"nope\" (expected %1)")
                               .arg(BuiltinScenarios::ids().join(QStringLiteral(", "))));
}

void TstScenarioLoader::validFeatures()
{
    const QByteArray json = R"({
        "format": "corokitchen-scenario/1", "id": "all_features-2", "title": "All",
        "description": {"ko": "설명"},
        "routines": [
            {"name": "leaf", "steps": [{"block": 0.25}]},
            {"name": "_mid", "steps": [{"gather": ["leaf", "leaf"]}, {"call": "leaf"}]}
        ],
        "tasks": [
            {"name": "first", "steps": []},
            {"name": "second", "after": ["first"], "result": "ok",
             "steps": [{"gather": ["_mid", "leaf"]}, {"wait": 0}, {"wait": 86400}, {"log": ""}]},
            {"name": "Third3", "after": ["second", "first"], "steps": [{"log": {"en": "x"}}]}
        ]
    })";
    const Scenario s = loaded(ScenarioLoader::fromJson(json, QStringLiteral("all.json")));
    QCOMPARE(s.id, QStringLiteral("all_features-2"));
    QCOMPARE(s.title, LocalizedText(QStringLiteral("All")));
    QCOMPARE(s.description, LocalizedText(QString(), QStringLiteral("설명")));
    QCOMPARE(s.routines[0].steps[0].kind, Step::Kind::Block);
    QCOMPARE(s.routines[0].steps[0].duration, 250ms);
    QCOMPARE(s.routines[1].steps[0].routineIndices, (std::vector<int>{0, 0}));
    QCOMPARE(s.routines[1].steps[1].routineIndices, std::vector<int>{0});
    QVERIFY(s.tasks[0].afterIndices().empty());
    QVERIFY(!s.tasks[0].result());
    QCOMPARE(s.tasks[1].afterIndices(), std::vector<int>{0});
    QVERIFY(s.tasks[1].result());
    QCOMPARE(*s.tasks[1].result(), LocalizedText(QStringLiteral("ok")));
    QCOMPARE(s.tasks[1].steps[0].kind, Step::Kind::Gather);
    QCOMPARE(s.tasks[1].steps[0].routineNames,
             (QStringList{QStringLiteral("_mid"), QStringLiteral("leaf")}));
    QCOMPARE(s.tasks[1].steps[0].routineIndices, (std::vector<int>{1, 0}));
    QCOMPARE(s.tasks[1].steps[1].duration, 0ns);
    QCOMPARE(s.tasks[1].steps[2].duration, std::chrono::nanoseconds(86400s));
    QCOMPARE(s.tasks[1].steps[3].kind, Step::Kind::Log);
    QCOMPARE(s.tasks[2].after(), (QStringList{QStringLiteral("second"), QStringLiteral("first")}));
    QCOMPARE(s.tasks[2].afterIndices(), (std::vector<int>{1, 0}));
    QCOMPARE(s.tasks[2].steps[0].text, LocalizedText(QStringLiteral("x")));
}

// Issue 14: a raise step, with or without its message, and gather's object form beside the
// array form.
void TstScenarioLoader::raiseAndReturnExceptions()
{
    const QByteArray json = R"({
        "format": "corokitchen-scenario/1", "id": "raises", "title": "Raises",
        "routines": [
            {"name": "bad", "steps": [{"raise": {"type": "ValueError", "message": "bad response"}}]},
            {"name": "worse", "steps": [{"raise": {"type": "RuntimeError"}}]}
        ],
        "tasks": [
            {"name": "a", "steps": [{"gather": {"routines": ["bad", "worse"], "return_exceptions": true}},
                                    {"gather": {"routines": ["worse"]}},
                                    {"gather": ["bad"]}]}
        ]
    })";
    const Scenario s = loaded(ScenarioLoader::fromJson(json, QStringLiteral("raises.json")));
    const Step &raise = s.routines[0].steps[0];
    QCOMPARE(raise.kind, Step::Kind::Raise);
    QCOMPARE(raise.exceptionType, QStringLiteral("ValueError"));
    QCOMPARE(raise.exceptionMessage, QStringLiteral("bad response"));
    QCOMPARE(s.routines[1].steps[0].exceptionType, QStringLiteral("RuntimeError"));
    QCOMPARE(s.routines[1].steps[0].exceptionMessage, QString());
    const auto &steps = s.tasks[0].steps;
    QCOMPARE(steps[0].kind, Step::Kind::Gather);
    QVERIFY(steps[0].returnExceptions);
    QCOMPARE(steps[0].routineIndices, (std::vector<int>{0, 1}));
    QVERIFY(!steps[1].returnExceptions);
    QCOMPARE(steps[1].routineIndices, std::vector<int>{1});
    QVERIFY(!steps[2].returnExceptions);
    QCOMPARE(steps[2].routineIndices, std::vector<int>{0});
}

void TstScenarioLoader::limitsAreInclusive()
{
    QVERIFY(ScenarioLoader::fromJson(chainScenario(64, {}), QStringLiteral("t")).ok());
    QVERIFY(ScenarioLoader::fromJson(gatherOf(1000), QStringLiteral("t")).ok());
    QVERIFY(ScenarioLoader::fromJson(steps(repeated(R"({"wait": 0})", 10000)), QStringLiteral("t"))
                .ok());
    // A diamond (two paths to one task) is no cycle.
    const QByteArray diamond = scenario(R"([{"name": "a", "after": ["b", "c"], "steps": []},
        {"name": "b", "after": ["d"], "steps": []}, {"name": "c", "after": ["d"], "steps": []},
        {"name": "d", "steps": []}])");
    QVERIFY(ScenarioLoader::fromJson(diamond, QStringLiteral("t")).ok());
}

// The run limits are inclusive too: 1 + 999998 chunks (1000000 spans with the task's), and
// 2 × 10000 × 50000 seconds. (Every step records a span or prints a line, so the span and log
// limits keep a run below 2000000 steps: that limit is met first only by runs far beyond.)
void TstScenarioLoader::runLimitsAreInclusive()
{
    QVERIFY(ScenarioLoader::fromJson(steps(R"([{"download": {"bytes": 999998, "chunk": 1}}])"),
                                     QStringLiteral("t"))
                .ok());
    const QByteArray twice = scenario(R"([{"name": "a", "steps": [{"call": "r"}]},
                                          {"name": "b", "steps": [{"call": "r"}, {"wait": 0}]}])",
                                      '[' + routineOf(repeated(R"({"wait": 50000})", 10000)) + ']');
    const ScenarioLoadResult result = ScenarioLoader::fromJson(twice, QStringLiteral("t"));
    QVERIFY2(result.ok(), qPrintable(result.error));
}

// Editors on some systems start UTF-8 files with a byte order mark.
void TstScenarioLoader::byteOrderMark()
{
    const ScenarioLoadResult result =
        ScenarioLoader::fromJson("\xEF\xBB\xBF" + steps("[]"), QStringLiteral("t"));
    QVERIFY2(result.ok(), qPrintable(result.error));
}

// Issue 7: a 20000-task file loads and runs; on the virtual clock it takes one second of
// scenario time and about a second of wall time in a Debug build.
void TstScenarioLoader::twentyThousandTasksRun()
{
    constexpr int count = 20000;
    QByteArrayList tasks;
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        tasks.append(R"({"name": "t)" + n + R"(", "result": "r)" + n +
                     R"(", "steps": [{"log": "start )" + n + R"("}, {"wait": 1}, {"log": "end )" +
                     n + R"("}]})");
    }
    const ScenarioLoadResult result =
        ScenarioLoader::fromJson(scenario('[' + tasks.join(',') + ']'), QStringLiteral("big.json"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.scenario->tasks.size(), std::size_t(count));
    const cktest::VirtualRun run(std::make_shared<const Scenario>(std::move(*result.scenario)),
                                 cktest::mode(QStringLiteral("gather")));
    QCOMPARE(run.total(), 1.0);
    const QStringList lines = run.lines();
    QCOMPARE(lines.size(), 3 * count); // every start, every end, then every result
    QCOMPARE(lines.first(), QStringLiteral("start 0"));
    QCOMPARE(lines.at(count - 1), QStringLiteral("start %1").arg(count - 1));
    QCOMPARE(lines.at(count), QStringLiteral("end 0"));
    QCOMPARE(lines.at(2 * count - 1), QStringLiteral("end %1").arg(count - 1));
    QCOMPARE(lines.last(), QStringLiteral("Result of t%1 : r%1").arg(count - 1));
    QVERIFY(run.runner->failures().isEmpty());
}

void TstScenarioLoader::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray task = R"({"name": "a", "steps": []})";
    const QByteArray format = R"("format": "corokitchen-scenario/1")";
    auto row = [](const char *tag, const QByteArray &json, const char *expected) {
        QTest::newRow(tag) << json << QStringLiteral("bad.json: ") + QString::fromUtf8(expected);
    };
    auto rowText = [](const char *tag, const QByteArray &json, const QString &expected) {
        QTest::newRow(tag) << json << QStringLiteral("bad.json: ") + expected;
    };
    const QString kKinds = StepKinds::keys().join(QStringLiteral(", "));

    // Whole-file faults.
    row("empty", "", "the file is empty");
    row("blank", " \n\t ", "the file is empty");
    row("too large", QByteArray(32 * 1024 * 1024 + 1, ' '), "the file is larger than 32 MiB");
    row("not JSON", "{\n  \"format\": \"corokitchen-scenario/1\",\n  }",
        "not valid JSON at line 3, column 4: object is missing after a comma");
    // Columns count characters: the two Hangul syllables are six UTF-8 bytes but two columns.
    row("not JSON, Korean columns", "{\"title\": \"커피\" x}",
        "not valid JSON at line 1, column 17: unterminated object");
    row("garbage after", "{} x",
        "not valid JSON at line 1, column 4: garbage at the end of the document");
    row("truncated", R"({"format": "corokitchen-scenario/1", "id": "t", "ti)",
        "not valid JSON at line 1, column 52: unterminated string");
    row("binary garbage", QByteArray("\x00\x01\xff\xfe", 4),
        "not valid JSON at line 1, column 2: illegal value");
    row("binary garbage, a PNG header", QByteArray("\x89PNG\r\n\x1a\n\x00\x00", 10),
        "not valid JSON at line 1, column 1: illegal value");
    row("invalid UTF-8 in a string", "{\"format\": \"\xff\xfe\"}",
        "not valid JSON at line 1, column 13: invalid UTF8 string");
    row("NUL after the document", QByteArray("{}\0", 3),
        "not valid JSON at line 1, column 3: garbage at the end of the document");
    row("byte order mark alone", "\xEF\xBB\xBF \n", "the file is empty");
    // JSON has no NaN or infinity; a number too large for a double is refused as JSON.
    row("infinite wait", steps(R"([{"wait": 1e999}])"),
        "not valid JSON at line 1, column 111: illegal number");
    row("negative infinite wait", steps(R"([{"wait": -1e999}])"),
        "not valid JSON at line 1, column 112: illegal number");
    row("nested too deep", QByteArray(2000, '['),
        "not valid JSON at line 1, column 1026: too deeply nested document");
    row("deep value where a text goes",
        steps(R"([{"log": )" + QByteArray(1000, '[') + QByteArray(1000, ']') + "}]"),
        R"(tasks[0].steps[0]: "log" must be a text: a string or {"en": "...", "ko": "..."}, found an array)");

    // What Qt's parser lets through but JSON does not.
    row("control character in a string", steps("[{\"log\": \"a\tb\"}]"),
        "not valid JSON at line 1, column 107: control character U+0009 in a string (write it as "
        "an escape such as \\n, \\t or \\u0001)");
    row("NUL in a string", steps(QByteArray("[{\"log\": \"a\0b\"}]", 16)),
        "not valid JSON at line 1, column 107: control character U+0000 in a string (write it as "
        "an escape such as \\n, \\t or \\u0001)");
    row("newline in a key", "{\"a\nb\": 1}",
        "not valid JSON at line 1, column 4: control character U+000A in a string (write it as "
        "an escape such as \\n, \\t or \\u0001)");
    row("unknown escape", steps(R"([{"log": "C:\path"}])"),
        R"(not valid JSON at line 1, column 108: unknown escape \p in a string (write \\ for a backslash))");
    row("number without a leading digit", steps(R"([{"wait": .5}])"),
        R"(not valid JSON at line 1, column 106: illegal number ".5" (JSON needs a digit on each side of the point, as in 0.5))");
    row("number without a digit after its point", steps(R"([{"wait": 1.}])"),
        R"(not valid JSON at line 1, column 106: illegal number "1." (JSON needs a digit on each side of the point, as in 0.5))");
    row("number with an exponent after its point", steps(R"([{"wait": -1.e3}])"),
        R"(not valid JSON at line 1, column 106: illegal number "-1.e3" (JSON needs a digit on each side of the point, as in 0.5))");

    // A key given twice would silently keep only the last value.
    row("format twice", "{" + format + ", " + format + "}", R"(duplicate key "format")");
    row("wait twice", steps(R"([{"wait": 1, "wait": 2}])"),
        R"(tasks[0].steps[0]: duplicate key "wait")");
    row("steps twice", scenario(R"([{"name": "a", "steps": [], "steps": [{"wait": 1}]}])"),
        R"(tasks[0]: duplicate key "steps")");
    row("tasks twice", scenario("[" + task + R"(], "tasks": [)" + task + "]"),
        R"(duplicate key "tasks")");
    row("key twice, once escaped", steps(R"([{"log": "x"}, {"wait": 1, "wait": 2}])"),
        R"(tasks[0].steps[1]: duplicate key "wait")");
    row("key twice in a text", steps(R"([{"log": {"en": "x", "ko": "y", "en": "z"}}])"),
        R"(tasks[0].steps[0].log: duplicate key "en")");
    row("key twice in a download",
        steps(R"([{"download": {"bytes": 10, "chunk": 1, "chunk": 2}}])"),
        R"(tasks[0].steps[0].download: duplicate key "chunk")");
    row("key twice in a large object",
        "{" + format + R"(, "x": {"k0": 0, "k1": 0, "k2": 0, "k3": 0, "k4": 0, "k5": 0, "k6": 0,
        "k7": 0, "k8": 0, "k9": 0, "k10": 0, "k11": 0, "k12": 0, "k13": 0, "k14": 0, "k15": 0,
        "k16": 0, "k17": 0, "k3": 1}})",
        R"(x: duplicate key "k3")");
    row("key twice under an odd key", "{" + format + R"(, "a\nb": {"k": 0, "k": 1}})",
        R"("a\nb": duplicate key "k")");
    row("key twice in an array at the top", R"([{"k": 0, "k": 1}])", R"([0]: duplicate key "k")");
    row("top level array", "[]",
        R"(the top level must be an object such as {"format": "corokitchen-scenario/1", ...})");
    row("format missing", R"({"id": "t"})",
        R"("format" is missing (expected "corokitchen-scenario/1"))");
    row("format wrong", R"({"format": "corokitchen-scenario/2"})",
        R"("format" must be "corokitchen-scenario/1", found "corokitchen-scenario/2")");
    row("format number", R"({"format": 1})",
        R"("format" must be "corokitchen-scenario/1", found 1)");
    row("unknown root key", "{" + format + R"(, "colour": 1})",
        R"(unknown key "colour" (expected format, id, title, description, routines, tasks, threads, objects))");
    row("id missing", "{" + format + "}", R"("id" is missing)");
    row("id invalid", "{" + format + R"(, "id": "My Kitchen"})",
        R"("id" must be a non-empty string of a-z, 0-9, _ and -, found "My Kitchen")");
    row("id empty", "{" + format + R"(, "id": ""})",
        R"("id" must be a non-empty string of a-z, 0-9, _ and -, found "")");
    row("id number", "{" + format + R"(, "id": 7})",
        R"("id" must be a non-empty string of a-z, 0-9, _ and -, found 7)");
    row("title missing", "{" + format + R"(, "id": "t"})", R"("title" is missing)");
    row("title number", "{" + format + R"(, "id": "t", "title": 3})",
        R"("title" must be a text: a string or {"en": "...", "ko": "..."}, found 3)");
    row("title unknown language", "{" + format + R"(, "id": "t", "title": {"en": "a", "fr": "b"}})",
        R"(title: unknown key "fr" (expected en, ko))");
    row("title no language", "{" + format + R"(, "id": "t", "title": {}})",
        R"(title: a text needs "en" or "ko")");
    row("title ko number", "{" + format + R"(, "id": "t", "title": {"ko": 1}})",
        R"(title: "ko" must be a string, found 1)");
    row("description array", "{" + format + R"(, "id": "t", "title": "T", "description": []})",
        R"("description" must be a text: a string or {"en": "...", "ko": "..."}, found an array)");
    row("tasks missing", "{" + format + R"(, "id": "t", "title": "T"})", R"("tasks" is missing)");
    row("tasks empty", scenario("[]"), R"("tasks" must hold at least one task)");
    row("tasks object", scenario("{}"), R"("tasks" must be an array of tasks)");
    row("routines object", scenario("[" + task + "]", "{}"),
        R"("routines" must be an array of routines)");
    row("too many names", scenario(repeated("{}", 150000), repeated("{}", 50001)),
        "too many tasks and routines: 200001 (the limit is 200000)");
    row("too many steps in total",
        scenario(repeated(R"({"steps": )" + repeated("{}", 10000) + "}", 200).chopped(1) +
                 R"(, {"steps": [{}]}])"),
        "too many steps in total: 2000001 (the limit is 2000000)");

    // Tasks and routines.
    row("task not an object", scenario("[1]"),
        R"(tasks[0]: a task must be an object with "name" and "steps")");
    row("task unknown key", scenario(R"([{"name": "a", "steps": [], "colour": "red"}])"),
        R"(tasks[0]: unknown key "colour" (expected name, after, result, awaited, steps))");
    row("name missing", scenario(R"([{"steps": []}])"), R"(tasks[0]: "name" is missing)");
    row("name number", scenario(R"([{"name": 7, "steps": []}])"),
        R"(tasks[0]: "name" must be a string, found 7)");
    row("name with space", scenario(R"([{"name": "brew coffee", "steps": []}])"),
        R"(tasks[0]: "name" must be an identifier (a letter or _, then letters, digits or _), found "brew coffee")");
    row("name starting with a digit", scenario("[" + task + R"(, {"name": "1st", "steps": []}])"),
        R"(tasks[1]: "name" must be an identifier (a letter or _, then letters, digits or _), found "1st")");
    row("steps missing", scenario(R"([{"name": "a"}])"), R"(tasks[0]: "steps" is missing)");
    row("steps object", scenario(R"([{"name": "a", "steps": {}}])"),
        R"(tasks[0]: "steps" must be an array of steps)");
    row("too many steps", steps(repeated("{\"wait\": 1}", 10001)),
        "tasks[0]: too many steps: 10001 (the limit is 10000)");
    row("after not an array", scenario(R"([{"name": "a", "after": "b", "steps": []}])"),
        R"(tasks[0]: "after" must be an array of task names)");
    row("after number", scenario(R"([{"name": "a", "after": [1], "steps": []}])"),
        "tasks[0].after[0]: a task name must be a string, found 1");
    row("awaited not a boolean", scenario(R"([{"name": "a", "awaited": "no", "steps": []}])"),
        R"(tasks[0].awaited: "awaited" must be true or false, found "no")");
    row("unawaited after", scenario(R"([{"name": "a", "steps": []},
        {"name": "b", "awaited": false, "after": ["a"], "steps": []}])"),
        "tasks[1].after: a task that is never awaited cannot come after other tasks");
    row("after unawaited", scenario(R"([{"name": "a", "awaited": false, "steps": []},
        {"name": "b", "after": ["a"], "steps": []}])"),
        R"(tasks[1].after[0]: "a" is never awaited, so no task can come after it)");
    row("result boolean", scenario(R"([{"name": "a", "result": true, "steps": []}])"),
        R"(tasks[0]: "result" must be a text: a string or {"en": "...", "ko": "..."}, found true)");
    row("routine not an object", scenario("[" + task + "]", R"(["r"])"),
        R"(routines[0]: a routine must be an object with "name" and "steps")");
    row("routine with a result",
        scenario("[" + task + "]", R"([{"name": "r", "result": "x", "steps": []}])"),
        R"(routines[0]: unknown key "result" (expected name, steps))");

    // Steps.
    row("step not an object", steps(R"(["wait 3"])"),
        R"(tasks[0].steps[0]: a step must be an object such as {"wait": 1}, found "wait 3")");
    rowText("step empty", steps("[{}]"),
            QStringLiteral("tasks[0].steps[0]: a step needs a kind (expected %1)").arg(kKinds));
    rowText("step unknown", scenario("[" + task + R"(, {"name": "b", "steps": [{"fly": 1}]}])"),
            QStringLiteral(R"(tasks[1].steps[0]: unknown step "fly" (expected %1))").arg(kKinds));
    row("step two kinds", steps(R"([{"wait": 1, "log": "x"}])"),
        R"(tasks[0].steps[0]: a step has exactly one kind, found "log" and "wait")");
    row("step three kinds", steps(R"([{"wait": 1, "log": "x", "block": 2}])"),
        R"(tasks[0].steps[0]: a step has exactly one kind, found "block", "log" and "wait")");
    row("wait text", steps(R"([{"log": "x"}, {"wait": "3 s"}])"),
        R"(tasks[0].steps[1]: "wait" must be a number of seconds)");
    row("wait negative", steps(R"([{"wait": -1}])"),
        R"(tasks[0].steps[0]: "wait" must be between 0 and 86400 seconds, found -1)");
    row("block too long", steps(R"([{"block": 86400.5}])"),
        R"(tasks[0].steps[0]: "block" must be between 0 and 86400 seconds, found 86400.5)");
    row("block null", steps(R"([{"block": null}])"),
        R"(tasks[0].steps[0]: "block" must be a number of seconds)");
    row("log number", steps(R"([{"log": 5}])"),
        R"(tasks[0].steps[0]: "log" must be a text: a string or {"en": "...", "ko": "..."}, found 5)");
    row("log unknown language", steps(R"([{"log": {"en": "x", "jp": "y"}}])"),
        R"(tasks[0].steps[0].log: unknown key "jp" (expected en, ko))");
    row("call number", steps(R"([{"call": 1}])"),
        R"(tasks[0].steps[0]: "call" must be the name of a routine or an object such as {"routine": "fetch", "as": "data"}, found 1)");
    row("gather string", steps(R"([{"gather": "r"}])"),
        R"(tasks[0].steps[0]: "gather" must be an array of routine names)");
    row("gather empty", steps(R"([{"gather": []}])"),
        R"(tasks[0].steps[0]: "gather" needs at least one routine name)");
    row("gather null name", steps(R"([{"gather": ["r", null]}])"),
        "tasks[0].steps[0].gather[1]: a routine name must be a string, found null");
    row("gather too many", gatherOf(1001),
        "tasks[0].steps[0]: too many routines in one gather: 1001 (the limit is 1000)");
    // Issue 14: gather's object form, and raise.
    row("gather form without routines", steps(R"([{"gather": {"return_exceptions": true}}])"),
        R"(tasks[0].steps[0].gather: "routines" is missing)");
    row("gather form unknown key",
        steps(R"([{"gather": {"routines": ["r"], "return_exception": true}}])"),
        R"(tasks[0].steps[0].gather: unknown key "return_exception" (expected routines, )"
        R"(return_exceptions, as))");
    row("gather return_exceptions not a bool",
        steps(R"([{"gather": {"routines": ["r"], "return_exceptions": "yes"}}])"),
        R"(tasks[0].steps[0].gather.return_exceptions: "return_exceptions" must be true or )"
        R"(false, found "yes")");
    row("gather form routines empty",
        steps(R"([{"gather": {"routines": [], "return_exceptions": true}}])"),
        R"(tasks[0].steps[0]: "gather" needs at least one routine name)");
    row("gather form null name",
        steps(R"([{"gather": {"routines": ["r", 3], "return_exceptions": false}}])"),
        "tasks[0].steps[0].gather.routines[1]: a routine name must be a string, found 3");
    row("raise string", steps(R"([{"raise": "ValueError"}])"),
        R"(tasks[0].steps[0].raise: "raise" must be an object such as {"type": "ValueError", )"
        R"("message": "bad response"}, found "ValueError")");
    row("raise without type", steps(R"([{"raise": {"message": "bad"}}])"),
        R"(tasks[0].steps[0].raise: "type" is missing)");
    row("raise unknown type", steps(R"([{"raise": {"type": "KeyError", "message": "k"}}])"),
        R"(tasks[0].steps[0].raise.type: "type" must be one of AssertionError, ConnectionError, )"
        R"(ConnectionRefusedError, ConnectionResetError, Exception, IndexError, LookupError, )"
        R"(NotImplementedError, OSError, PermissionError, RuntimeError, TimeoutError, TypeError, )"
        R"(ValueError, ZeroDivisionError, found "KeyError")");
    row("raise CancelledError", steps(R"([{"raise": {"type": "CancelledError"}}])"),
        R"(tasks[0].steps[0].raise.type: "type" must be one of AssertionError, ConnectionError, )"
        R"(ConnectionRefusedError, ConnectionResetError, Exception, IndexError, LookupError, )"
        R"(NotImplementedError, OSError, PermissionError, RuntimeError, TimeoutError, TypeError, )"
        R"(ValueError, ZeroDivisionError, found "CancelledError")");
    row("raise type not a string", steps(R"([{"raise": {"type": 1}}])"),
        R"(tasks[0].steps[0].raise.type: "type" must be one of AssertionError, ConnectionError, )"
        R"(ConnectionRefusedError, ConnectionResetError, Exception, IndexError, LookupError, )"
        R"(NotImplementedError, OSError, PermissionError, RuntimeError, TimeoutError, TypeError, )"
        R"(ValueError, ZeroDivisionError, found 1)");
    row("raise message not a string", steps(R"([{"raise": {"type": "ValueError", "message": 2}}])"),
        R"(tasks[0].steps[0].raise.message: "message" must be a string, found 2)");
    row("raise message of two lines",
        steps(R"([{"raise": {"type": "ValueError", "message": "a\nb"}}])"),
        R"(tasks[0].steps[0].raise.message: "message" must be one line)");
    row("raise unknown key", steps(R"([{"raise": {"type": "ValueError", "text": "x"}}])"),
        R"(tasks[0].steps[0].raise: unknown key "text" (expected type, message))");
    row("download not an object", steps(R"([{"download": 5}])"),
        "tasks[0].steps[0].download: \"download\" must be an object such as {\"url\": "
        "\"https://...\"} or {\"bytes\": 100000, \"rate\": 50000}");
    row("download url and bytes", steps(R"([{"download": {"url": "/x", "bytes": 5}}])"),
        "tasks[0].steps[0].download: a download needs exactly one of \"url\" and \"bytes\"");
    row("download neither", steps(R"([{"download": {"timeout": 5}}])"),
        "tasks[0].steps[0].download: a download needs exactly one of \"url\" and \"bytes\"");
    row("download ftp url", steps(R"([{"download": {"url": "ftp://example.com/f"}}])"),
        "tasks[0].steps[0].download.url: \"url\" must be an http(s) URL, or a path on the "
        "embedded server such as \"/bytes/1000\"");
    row("download rate with url", steps(R"([{"download": {"url": "/x", "rate": 5}}])"),
        "tasks[0].steps[0].download.rate: \"rate\" goes with \"bytes\", not with \"url\"");
    row("download negative bytes", steps(R"([{"download": {"bytes": -1}}])"),
        "tasks[0].steps[0].download.bytes: \"bytes\" must be a whole number of bytes from 0 "
        "to 1073741824");
    row("download zero chunk", steps(R"([{"download": {"bytes": 10, "chunk": 0}}])"),
        "tasks[0].steps[0].download.chunk: \"chunk\" must be a whole number of bytes from 1 "
        "to 1048576");
    row("download zero timeout", steps(R"([{"download": {"bytes": 10, "timeout": 0}}])"),
        "tasks[0].steps[0].download.timeout: \"timeout\" must be a number of seconds from "
        "0.001 to 86400");
    row("download unknown key", steps(R"([{"download": {"bytes": 10, "speed": 1}}])"),
        "tasks[0].steps[0].download: unknown key \"speed\" (expected url, bytes, rate, "
        "latency, chunk, drop_after, timeout, each, max_bytes)");
    row("download unknown key with a newline", steps(R"([{"download": {"bytes": 10, "a\nb": 1}}])"),
        "tasks[0].steps[0].download: unknown key \"a\\nb\" (expected url, bytes, rate, "
        "latency, chunk, drop_after, timeout, each, max_bytes)");
    row("download each unknown", steps(R"([{"download": {"bytes": 10, "each": "play"}}])"),
        "tasks[0].steps[0].download.each: unknown routine \"play\"");

    // Names.
    row("task defined twice", scenario("[" + task + "," + task + "]"),
        R"(tasks[1]: "a" is defined twice (first at tasks[0]))");
    row("task and routine share a name", scenario("[" + task + "]", "[" + task + "]"),
        R"(routines[0]: "a" is defined twice (first at tasks[0]))");
    row("routine defined twice",
        scenario("[" + task + "]", R"([{"name": "r", "steps": []}, {"name": "r", "steps": []}])"),
        R"(routines[1]: "r" is defined twice (first at routines[0]))");
    row("call unknown", steps(R"([{"call": "x"}])"), R"(tasks[0].steps[0]: unknown routine "x")");
    row("call a task", scenario("[" + task + R"(, {"name": "b", "steps": [{"call": "a"}]}])"),
        R"(tasks[1].steps[0]: unknown routine "a" (that name is a task))");
    row("gather unknown",
        scenario(R"([{"name": "a", "steps": [{"gather": ["r", "x"]}]}])",
                 R"([{"name": "r", "steps": []}])"),
        R"(tasks[0].steps[0].gather[1]: unknown routine "x")");
    row("routine calls unknown",
        scenario("[" + task + "]", R"([{"name": "r", "steps": [{"log": "x"}, {"call": "y"}]}])"),
        R"(routines[0].steps[1]: unknown routine "y")");
    row("after unknown", scenario(R"([{"name": "a", "after": ["x"], "steps": []}])"),
        R"(tasks[0].after[0]: unknown task "x")");
    row("after a routine",
        scenario(R"([{"name": "a", "after": ["r"], "steps": []}])",
                 R"([{"name": "r", "steps": []}])"),
        R"(tasks[0].after[0]: unknown task "r" (that name is a routine))");

    // Cycles and depth.
    row("after itself", scenario(R"([{"name": "a", "after": ["a"], "steps": []}])"),
        "tasks[0]: cycle: a -> a");
    row("after cycle",
        scenario(
            R"([{"name": "a", "after": ["b"], "steps": []}, {"name": "b", "after": ["a"], "steps": []}])"),
        "tasks[0]: cycle: a -> b -> a");
    row("after cycle of three", scenario(R"([{"name": "x", "steps": []},
        {"name": "a", "after": ["b"], "steps": []}, {"name": "b", "after": ["c"], "steps": []},
        {"name": "c", "after": ["x", "a"], "steps": []}])"),
        "tasks[1]: cycle: a -> b -> c -> a");
    row("routine calls itself",
        scenario("[" + task + "]", R"([{"name": "r", "steps": [{"call": "r"}]}])"),
        "routines[0]: cycle: r -> r");
    row("routine streams into itself",
        scenario("[" + task + "]",
                 R"([{"name": "r", "steps": [{"download": {"bytes": 9, "each": "r"}}]}])"),
        "routines[0]: cycle: r -> r");
    row("routine cycle through gather",
        scenario(
            "[" + task + "]",
            R"([{"name": "r", "steps": [{"gather": ["s"]}]}, {"name": "s", "steps": [{"call": "r"}]}])"),
        "routines[0]: cycle: r -> s -> r");
    row("long cycle", chainScenario(10, "r0"),
        "routines[0]: cycle: r0 -> r1 -> r2 -> r3 -> r4 -> r5 -> r6 -> r7 -> … (2 more) -> r0");
    row("calls too deep", chainScenario(65, {}),
        "routines[0]: too many nested routine calls: 65 (the limit is 64)");

    // What a run would cost: a short file can describe a run that never ends.
    row("routines that gather routines",
        scenario(R"([{"name": "a", "steps": [{"call": "r0"}]}])", gatherTree(8, 10)),
        "tasks[0]: a run would take more than 2000000 steps (a routine's steps count each time "
        "it is awaited, a download's chunks one each)");
    row("download of a billion chunks",
        steps(R"([{"download": {"bytes": 1073741824, "chunk": 1}}])"),
        "tasks[0]: a run would take more than 2000000 steps (a routine's steps count each time "
        "it is awaited, a download's chunks one each)");
    row("each routine for every chunk",
        scenario(
            R"([{"name": "a", "steps": [{"download": {"bytes": 1000000, "chunk": 1, "each": "r"}}]}])",
            R"([{"name": "r", "steps": [{"log": "x"}, {"log": "y"}]}])"),
        "tasks[0]: a run would take more than 2000000 steps (a routine's steps count each time "
        "it is awaited, a download's chunks one each)");
    // r runs 70 × 10001 steps (3500 log lines and 6500 waits in each 10000): two tasks that call
    // it stay within every limit, a third goes over the steps.
    row("steps over the run limit by the third task",
        scenario(
            R"([{"name": "a", "steps": [{"call": "r"}]}, {"name": "b", "steps": [{"call": "r"}]},
                     {"name": "c", "steps": [{"call": "r"}]}])",
            '[' + routineOf(repeated(R"({"call": "s"})", 70)) + R"(, {"name": "s", "steps": )" +
                repeated(R"({"log": "x"})", 3500).chopped(1) + ',' +
                repeated(R"({"wait": 0})", 6500).sliced(1) + "}]"),
        "tasks[2]: a run would take more than 2000000 steps (a routine's steps count each time "
        "it is awaited, a download's chunks one each)");
    // r waits 10000 × 50000 s: twice is the limit exactly, half a second more is over.
    row("seconds over the run limit",
        scenario(R"([{"name": "a", "steps": [{"call": "r"}]},
                     {"name": "b", "steps": [{"call": "r"}, {"wait": 0.5}]}])",
                 '[' + routineOf(repeated(R"({"wait": 50000})", 10000)) + ']'),
        "tasks[1]: a run would last more than 1000000000 seconds (its waits, blocks and downloads "
        "added up, a routine's each time it is awaited)");
    row("download at a crawl", steps(R"([{"download": {"bytes": 1000000, "rate": 1e-300}}])"),
        "tasks[0]: a run would last more than 1000000000 seconds (its waits, blocks and downloads "
        "added up, a routine's each time it is awaited)");

    // Issue 12: what a run keeps in memory and takes time for beyond its steps. Nested gathers
    // of a few kilobytes start a million coroutines in 1001001 steps.
    row("a million coroutines in nested gathers", nestedGathers(1000, 1000),
        "tasks[0]: a run would start 1001001 coroutines; the limit is 250000 (one per task, and "
        "one per routine each time it is awaited)");
    // 5000 calls of 199 waits: 1000000 steps and 1000001 spans with the task's.
    row("spans over the run limit", callers(1, 5000, repeated(R"({"wait": 0})", 199)),
        "tasks[0]: a run would record 1000001 spans; the limit is 1000000 (one per task, routine, "
        "wait, block, gather, download and chunk)");
    row("log lines over the run limit", callers(1, 5000, repeated(R"({"log": "x"})", 101)),
        "tasks[0]: a run would print 505000 log lines; the limit is 500000");
    row("log text over the run limit",
        callers(1, 10000, R"([{"log": ")" + QByteArray(10001, 'x') + "\"}]"),
        "tasks[0]: a run would write 100010000 characters of log lines and names; the limit is "
        "100000000");
    // Each call of g gathers a routine of a 1000-character name 1000 times: 1003000 characters
    // of its lanes' names ("/" + the name, and the task's name in each lane).
    row("gathered names over the run limit", longNamesGathered(100),
        "tasks[0]: a run would write 100300000 characters of log lines and names; the limit is "
        "100000000");
    row("embedded path of a billion chunks",
        steps(R"([{"download": {"url": "/bytes/1073741824?rate=0.5&chunk=1"}}])"),
        "tasks[0]: a run would take more than 2000000 steps (a routine's steps count each time "
        "it is awaited, a download's chunks one each)");
    row("embedded path at a crawl",
        steps(R"([{"download": {"url": "/bytes/1000000?rate=0.0001"}}])"),
        "tasks[0]: a run would last more than 1000000000 seconds (its waits, blocks and downloads "
        "added up, a routine's each time it is awaited)");
    row("number with a leading zero", steps(R"([{"wait": 01}])"),
        "not valid JSON at line 1, column 106: illegal number \"01\" (JSON numbers have no "
        "leading zeros)");
    row("negative number with a leading zero", "[-007]",
        "not valid JSON at line 1, column 2: illegal number \"-007\" (JSON numbers have no "
        "leading zeros)");
    row("number with a leading zero at the top level", "01",
        "not valid JSON at line 1, column 1: illegal number \"01\" (JSON numbers have no leading "
        "zeros)");

    // Values from the file are quoted so that the refusal stays one line.
    row("name with a newline", steps(R"([{"call": "a\nb\"c"}])"),
        R"(tasks[0].steps[0]: unknown routine "a\nb\"c")");
    row("long value", steps(R"([{"call": ")" + QByteArray(100, 'x') + "\"}]"),
        QByteArray("tasks[0].steps[0]: unknown routine \"" + QByteArray(59, 'x') + "…\"")
            .constData());
}

void TstScenarioLoader::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const ScenarioLoadResult result = ScenarioLoader::fromJson(json, QStringLiteral("bad.json"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error, expected);
}

// The largest scenario allowed, one chain of routines closed into a cycle: the checks walk it
// with their own stack, not the call stack (which a recursive walk would overflow).
void TstScenarioLoader::longChainsNeedNoRecursion()
{
    const ScenarioLoadResult result =
        ScenarioLoader::fromJson(chainScenario(199999, "r0"), QStringLiteral("t"));
    QCOMPARE(result.error, QStringLiteral("t: routines[0]: cycle: r0 -> r1 -> r2 -> r3 -> r4 -> r5 "
                                          "-> r6 -> r7 -> … (199991 more) -> r0"));
}

void TstScenarioLoader::refusalsAreOneLine()
{
    const ScenarioLoadResult result =
        ScenarioLoader::fromJson(steps(R"([{"fly\n\u2028": 1}])"), QStringLiteral("t"));
    QVERIFY(!result.ok());
    QVERIFY(!result.error.contains(QLatin1Char('\n')));
    QVERIFY(!result.error.contains(QChar(0x2028)));
    QVERIFY(result.error.startsWith(
        QStringLiteral("t: tasks[0].steps[0]: unknown step \"fly\\n\\u2028\"")));
}

void TstScenarioLoader::fromFile()
{
    const ScenarioLoadResult result =
        ScenarioLoader::fromFile(testData + QStringLiteral("/scenario-minimal.json"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.scenario->id, QStringLiteral("minimal"));
    QCOMPARE(result.scenario->title.korean(), QStringLiteral("최소"));
    QCOMPARE(result.scenario->tasks.size(), 1u);
    QCOMPARE(result.scenario->tasks[0].steps[1].duration, 500ms);
}

// The complete example of docs/scenario-format.md, kept in tests/data so that it stays valid.
void TstScenarioLoader::documentedExample()
{
    const ScenarioLoadResult result =
        ScenarioLoader::fromFile(testData + QStringLiteral("/scenario-example.json"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Scenario &s = *result.scenario;
    QCOMPARE(s.id, QStringLiteral("breakfast"));
    QCOMPARE(s.routines.size(), 3u);
    QCOMPARE(s.routines[1].steps[0].kind, Step::Kind::Block);
    QCOMPARE(s.routines[1].steps[0].duration, 500ms);
    QCOMPARE(s.routines[2].steps[0].routineIndices, (std::vector<int>{0, 1}));
    QCOMPARE(s.tasks.size(), 3u);
    QCOMPARE(s.tasks[0].steps[1].routineIndices, std::vector<int>{2});
    QVERIFY(s.tasks[1].result());
    QCOMPARE(*s.tasks[1].result(), LocalizedText(QStringLiteral("Eggs fried")));
    QCOMPARE(s.tasks[2].afterIndices(), (std::vector<int>{0, 1}));
}

void TstScenarioLoader::fromFileMissing()
{
    const QString path = testData + QStringLiteral("/no-such-scenario.json");
    const ScenarioLoadResult result = ScenarioLoader::fromFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, path + QStringLiteral(": No such file or directory"));
}

void TstScenarioLoader::fromFileDirectory()
{
    const ScenarioLoadResult result = ScenarioLoader::fromFile(testData);
    QCOMPARE(result.error, testData + QStringLiteral(": is a directory"));
}

// Issue 12: a FIFO is opened without waiting for a writer and refused for what it is. Before,
// the loader blocked in open() until a writer came, forever.
void TstScenarioLoader::fromFileFifoReturnsAtOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("scenario.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(ScenarioLoader::fromFile(fifo).error,
             fifo + QStringLiteral(": is not a regular file"));
    QCOMPARE(ScenarioSource::resolve(fifo).error, fifo + QStringLiteral(": is not a regular file"));
    QVERIFY(timer.elapsed() < 5000);
}

void TstScenarioLoader::fromFileDevice()
{
    const QString device = QStringLiteral("/dev/zero"); // endless: read to the size cap before
    QCOMPARE(ScenarioLoader::fromFile(device).error,
             device + QStringLiteral(": is not a regular file"));
    QCOMPARE(ScenarioSource::resolve(device).error,
             device + QStringLiteral(": is not a regular file"));
}

// A path that is not a file says why, instead of "unknown scenario": a bare word that is no
// file and no built-in is still an unknown scenario.
void TstScenarioLoader::resolveNamesWhatThePathIs()
{
    QCOMPARE(ScenarioSource::resolve(testData).error,
             testData + QStringLiteral(": is a directory"));
    const QString missing = testData + QStringLiteral("/no-such-scenario.json");
    QCOMPARE(ScenarioSource::resolve(missing).error,
             missing + QStringLiteral(": No such file or directory"));
    QCOMPARE(ScenarioSource::resolve(QStringLiteral("kitchen.json")).error,
             QStringLiteral("kitchen.json: No such file or directory"));
    QVERIFY(ScenarioSource::resolve(QStringLiteral("crowd:10")).ok());
    QCOMPARE(ScenarioSource::resolve(QStringLiteral("crowd:1.5")).error,
             QStringLiteral("crowd:1.5: the crowd's size must be a whole number from 1 to 1000000, "
                            "as in crowd:100000"));
}

// Issue 12: a path on the embedded server is costed like the `bytes` download it plays, read
// as the server reads it (percent escapes and all); before, it cost one step and ran for years.
void TstScenarioLoader::embeddedPathsCostLikeBytes()
{
    const QString steps = QStringLiteral(
        "t: tasks[0]: a run would take more than 2000000 steps (a routine's steps count each "
        "time it is awaited, a download's chunks one each)");
    for (const QByteArray &path : {QByteArray("/bytes/1073741824?rate=0.5&chunk=1"),
                                   QByteArray("/bytes/%31073741824?chunk=%31&rate=0%2E5"),
                                   QByteArray("/bytes/2000000?chunk=1")}) {
        const QByteArray json = cktest::steps(R"([{"download": {"url": ")" + path + "\"}}]");
        QCOMPARE(ScenarioLoader::fromJson(json, QStringLiteral("t")).error, steps);
    }
    // What the server refuses at once costs one step; a path within the limits loads.
    for (const QByteArray &path :
         {QByteArray("/bytes/999998?chunk=1"), QByteArray("/elsewhere"), QByteArray("/bytes/abc"),
          QByteArray("/bytes/10?rate=-1"), QByteArray("/bytes/10/more")}) {
        const QByteArray json = cktest::steps(R"([{"download": {"url": ")" + path + "\"}}]");
        const ScenarioLoadResult result = ScenarioLoader::fromJson(json, QStringLiteral("t"));
        QVERIFY2(result.ok(), qPrintable(result.error));
    }
}

// The limits of issue 12 are inclusive: 25 tasks of 9999 calls start 250000 coroutines;
// 5000 calls of 100 log lines print 500000; 49 calls of g write 98245784 characters.
void TstScenarioLoader::runCostLimitsAreInclusive()
{
    QVERIFY(ScenarioLoader::fromJson(callers(25, 9999, "[]"), QStringLiteral("t")).ok());
    QCOMPARE(ScenarioLoader::fromJson(callers(25, 10000, "[]"), QStringLiteral("t")).error,
             QStringLiteral("t: tasks[24]: a run would start 250025 coroutines; the limit is "
                            "250000 (one per task, and one per routine each time it is awaited)"));
    QVERIFY(ScenarioLoader::fromJson(callers(1, 5000, repeated(R"({"log": "x"})", 100)),
                                     QStringLiteral("t"))
                .ok());
    QVERIFY(ScenarioLoader::fromJson(longNamesGathered(99), QStringLiteral("t")).ok());
}

void TstScenarioLoader::fromFileEmpty()
{
    const QString path = testData + QStringLiteral("/scenario-empty.json");
    QCOMPARE(ScenarioLoader::fromFile(path).error, path + QStringLiteral(": the file is empty"));
}

void TstScenarioLoader::fromFileNotJson()
{
    const QString path = testData + QStringLiteral("/scenario-not-json.json");
    QCOMPARE(ScenarioLoader::fromFile(path).error,
             path + QStringLiteral(": not valid JSON at line 4, column 6: unterminated object"));
}

void TstScenarioLoader::resolveId()
{
    const ScenarioLoadResult result = ScenarioSource::resolve(QStringLiteral("two-downloads"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.scenario->id, QStringLiteral("two-downloads"));
}

void TstScenarioLoader::resolvePath()
{
    const QString path = testData + QStringLiteral("/scenario-minimal.json");
    const ScenarioLoadResult result = ScenarioSource::resolve(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.scenario->id, QStringLiteral("minimal"));
    const QString broken = testData + QStringLiteral("/scenario-empty.json");
    QCOMPARE(ScenarioSource::resolve(broken).error, broken + QStringLiteral(": the file is empty"));
}

void TstScenarioLoader::resolveUnknown()
{
    QCOMPARE(ScenarioSource::resolve(QStringLiteral("nope")).error,
             QStringLiteral("unknown scenario \"nope\": neither a built-in (%1) nor a file")
                 .arg(BuiltinScenarios::ids().join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TstScenarioLoader)

#include "tst_scenarioloader.moc"
