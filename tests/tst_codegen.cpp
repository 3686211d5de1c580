// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "codegen/pythonprogram.h"
#include "net/loopbackserver.h"
#include "python.h"
#include "runharness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>

namespace {

// The text of 1-based line `line`, or a null string.
QString lineAt(const QString &text, int line)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    return line >= 1 && line <= lines.size() ? lines[line - 1] : QString();
}

// The programs CPython cannot compile, each with its complaint (one interpreter for all).
QStringList uncompilable(const QStringList &programs, QString *error)
{
    QProcess python;
    python.start(
        QStringLiteral("python3"),
        {QStringLiteral("-c"), QStringLiteral("import ast, json, sys\n"
                                              "for i, p in enumerate(json.load(sys.stdin)):\n"
                                              "    try:\n"
                                              "        ast.parse(p)\n"
                                              "    except SyntaxError as e:\n"
                                              "        print(i, e)\n")});
    python.write(QJsonDocument(QJsonArray::fromStringList(programs)).toJson());
    python.closeWriteChannel();
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        *error = QString::fromUtf8(python.readAllStandardError());
    return QString::fromUtf8(python.readAllStandardOutput())
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Runs the Python `program` with python3, its downloads served by `server`, until it exits:
// false when it did not within 30 s.
bool runAgainst(const ck::LoopbackServer &server, const QString &program, QProcess &python)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("COROKITCHEN_SERVER"), server.baseUrl().toString());
    python.setProcessEnvironment(environment);
    QSignalSpy finished(&python, &QProcess::finished);
    python.start(QStringLiteral("python3"), {QStringLiteral("-")});
    python.write(program.toUtf8());
    python.closeWriteChannel();
    return finished.wait(30000); // the server answers from this thread's event loop
}

} // namespace

class TstCodegen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pythonPrintsTheAppsLog_data();
    void pythonPrintsTheAppsLog();
    void koreanPrints();
    void lineMapPointsAtTheSteps();
    void everyScenarioAndModeHasAProgram();
    void downloadsKeepTheServersPacing();
    void urlDownloadsFetchOverHttp();
    void urlDownloadFaultsRaiseAsTheApp_data();
    void urlDownloadFaultsRaiseAsTheApp();
};

void TstCodegen::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        QSKIP("python3 is not installed");
}

void TstCodegen::pythonPrintsTheAppsLog_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<double>("speed");
    for (const char *id : {"kitchen", "api-calls", "two-downloads", "download-chunks"})
        for (const char *mode : {"sequential", "gather", "create-task"})
            QTest::addRow("%s %s", id, mode)
                << QString::fromLatin1(id) << QString::fromLatin1(mode) << 100.0;
    // the pitfalls: a blocking call inside a coroutine, a task created and never awaited
    for (const char *id : {"blocking-call", "forgotten-task"})
        for (const char *mode : {"sequential", "gather", "create-task"})
            QTest::addRow("%s %s", id, mode)
                << QString::fromLatin1(id) << QString::fromLatin1(mode) << 50.0;
    // `bytes` downloads, simulated chunk by chunk (movie-stream: `each`, awaited per chunk)
    for (const char *id : {"http-downloads", "movie-stream"})
        for (const char *mode : {"sync", "sequential", "gather", "create-task"})
            QTest::addRow("%s %s", id, mode)
                << QString::fromLatin1(id) << QString::fromLatin1(mode) << 50.0;
    QTest::newRow("kitchen sync") << "kitchen"
                                  << "sync" << 100.0;
    QTest::newRow("kitchen bounded:1") << "kitchen"
                                       << "bounded:1" << 100.0;
    // gather steps, blocking steps, `after` and wake-ups at the same scenario time
    QTest::newRow("tricky gather") << "tricky-asyncio.json"
                                   << "gather" << 10.0;
    QTest::newRow("tricky create-task") << "tricky-asyncio.json"
                                        << "create-task" << 10.0;
    QTest::newRow("tricky bounded:2") << "tricky-asyncio.json"
                                      << "bounded:2" << 10.0;
    QTest::newRow("staggered bounded:2") << "staggered-asyncio.json"
                                         << "bounded:2" << 10.0;
    QTest::newRow("staggered sync") << "staggered-asyncio.json"
                                    << "sync" << 10.0;
}

void TstCodegen::pythonPrintsTheAppsLog()
{
    QFETCH(QString, scenario);
    QFETCH(QString, mode);
    QFETCH(double, speed);
    const auto loaded = cktest::scenarioNamed(scenario);
    const ck::Strategy strategy = cktest::mode(mode);
    QString error;
    const auto program =
        ck::PythonProgram::generate(*loaded, strategy, ck::Language::English, speed, &error);
    QVERIFY2(program, qPrintable(error));
    cktest::VirtualRun run(loaded, strategy);
    // Wake-ups at one scenario instant (tricky-asyncio's; movie-stream's last chunk played as
    // the whole download ends at 2.2 s) are told apart by CPython's wall clock: on a loaded
    // machine a blocking call or a late timer can reorder them. Up to three tries tell such
    // jitter from a wrong program, which prints the wrong order every time.
    const int tries = 3;
    QStringList printed;
    for (int attempt = 0; attempt < tries && printed != run.lines(); ++attempt) {
        printed = cktest::runPython(program->text, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!printed.isEmpty());
        QVERIFY2(printed.takeLast().startsWith(QStringLiteral("Total execution time : ")),
                 qPrintable(printed.join(QLatin1Char('\n'))));
    }
    QCOMPARE(printed, run.lines());
}

void TstCodegen::koreanPrints()
{
    QString error;
    const auto program = ck::PythonProgram::generate(*cktest::builtin(QStringLiteral("kitchen")),
                                                     cktest::mode(QStringLiteral("gather")),
                                                     ck::Language::Korean, 100.0, &error);
    QVERIFY(program);
    QStringList printed = cktest::runPython(program->text, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(printed.takeLast().startsWith(QStringLiteral("총 실행 시간 : ")));
    cktest::VirtualRun run(cktest::builtin(QStringLiteral("kitchen")),
                           cktest::mode(QStringLiteral("gather")));
    QCOMPARE(printed, run.lines(ck::Language::Korean));
}

void TstCodegen::lineMapPointsAtTheSteps()
{
    QString error;
    const auto program = ck::PythonProgram::generate(*cktest::builtin(QStringLiteral("kitchen")),
                                                     cktest::mode(QStringLiteral("gather")),
                                                     ck::Language::English, 1.0, &error);
    QVERIFY(program);
    const auto at = [&](const ck::CodeLocation &location) {
        return lineAt(program->text, program->lines.lineOf(location));
    };
    QCOMPARE(at(ck::CodeLocation::task(0)), QStringLiteral("async def brewCoffee():"));
    QCOMPARE(at(ck::CodeLocation::task(0, 0)), QStringLiteral("    print(\"Start brewCoffee()\")"));
    QCOMPARE(at(ck::CodeLocation::task(0, 1)), QStringLiteral("    await asyncio.sleep(3)"));
    QCOMPARE(at(ck::CodeLocation::task(1, 2)), QStringLiteral("    print(\"End toastBagel()\")"));
    QCOMPARE(at(ck::CodeLocation::main()), QStringLiteral("async def main():"));
    // one gather line for all tasks
    QCOMPARE(program->lines.lineOf(ck::CodeLocation::main(0)),
             program->lines.lineOf(ck::CodeLocation::main(1)));
    QVERIFY(at(ck::CodeLocation::main(0)).contains(QStringLiteral("await asyncio.gather(")));
    // Several results unpack without a trailing comma ("a, b, = ..." reads as a typo).
    QCOMPARE(at(ck::CodeLocation::main(0)),
             QStringLiteral("    result_brewCoffee, result_toastBagel = await "
                            "asyncio.gather(brewCoffee(), toastBagel())"));

    const auto tricky = cktest::scenarioNamed(QStringLiteral("tricky-asyncio.json"));
    const auto created = ck::PythonProgram::generate(
        *tricky, cktest::mode(QStringLiteral("create-task")), ck::Language::English, 1.0, &error);
    QVERIFY(created);
    const auto line = [&](const ck::CodeLocation &location) {
        return lineAt(created->text, created->lines.lineOf(location));
    };
    QCOMPARE(line(ck::CodeLocation::routine(0)), QStringLiteral("async def r1():"));
    QCOMPARE(line(ck::CodeLocation::routine(0, 3)),
             QStringLiteral("    time.sleep(0.5)  # blocks the event loop"));
    QCOMPARE(line(ck::CodeLocation::task(0, 1)),
             QStringLiteral("    await asyncio.gather(r1(), r2())"));
    QCOMPARE(line(ck::CodeLocation::task(2, 3)), QStringLiteral("    await r2()"));
    QCOMPARE(line(ck::CodeLocation::main(3)),
             QStringLiteral("    d_task = asyncio.create_task(d())"));

    const auto movie = ck::PythonProgram::generate(*cktest::builtin(QStringLiteral("movie-stream")),
                                                   cktest::mode(QStringLiteral("sequential")),
                                                   ck::Language::English, 1.0, &error);
    QVERIFY(movie);
    QCOMPARE(lineAt(movie->text, movie->lines.lineOf(ck::CodeLocation::task(1, 1))),
             QStringLiteral("    async for _chunk in download(400000, rate=200000, latency=0.2, "
                            "chunk=100000):"));
    QCOMPARE(lineAt(movie->text, movie->lines.lineOf(ck::CodeLocation::main(1))),
             QStringLiteral("    _ = await watch_streaming()"));
}

void TstCodegen::everyScenarioAndModeHasAProgram()
{
    QStringList programs;
    QStringList names;
    for (const QString &id : ck::BuiltinScenarios::ids()) {
        const auto loaded = cktest::builtin(id);
        for (const char *mode : {"sync", "sequential", "gather", "create-task", "bounded:2"}) {
            QString error;
            const auto program =
                ck::PythonProgram::generate(*loaded, cktest::mode(QString::fromLatin1(mode)),
                                            ck::Language::Korean, 3.0, &error);
            QVERIFY2(program, qPrintable(error));
            for (std::size_t t = 0; t < loaded->tasks.size(); ++t) {
                const auto line = [&](const ck::CodeLocation &location) {
                    return lineAt(program->text, program->lines.lineOf(location));
                };
                QVERIFY(line(ck::CodeLocation::task(int(t)))
                            .contains(QStringLiteral("def %1():").arg(loaded->tasks[t].name)));
                QVERIFY(line(ck::CodeLocation::main(int(t))).contains(loaded->tasks[t].name));
            }
            programs << program->text;
            names << QStringLiteral("%1 %2").arg(id, QString::fromLatin1(mode));
        }
    }
    QString error;
    const QStringList failures = uncompilable(programs, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString &failure : failures)
        qWarning("%s: %s", qPrintable(names.value(failure.section(QLatin1Char(' '), 0, 0).toInt())),
                 qPrintable(failure));
    QVERIFY(failures.isEmpty());
}

void TstCodegen::downloadsKeepTheServersPacing()
{
    // Cut short and timing out: the helper raises as the app fails the task.
    const auto faulty = cktest::fromJson(
        R"({"format":"corokitchen-scenario/1","id":"f","title":"f","tasks":[
            {"name":"cut","steps":[{"log":"cut"},
                {"download":{"bytes":1000,"rate":10000,"chunk":300,"drop_after":500}}]},
            {"name":"slow","steps":[{"log":"slow"},
                {"download":{"bytes":1000,"latency":2,"timeout":1}}]}]})");
    QString error;
    const auto program = ck::PythonProgram::generate(
        *faulty, cktest::mode(QStringLiteral("sequential")), ck::Language::English, 10.0, &error);
    QVERIFY(program);
    QVERIFY2(program->text.contains(QStringLiteral(
                 "async for _chunk in download(1000, rate=100000, latency=0, chunk=300, "
                 "drop_after=500, timeout=3):")),
             qPrintable(program->text));
    QVERIFY(program->text.contains(QStringLiteral(
        "async for _chunk in download(1000, rate=0, latency=0.2, chunk=16384, timeout=0.1):")));
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-")});
    python.write(program->text.toUtf8());
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished(30000));
    QCOMPARE(python.exitCode(), 1);
    QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()), QStringLiteral("cut\n"));
    QVERIFY(python.readAllStandardError().contains("connection closed after 500 of 1000 bytes"));
}

void TstCodegen::urlDownloadsFetchOverHttp()
{
    // A path on the embedded server, fetched by the program from COROKITCHEN_SERVER.
    const auto scenario = cktest::fromJson(
        R"({"format":"corokitchen-scenario/1","id":"u","title":"u",
            "routines":[{"name":"got","steps":[{"log":"got a chunk"}]}],
            "tasks":[{"name":"fetch_it","result":"fetched","steps":[{"log":"start"},
                {"download":{"url":"/bytes/30000?chunk=10000&rate=300000"}},{"log":"end"}]}]})");
    ck::LoopbackServer server;
    QVERIFY(server.listen());
    for (const char *mode : {"gather", "sync"}) {
        QString error;
        const auto program = ck::PythonProgram::generate(
            *scenario, cktest::mode(QString::fromLatin1(mode)), ck::Language::English, 1.0, &error);
        QVERIFY(program);
        QProcess python;
        QVERIFY(runAgainst(server, program->text, python));
        QCOMPARE(QString::fromUtf8(python.readAllStandardError()), QString());
        QStringList printed = QString::fromUtf8(python.readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!printed.isEmpty());
        printed.removeLast();
        QCOMPARE(printed, QStringList({QStringLiteral("start"), QStringLiteral("end"),
                                       QStringLiteral("Result of fetch_it : fetched")}));
    }
}

void TstCodegen::urlDownloadFaultsRaiseAsTheApp_data()
{
    QTest::addColumn<QString>("download");
    QTest::addColumn<QString>("traceback");
    // The app's texts, as TstDownloads::faultsRaiseTheirPythonExceptions has them.
    QTest::newRow("404") << QStringLiteral("{\"url\":\"/missing\"}")
                         << QStringLiteral("ConnectionError: HTTP 404 Not Found");
    QTest::newRow("dropped") << QStringLiteral("{\"url\":\"/bytes/1000?drop_after=300\"}")
                             << QStringLiteral(
                                    "ConnectionError: connection closed after 300 of 1000 bytes");
    QTest::newRow("refused") << QStringLiteral("{\"url\":\"http://127.0.0.1:1/\"}")
                             << QStringLiteral("ConnectionRefusedError: connection refused: "
                                               "http://127.0.0.1:1/");
    QTest::newRow("silent") << QStringLiteral("{\"url\":\"/bytes/10?latency=3\",\"timeout\":0.3}")
                            << QStringLiteral("TimeoutError: timed out: no data for 0.3 s");
}

// The fetch helper, async (asyncio streams) and sync (urllib), raises the app's exception: its
// traceback ends with the line the app ends main() with.
void TstCodegen::urlDownloadFaultsRaiseAsTheApp()
{
    QFETCH(QString, download);
    QFETCH(QString, traceback);
    const auto scenario =
        cktest::fromJson(QStringLiteral(R"({"format":"corokitchen-scenario/1","id":"u","title":"u",
            "tasks":[{"name":"t","steps":[{"download":%1}]}]})")
                             .arg(download)
                             .toUtf8()
                             .constData());
    ck::LoopbackServer server;
    QVERIFY(server.listen());
    for (const char *mode : {"gather", "sync"}) {
        QString error;
        const auto program = ck::PythonProgram::generate(
            *scenario, cktest::mode(QString::fromLatin1(mode)), ck::Language::English, 1.0, &error);
        QVERIFY(program);
        QProcess python;
        QVERIFY(runAgainst(server, program->text, python));
        QCOMPARE(python.exitCode(), 1);
        const QStringList lines = QString::fromUtf8(python.readAllStandardError())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.last(), traceback);
    }
}

QTEST_GUILESS_MAIN(TstCodegen)
#include "tst_codegen.moc"
