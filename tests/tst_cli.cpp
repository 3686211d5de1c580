// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "scenario/builtinscenarios.h"
#include "steps/stepkinds.h"
#include "timingbounds.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <algorithm>

#include <sys/stat.h>

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult corokitchen(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(COROKITCHEN_BINARY), arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The seed's gathered kitchen, as a learner writes it.
const QByteArray gatheredKitchen = "import asyncio, time\n"
                                   "async def brew_coffee():\n"
                                   "    print('Start brew_coffee()')\n"
                                   "    await asyncio.sleep(3)\n"
                                   "    print('End brew_coffee()')\n"
                                   "async def toast_bagel():\n"
                                   "    print('Start toast_bagel()')\n"
                                   "    await asyncio.sleep(2)\n"
                                   "    print('End toast_bagel()')\n"
                                   "async def main():\n"
                                   "    start = time.time()\n"
                                   "    await asyncio.gather(brew_coffee(), toast_bagel())\n"
                                   "    print(f'Total execution time : {time.time() - start:.2f} "
                                   "seconds')\n"
                                   "asyncio.run(main())\n";

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TstCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runPrintsTimedLinesThenTotal();
    void runOnTheRealClockIsOnTime();
    void runHintsAtPitfalls();
    void runRoundsAsPythonPrints();
    void runPrintsTheTotalWhereMainReturns();
    void runEndsWithTheTracebacksLastLine();
    void compareRunsBothOnOneLoop();
    void runPythonProgram();
    void runPythonProgramThatRaises();
    void comparePythonPrograms();
    void runProgramAsScenario();
    void runPythonProgramStoppedAtItsTimeLimit();
    void compareWithCpython();
    void narrateTellsTheLoopsStory();
    void listShowsTheBuiltins();
    void koreanLines();
    void traceAndCsvAreWritten();
    void filesToOneDeviceAreWrittenOneAfterAnother();
    void badUsage_data();
    void badUsage();
    void badScenarioFile();
    void notAFileIsRefusedAtOnce();
    void costlyFileIsRefusedAtLoad();
    void serveNamesABusyPort();
    void unwritableOutputIsRefused();
    void chartDrawsFlowsWhenAsked();
    void helpAndVersion();
    void codeWritesPythonOrCpp();
    void benchSleepersPrintsTheAsyncioFields();
    void benchIdlePrintsCpuAndLateness();
    void benchPaintPrintsFrameTimes();
    void benchWindowRunsTheCrowdInTheWindow();
    void runCrowdTakesItsCount();
    void windowKeepsItsSettingsUnderCoroKitchen();

private:
    QString writePython(const QString &name, const QByteArray &source);
    QTemporaryDir m_dir;
};

void TstCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TstCli::runPrintsTimedLinesThenTotal()
{
    const CliResult result =
        corokitchen({QStringLiteral("run"), QStringLiteral("kitchen"), QStringLiteral("--mode"),
                     QStringLiteral("gather"), QStringLiteral("--clock"), QStringLiteral("virtual"),
                     QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(lines(result.out),
             QStringList({
                 QStringLiteral("[ 0.000 s] Start brewCoffee()"),
                 QStringLiteral("[ 0.000 s] Start toastBagel()"),
                 QStringLiteral("[ 2.000 s] End toastBagel()"),
                 QStringLiteral("[ 3.000 s] End brewCoffee()"),
                 QStringLiteral("[ 3.000 s] Result of brewCoffee : Coffee ready"),
                 QStringLiteral("[ 3.000 s] Result of toastBagel : Bagel toasted"),
                 QStringLiteral("Total execution time : 3.00 seconds"),
             }));
    QCOMPARE(result.err, QString());
}

// Issue 13: Python's f"{0.125:.2f}" is "0.12" (the binary value, ties to even), not "0.13".
void TstCli::runRoundsAsPythonPrints()
{
    const QString path = m_dir.filePath(QStringLiteral("eighth.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":"corokitchen-scenario/1","id":"eighth","title":"eighth",
                  "tasks":[{"name":"main","steps":[{"wait":0.0625},{"log":"half"},
                                                   {"wait":0.0625},{"log":"end"}]}]})");
    file.close();
    const CliResult result = corokitchen(
        {QStringLiteral("run"), path, QStringLiteral("--clock"), QStringLiteral("virtual")});
    QCOMPARE(result.err, QString());
    QCOMPARE(lines(result.out),
             QStringList({QStringLiteral("[ 0.062 s] half"), QStringLiteral("[ 0.125 s] end"),
                          QStringLiteral("Total execution time : 0.12 seconds")}));
}

// Issue 13: the Python program prints its total at main()'s end; asyncio.run's next iteration
// still runs the tasks never awaited (spinner's "spin 4" here: tests/data/oracle/forgotten-tie),
// so their lines come after the total.
void TstCli::runPrintsTheTotalWhereMainReturns()
{
    const CliResult result = corokitchen(
        {QStringLiteral("run"), QStringLiteral(COROKITCHEN_TEST_DATA "/oracle/forgotten-tie.json"),
         QStringLiteral("--mode"), QStringLiteral("gather"), QStringLiteral("--clock"),
         QStringLiteral("virtual"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(lines(result.out), QStringList({
                                    QStringLiteral("[ 0.000 s] tie start"),
                                    QStringLiteral("[ 0.000 s] work start"),
                                    QStringLiteral("[ 2.000 s] tie woke"),
                                    QStringLiteral("[ 2.000 s] spin 1"),
                                    QStringLiteral("[ 2.000 s] work end"),
                                    QStringLiteral("[ 2.000 s] spin 2"),
                                    QStringLiteral("[ 2.000 s] spin 3"),
                                    QStringLiteral("Total execution time : 2.00 seconds"),
                                    QStringLiteral("[ 2.000 s] spin 4"),
                                }));
}

// Issue 14: when main() raises, the Python program prints no total, ends with the traceback's
// last line on stderr and exits 1; so does `run` (the failed task's reason first, as always).
void TstCli::runEndsWithTheTracebacksLastLine()
{
    const CliResult result =
        corokitchen({QStringLiteral("run"), QStringLiteral("exceptions"), QStringLiteral("--mode"),
                     QStringLiteral("gather"), QStringLiteral("--clock"), QStringLiteral("virtual"),
                     QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(lines(result.out), QStringList({
                                    QStringLiteral("[ 0.000 s] fetch_user: request sent"),
                                    QStringLiteral("[ 0.000 s] fetch_user: request sent"),
                                    QStringLiteral("[ 0.000 s] fetch_orders: request sent"),
                                    QStringLiteral("[ 1.000 s] fetch_user: response received"),
                                    QStringLiteral("[ 1.000 s] fetch_user: response received"),
                                    QStringLiteral("[ 1.000 s] fetch_cart: request sent"),
                                    QStringLiteral("[ 1.000 s] fetch_orders: request sent"),
                                    QStringLiteral("[ 1.000 s] careful_page: shown without its "
                                                   "orders"),
                                }));
    QCOMPARE(result.err, QStringLiteral("corokitchen: task strict_page: ValueError: bad response\n"
                                        "ValueError: bad response\n"));
}

void TstCli::runHintsAtPitfalls()
{
    // The seeds' "still 9 s": awaiting one by one is no faster than calling one by one.
    const CliResult awaited =
        corokitchen({QStringLiteral("run"), QStringLiteral("api-calls"), QStringLiteral("--mode"),
                     QStringLiteral("sequential"), QStringLiteral("--clock"),
                     QStringLiteral("virtual"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(awaited.exitCode, 0);
    QCOMPARE(awaited.err, QStringLiteral("corokitchen: hint: Missed concurrency: awaiting one by "
                                         "one took 9.00 s; gather would take ≈ 3.00 s.\n"));
    const CliResult compared = corokitchen({QStringLiteral("compare"), QStringLiteral("api-calls"),
                                            QStringLiteral("--clock"), QStringLiteral("virtual")});
    QCOMPARE(compared.err, QString()); // a comparison shows the difference itself
}

void TstCli::runOnTheRealClockIsOnTime()
{
    // At 20x the kitchen's 3 s take 150 ms of wall time; the printed total is in scenario time.
    const CliResult result =
        corokitchen({QStringLiteral("run"), QStringLiteral("kitchen"), QStringLiteral("--speed"),
                     QStringLiteral("20"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(result.exitCode, 0);
    const QStringList out = lines(result.out);
    QCOMPARE(out.size(), 7);
    QVERIFY(out[2].endsWith(QStringLiteral("End toastBagel()")));
    QVERIFY(out[3].endsWith(QStringLiteral("End brewCoffee()")));
    // Never early; at 20x, 5 ms of wall-clock lateness shows as 0.1 s of scenario time (a loaded
    // machine may be 100 times as late).
    const QString prefix = QStringLiteral("Total execution time : ");
    QVERIFY2(out.last().startsWith(prefix) && out.last().endsWith(QStringLiteral(" seconds")),
             qPrintable(out.last()));
    const double total = out.last().mid(prefix.size()).section(QLatin1Char(' '), 0, 0).toDouble();
    QVERIFY2(total >= 3.0 && total <= 3.0 + cktest::lateBound(0.1, 10.0), qPrintable(out.last()));
}

void TstCli::compareRunsBothOnOneLoop()
{
    const CliResult result = corokitchen({QStringLiteral("compare"), QStringLiteral("kitchen"),
                                          QStringLiteral("--clock"), QStringLiteral("virtual"),
                                          QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(result.exitCode, 0);
    const QStringList out = lines(result.out);
    QCOMPARE(out.mid(out.size() - 3),
             QStringList({QStringLiteral("Total execution time (sequential) : 5.00 seconds"),
                          QStringLiteral("Total execution time (gather) : 3.00 seconds"),
                          QStringLiteral("Speedup : 1.67x (gather against sequential)")}));
    QCOMPARE(out[0], QStringLiteral("[ 0.000 s] sequential  | Start brewCoffee()"));
    QCOMPARE(out[1], QStringLiteral("[ 0.000 s] gather      | Start brewCoffee()"));
}

// Issue 15: a .py program runs under python3 and the app's harness, on the virtual clock; its
// own lines and total are printed as a scenario's.
void TstCli::runPythonProgram()
{
    if (!QFile::exists(QStringLiteral("/usr/bin/python3.11")))
        QSKIP("no /usr/bin/python3.11");
    const CliResult result = corokitchen(
        {QStringLiteral("run"), writePython(QStringLiteral("gathered.py"), gatheredKitchen),
         QStringLiteral("--csv"), m_dir.filePath(QStringLiteral("gathered.csv"))});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(lines(result.out),
             QStringList({
                 QStringLiteral("[ 0.000 s] Start brew_coffee()"),
                 QStringLiteral("[ 0.000 s] Start toast_bagel()"),
                 QStringLiteral("[ 2.000 s] End toast_bagel()"),
                 QStringLiteral("[ 3.000 s] End brew_coffee()"),
                 QStringLiteral("[ 3.000 s] Total execution time : 3.00 seconds"),
             }));
    QFile csv(m_dir.filePath(QStringLiteral("gathered.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString table = QString::fromUtf8(csv.readAll());
    QVERIFY2(
        table.contains(QLatin1String("1,python,brew_coffee,task,brew_coffee,0.000000,3.000000")),
        qPrintable(table));
    QVERIFY(table.contains(
        QLatin1String("1,python,toast_bagel,wait,asyncio.sleep(2),0.000000,2.000000")));
}

void TstCli::runPythonProgramThatRaises()
{
    if (!QFile::exists(QStringLiteral("/usr/bin/python3.11")))
        QSKIP("no /usr/bin/python3.11");
    const CliResult result =
        corokitchen({QStringLiteral("run"), writePython(QStringLiteral("raises.py"),
                                                        "import asyncio\n"
                                                        "async def fetch():\n"
                                                        "    print('request sent')\n"
                                                        "    await asyncio.sleep(1)\n"
                                                        "    raise ValueError('bad response')\n"
                                                        "asyncio.run(fetch())\n")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(lines(result.out), QStringList{QStringLiteral("[ 0.000 s] request sent")});
    QVERIFY2(result.err.startsWith(QLatin1String("Traceback")), qPrintable(result.err));
    QVERIFY2(result.err.endsWith(QLatin1String("ValueError: bad response\n"
                                               "corokitchen: ValueError: bad response\n")),
             qPrintable(result.err));
}

// Issue 15 item 7: a program that never ends is stopped at --time-limit seconds of its own time
// (on the virtual clock at once), with why; what it printed before stays.
void TstCli::runPythonProgramStoppedAtItsTimeLimit()
{
    if (!QFile::exists(QStringLiteral("/usr/bin/python3.11")))
        QSKIP("no /usr/bin/python3.11");
    const QString program =
        writePython(QStringLiteral("forever.py"), "import asyncio\n"
                                                  "async def main():\n"
                                                  "    print('start')\n"
                                                  "    await asyncio.sleep(100000)\n"
                                                  "    print('never')\n"
                                                  "asyncio.run(main())\n");
    const CliResult result = corokitchen(
        {QStringLiteral("run"), program, QStringLiteral("--time-limit"), QStringLiteral("10")});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(lines(result.out), QStringList{QStringLiteral("[ 0.000 s] start")});
    QVERIFY2(result.err.endsWith(
                 QLatin1String("the program ran for 10 s of its own time, the limit, and was "
                               "stopped\n")),
             qPrintable(result.err));
}

// Issue 15 item 5: --as-scenario converts the program (never running it) and runs the scenario
// on the QCoro engine, in the mode main() gives unless --mode; what cannot convert is refused.
void TstCli::runProgramAsScenario()
{
    if (!QFile::exists(QStringLiteral("/usr/bin/python3.11")))
        QSKIP("no /usr/bin/python3.11");
    const QString program = writePython(QStringLiteral("gathered.py"), gatheredKitchen);
    const QStringList asScenario{QStringLiteral("run"), program, QStringLiteral("--as-scenario")};
    const CliResult gathered = corokitchen(asScenario);
    QCOMPARE(gathered.err, QString());
    QCOMPARE(gathered.exitCode, 0);
    QCOMPARE(lines(gathered.out), QStringList({
                                      QStringLiteral("[ 0.000 s] Start brew_coffee()"),
                                      QStringLiteral("[ 0.000 s] Start toast_bagel()"),
                                      QStringLiteral("[ 2.000 s] End toast_bagel()"),
                                      QStringLiteral("[ 3.000 s] End brew_coffee()"),
                                      QStringLiteral("Total execution time : 3.00 seconds"),
                                  }));
    const CliResult sequential = corokitchen(
        asScenario + QStringList{QStringLiteral("--mode"), QStringLiteral("sequential")});
    QCOMPARE(sequential.exitCode, 0);
    QCOMPARE(lines(sequential.out).constLast(),
             QStringLiteral("Total execution time : 5.00 seconds"));
    const QString looping =
        writePython(QStringLiteral("looping.py"), QByteArray(gatheredKitchen)
                                                      .replace("    await asyncio.sleep(2)\n",
                                                               "    for _ in range(2):\n"
                                                               "        await asyncio.sleep(1)\n"));
    const CliResult refused =
        corokitchen({QStringLiteral("run"), looping, QStringLiteral("--as-scenario")});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.out, QString());
    QVERIFY2(
        refused.err.contains(looping + QStringLiteral(": line 8: a `for` loop is not something "
                                                      "a scenario can say yet")),
        qPrintable(refused.err));
    const CliResult misplaced =
        corokitchen({QStringLiteral("compare"), program, program, QStringLiteral("--as-scenario")});
    QCOMPARE(misplaced.exitCode, 2);
    QVERIFY2(misplaced.err.contains(QLatin1String("--as-scenario is for run PROGRAM.py")),
             qPrintable(misplaced.err));
}

void TstCli::comparePythonPrograms()
{
    if (!QFile::exists(QStringLiteral("/usr/bin/python3.11")))
        QSKIP("no /usr/bin/python3.11");
    const QString oneByOne =
        writePython(QStringLiteral("one_by_one.py"),
                    QByteArray(gatheredKitchen)
                        .replace("await asyncio.gather(brew_coffee(), toast_bagel())",
                                 "await brew_coffee()\n    await toast_bagel()"));
    const QString gathered = writePython(QStringLiteral("gathered.py"), gatheredKitchen);
    const QString trace = m_dir.filePath(QStringLiteral("both.json"));
    const CliResult result = corokitchen(
        {QStringLiteral("compare"), oneByOne, gathered, QStringLiteral("--trace"), trace});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    const QStringList printed = lines(result.out);
    QCOMPARE(printed.mid(printed.size() - 3),
             QStringList({
                 QStringLiteral("Total execution time (one_by_one.py) : 5.00 seconds"),
                 QStringLiteral("Total execution time (gathered.py) : 3.00 seconds"),
                 QStringLiteral("Speedup : 1.67x (gathered.py against one_by_one.py)"),
             }));
    QVERIFY(printed.contains(QStringLiteral("[ 5.000 s] one_by_one.py | Total execution time : "
                                            "5.00 seconds")));
    QVERIFY(QFile::exists(trace));
}

void TstCli::compareWithCpython()
{
    if (!QFile::exists(QStringLiteral("/usr/bin/python3.11")))
        QSKIP("no /usr/bin/python3.11");
    const QString csv = m_dir.filePath(QStringLiteral("fidelity.csv"));
    const CliResult same = corokitchen({QStringLiteral("compare"), QStringLiteral("kitchen"),
                                        QStringLiteral("--with-cpython"), QStringLiteral("--mode"),
                                        QStringLiteral("gather"), QStringLiteral("--csv"), csv,
                                        QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(same.err, QString());
    QCOMPARE(same.out, QStringLiteral("no difference: 2 tasks, 7 lines agree within 1 µs\n"));
    QCOMPARE(same.exitCode, 0);
    QFile table(csv);
    QVERIFY(table.open(QIODevice::ReadOnly));
    const QByteArray rows = table.readAll();
    QVERIFY(rows.contains(",QCoro,") && rows.contains(",CPython,"));
    // The example program agrees with its built-in; made to toast 1 ms longer, it differs.
    QFile example(
        QStringLiteral(COROKITCHEN_SOURCE_DIR "/resources/examples/en/kitchen_gather.py"));
    QVERIFY(example.open(QIODevice::ReadOnly));
    const QByteArray source = example.readAll();
    const QString ontime = writePython(QStringLiteral("kitchen_gather.py"), source);
    const CliResult agrees = corokitchen({QStringLiteral("compare"), QStringLiteral("kitchen"),
                                          ontime, QStringLiteral("--with-cpython"),
                                          QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(agrees.out, QStringLiteral("no difference: 2 tasks, 7 lines agree within 1 µs\n"));
    QCOMPARE(agrees.exitCode, 0);
    const QString late =
        writePython(QStringLiteral("late.py"),
                    QByteArray(source).replace("asyncio.sleep(2)", "asyncio.sleep(2.001)"));
    const CliResult differs = corokitchen({QStringLiteral("compare"), QStringLiteral("kitchen"),
                                           late, QStringLiteral("--with-cpython"),
                                           QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(differs.exitCode, 1);
    QVERIFY2(differs.out.startsWith(QStringLiteral("toastBagel ends at 2.000000 s in the app, "
                                                   "2.001000 s in CPython\n")),
             qPrintable(differs.out));
    const CliResult refused = corokitchen(
        {QStringLiteral("compare"), QStringLiteral("kitchen"), QStringLiteral("--with-cpython"),
         QStringLiteral("--modes"), QStringLiteral("sequential,gather")});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err, QStringLiteral("corokitchen: compare --with-cpython takes --mode, not "
                                         "--modes\n"));
}

QString TstCli::writePython(const QString &name, const QByteArray &source)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(source) != source.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TstCli::narrateTellsTheLoopsStory()
{
    const CliResult run =
        corokitchen({QStringLiteral("run"), QStringLiteral("blocking-call"),
                     QStringLiteral("--clock"), QStringLiteral("virtual"),
                     QStringLiteral("--narrate"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 0);
    const QStringList told = lines(run.out);
    QCOMPARE(told.first(), QStringLiteral("[ 0.000 s] asyncio.run starts main()."));
    QVERIFY(told.contains(
        QStringLiteral("[ 2.000 s] toastBagel is done; the loop starts brewCoffee.")));
    QVERIFY(told.contains(QStringLiteral("[ 0.000 s] toastBagel prints “Start toastBagel()”.")));
    QVERIFY(!told.contains(QStringLiteral("[ 0.000 s] Start toastBagel()"))); // told, not printed
    QCOMPARE(told.last(), QStringLiteral("Total execution time : 5.00 seconds"));

    const CliResult compare =
        corokitchen({QStringLiteral("compare"), QStringLiteral("kitchen"),
                     QStringLiteral("--clock"), QStringLiteral("virtual"),
                     QStringLiteral("--narrate"), QStringLiteral("--lang"), QStringLiteral("ko")});
    QCOMPARE(compare.exitCode, 0);
    const QStringList both = lines(compare.out);
    QCOMPARE(both.first(),
             QStringLiteral("[ 0.000 s] sequential | asyncio.run이 main()을 시작합니다."));
    QVERIFY(both.filter(QStringLiteral("] gather | ")).size() > 10);

    // The two runs share one loop: it is not idle while the other run has work.
    const CliResult english =
        corokitchen({QStringLiteral("compare"), QStringLiteral("kitchen"),
                     QStringLiteral("--clock"), QStringLiteral("virtual"),
                     QStringLiteral("--narrate"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(lines(english.out).value(4),
             QStringLiteral("[ 0.000 s] sequential | brewCoffee is suspended at await "
                            "asyncio.sleep(3) (its timer fires at 3.000 s); the loop starts "
                            "gather · main()."));

    const CliResult code = corokitchen(
        {QStringLiteral("code"), QStringLiteral("kitchen"), QStringLiteral("--narrate")});
    QCOMPARE(code.exitCode, 2);
    QCOMPARE(code.err, QStringLiteral("corokitchen: --narrate is for run and compare\n"));
}

void TstCli::listShowsTheBuiltins()
{
    const CliResult result =
        corokitchen({QStringLiteral("list"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(result.exitCode, 0);
    const QStringList all = lines(result.out);
    // Each title, then its lesson text wrapped under it, indented past the id.
    QStringList out;
    for (const QString &line : all) {
        if (!line.startsWith(QLatin1Char(' ')))
            out << line;
        QVERIFY2(line.size() <= 18 + 80, qPrintable(line));
    }
    QCOMPARE(out.size(), ck::BuiltinScenarios::ids().size());
    QCOMPARE(all[1], QStringLiteral(
                         "                  Brew coffee (3 s) and toast a bagel (2 s). One after "
                         "the other it takes 5"));
    QCOMPARE(all[2], QStringLiteral("                  seconds; concurrently, only 3."));
    QVERIFY(out[0].startsWith(QStringLiteral("kitchen ")));
    QVERIFY(out[3].startsWith(QStringLiteral("two-downloads ")));
    QVERIFY(out[5].startsWith(QStringLiteral("movie-stream ")));
    QVERIFY(out[6].startsWith(QStringLiteral("blocking-call ")));
    QVERIFY(out[7].startsWith(QStringLiteral("forgotten-task ")));
    QVERIFY(out[8].startsWith(QStringLiteral("never-awaited ")));
    QVERIFY(out[9].startsWith(QStringLiteral("to-thread ")));
    QVERIFY(out[10].startsWith(QStringLiteral("exceptions ")));
    QCOMPARE(out.last().simplified(), QStringLiteral("crowd Crowd: 1,000 sleepers"));
}

void TstCli::koreanLines()
{
    const CliResult result = corokitchen({QStringLiteral("run"), QStringLiteral("two-downloads"),
                                          QStringLiteral("--clock"), QStringLiteral("virtual"),
                                          QStringLiteral("--lang"), QStringLiteral("ko")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(lines(result.out).first(), QStringLiteral("[ 0.000 s] A: 시작"));
}

// Files go out side by side on threads, but never two into one device: the trace, CSV and
// JSON of a crowd all to /dev/stdout come one after the other, each whole.
void TstCli::filesToOneDeviceAreWrittenOneAfterAnother()
{
    const QString out = QStringLiteral("/dev/stdout");
    const CliResult result =
        corokitchen({QStringLiteral("run"), QStringLiteral("crowd:3000"), QStringLiteral("--clock"),
                     QStringLiteral("virtual"), QStringLiteral("--trace"), out,
                     QStringLiteral("--csv"), out, QStringLiteral("--json"), out});
    QCOMPARE(result.exitCode, 0);
    const qsizetype traceStart = result.out.indexOf(QStringLiteral("{\"displayTimeUnit\""));
    const qsizetype csvStart = result.out.indexOf(QChar(0xFEFF)); // the CSV's byte order mark
    const qsizetype jsonStart = result.out.indexOf(QStringLiteral("{\n    \"format\""));
    QVERIFY(traceStart > 0 && traceStart < csvStart && csvStart < jsonStart);
    QJsonParseError error;
    const QJsonDocument trace =
        QJsonDocument::fromJson(result.out.mid(traceStart, csvStart - traceStart).toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    // 4 + 2 a lane of metadata, 2 spans a lane, main()'s 2, and the total's line.
    QVERIFY(trace.object().value(QStringLiteral("traceEvents")).toArray().size() > 4 * 3000);
    const QStringList rows = result.out.mid(csvStart, jsonStart - csvStart)
                                 .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY2(rows.size() > 2 * 3000, qPrintable(QString::number(rows.size())));
    QVERIFY(std::all_of(rows.begin() + 1, rows.end(),
                        [](const QString &row) { return row.count(QLatin1Char(',')) == 8; }));
    const QJsonDocument json = QJsonDocument::fromJson(result.out.mid(jsonStart).toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.object().value(QStringLiteral("format")).toString(),
             QStringLiteral("corokitchen-run/1"));
}

void TstCli::traceAndCsvAreWritten()
{
    const QString trace = m_dir.filePath(QStringLiteral("kitchen.json"));
    const QString csv = m_dir.filePath(QStringLiteral("kitchen.csv"));
    const CliResult result =
        corokitchen({QStringLiteral("compare"), QStringLiteral("kitchen"),
                     QStringLiteral("--clock"), QStringLiteral("virtual"),
                     QStringLiteral("--trace"), trace, QStringLiteral("--csv"), csv});
    QCOMPARE(result.exitCode, 0);
    QFile traceFile(trace);
    QVERIFY(traceFile.open(QIODevice::ReadOnly));
    const QJsonArray events = QJsonDocument::fromJson(traceFile.readAll())
                                  .object()
                                  .value(QStringLiteral("traceEvents"))
                                  .toArray();
    int tasks = 0;
    QSet<int> pids;
    for (const auto &value : events) {
        const QJsonObject event = value.toObject();
        if (event.value(QStringLiteral("cat")).toString() == QLatin1String("task")) {
            ++tasks;
            pids.insert(event.value(QStringLiteral("pid")).toInt());
            if (event.value(QStringLiteral("pid")).toInt() == 2 &&
                event.value(QStringLiteral("name")).toString() == QLatin1String("brewCoffee"))
                QCOMPARE(event.value(QStringLiteral("dur")).toInteger(), 3000000);
        }
    }
    QCOMPARE(tasks, 4);
    QCOMPARE(pids.size(), 2);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QVERIFY(csvFile.readAll().contains(
        "2,gather,brewCoffee,task,brewCoffee,0.000000,3.000000,3.000000,done"));
}

void TstCli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")}
                                     << "corokitchen: unknown command \"fly\" (expected run, "
                                        "compare, code, list, serve or bench)\n";
    QTest::newRow("no scenario")
        << QStringList{QStringLiteral("run")}
        << "corokitchen: run: which scenario? Give a built-in id or a file\n";
    QTest::newRow("unknown mode") << QStringList{QStringLiteral("run"), QStringLiteral("kitchen"),
                                                 QStringLiteral("--mode"),
                                                 QStringLiteral("parallel")}
                                  << "corokitchen: unknown mode \"parallel\" (expected sync, "
                                     "sequential, gather, create-task, "
                                     "bounded:N (N from 1 to 1000000), task-group)\n";
    QTest::newRow("bounded:0") << QStringList{QStringLiteral("run"), QStringLiteral("kitchen"),
                                              QStringLiteral("--mode"), QStringLiteral("bounded:0")}
                               << "corokitchen: unknown mode \"bounded:0\" (expected sync, "
                                  "sequential, gather, create-task, "
                                  "bounded:N (N from 1 to 1000000), task-group)\n";
    QTest::newRow("bad clock")
        << QStringList{QStringLiteral("run"), QStringLiteral("kitchen"), QStringLiteral("--clock"),
                       QStringLiteral("sundial")}
        << "corokitchen: unknown clock \"sundial\" (expected real or virtual)\n";
    QTest::newRow("bad speed")
        << QStringList{QStringLiteral("run"), QStringLiteral("kitchen"), QStringLiteral("--speed"),
                       QStringLiteral("0")}
        << "corokitchen: --speed must be a number from 0.01 to 1000, not \"0\"\n";
    QTest::newRow("flows without a chart")
        << QStringList{QStringLiteral("run"), QStringLiteral("kitchen"), QStringLiteral("--flows")}
        << "corokitchen: --flows draws on the chart: give --chart FILE too\n";
    QTest::newRow("critical path in the window")
        << QStringList{QStringLiteral("--critical-path")}
        << "corokitchen: --critical-path needs a command: run or compare\n";
    QTest::newRow("bad language") << QStringList{QStringLiteral("list"), QStringLiteral("--lang"),
                                                 QStringLiteral("fr")}
                                  << "corokitchen: unknown language \"fr\" (expected en or ko)\n";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("run"), QStringLiteral("--fast")}
                                    << "corokitchen: Unknown option 'fast'.\n";
    QTest::newRow("unknown scenario")
        << QStringList{QStringLiteral("run"), QStringLiteral("bakery")}
        << QStringLiteral("corokitchen: unknown scenario \"bakery\": neither a built-in (%1) nor a "
                          "file\n")
               .arg(ck::BuiltinScenarios::ids().join(QStringLiteral(", ")));
    QTest::newRow("code as rust") << QStringList{QStringLiteral("code"), QStringLiteral("kitchen"),
                                                 QStringLiteral("--as"), QStringLiteral("rust")}
                                  << "corokitchen: --as rust: expected python or cpp\n";
    QTest::newRow("run as cpp") << QStringList{QStringLiteral("run"), QStringLiteral("kitchen"),
                                               QStringLiteral("--as"), QStringLiteral("cpp")}
                                << "corokitchen: --as is for code\n";
    // Issue 13: without a command these opened neither the window nor a refusal: the old
    // window check, a list of its own, took the option's value for a command and printed help.
    QTest::newRow("window --count")
        << QStringList{QStringLiteral("--count"), QStringLiteral("5")}
        << "corokitchen: --count is for bench sleepers and the crowd scenario (as in \"run crowd "
           "--count 100000\")\n";
    QTest::newRow("window --as") << QStringList{QStringLiteral("--as"), QStringLiteral("cpp")}
                                 << "corokitchen: --as is for code\n";
    QTest::newRow("window --spans") << QStringList{QStringLiteral("--spans"), QStringLiteral("10")}
                                    << "corokitchen: --spans is for bench\n";
    QTest::newRow("window --port") << QStringList{QStringLiteral("--port"), QStringLiteral("80")}
                                   << "corokitchen: --port is for serve\n";
    QTest::newRow("window --theme mauve")
        << QStringList{QStringLiteral("--theme"), QStringLiteral("mauve")}
        << "corokitchen: unknown theme \"mauve\" (expected system, light or dark)\n";
    QTest::newRow("run --theme") << QStringList{QStringLiteral("run"), QStringLiteral("kitchen"),
                                                QStringLiteral("--theme"), QStringLiteral("dark")}
                                 << "corokitchen: --theme is for the window\n";
    QTest::newRow("run --present")
        << QStringList{QStringLiteral("run"), QStringLiteral("kitchen"),
                       QStringLiteral("--present")}
        << "corokitchen: --scenario, --autorun and --present are for the window; run takes the "
           "scenario as its argument\n";
    // Issue 12: a value of 120 KB is cut in the message, which stays one line.
    QTest::newRow("long mode") << QStringList{QStringLiteral("run"), QStringLiteral("kitchen"),
                                              QStringLiteral("--mode"),
                                              QString(120000, QLatin1Char('x'))}
                               << QStringLiteral("corokitchen: unknown mode \"%1…\" (expected "
                                                 "sync, sequential, gather, create-task, "
                                                 "bounded:N (N from 1 to 1000000), task-group)\n")
                                      .arg(QString(59, QLatin1Char('x')));
    QTest::newRow(".py with --speed")
        << QStringList{QStringLiteral("run"), QStringLiteral("prog.py"), QStringLiteral("--speed"),
                       QStringLiteral("2")}
        << "corokitchen: --speed is for scenarios: a .py program runs as it is written\n";
    QTest::newRow("compare one .py")
        << QStringList{QStringLiteral("compare"), QStringLiteral("prog.py")}
        << "corokitchen: compare: give two .py programs, as in \"compare a.py b.py\"\n";
    QTest::newRow("code of a .py") << QStringList{QStringLiteral("code"), QStringLiteral("prog.py")}
                                   << "corokitchen: code takes a scenario, not a .py program\n";
    QTest::newRow("time limit of a scenario")
        << QStringList{QStringLiteral("run"), QStringLiteral("kitchen"),
                       QStringLiteral("--time-limit"), QStringLiteral("5")}
        << "corokitchen: --time-limit is for a .py program\n";
    QTest::newRow("time limit 0")
        << QStringList{QStringLiteral("run"), QStringLiteral("prog.py"),
                       QStringLiteral("--time-limit"), QStringLiteral("0")}
        << "corokitchen: --time-limit 0: expected a whole number of seconds from 1 to 604800\n";
    QTest::newRow("wall limit not a number")
        << QStringList{QStringLiteral("run"), QStringLiteral("prog.py"),
                       QStringLiteral("--wall-limit"), QStringLiteral("soon")}
        << "corokitchen: --wall-limit soon: expected a whole number of seconds from 1 to "
           "604800\n";
    QTest::newRow("missing .py") << QStringList{QStringLiteral("run"),
                                                QStringLiteral("/nonexistent/prog.py")}
                                 << "corokitchen: /nonexistent/prog.py: cannot read the file\n";
    QTest::newRow("three modes")
        << QStringList{QStringLiteral("compare"), QStringLiteral("kitchen"),
                       QStringLiteral("--modes"), QStringLiteral("sync,gather,sequential")}
        << "corokitchen: --modes takes exactly two modes, such as sequential,gather\n";
}

void TstCli::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliResult result = corokitchen(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, message);
    QCOMPARE(result.out, QString());
}

void TstCli::badScenarioFile()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":"corokitchen-scenario/1","id":"x","title":"x",
                  "tasks":[{"name":"a","steps":[{"fly":1}]}]})");
    file.close();
    const CliResult result = corokitchen({QStringLiteral("run"), path});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, QStringLiteral("corokitchen: %1: tasks[0].steps[0]: unknown step \"fly\" "
                                        "(expected %2)\n")
                             .arg(path, ck::StepKinds::keys().join(QStringLiteral(", "))));
    QVERIFY(result.err.contains(QStringLiteral("(expected log, wait, block, call, gather, ")));
}

// Issue 12: a FIFO, a directory and a missing file are each refused at once for what they are.
void TstCli::notAFileIsRefusedAtOnce()
{
    const QString fifo = m_dir.filePath(QStringLiteral("fifo.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString missing = m_dir.filePath(QStringLiteral("missing.json"));
    const QList<std::pair<QString, QString>> cases{
        {fifo, QStringLiteral("is not a regular file")},
        {m_dir.path(), QStringLiteral("is a directory")},
        {missing, QStringLiteral("No such file or directory")}};
    for (const auto &[path, reason] : cases) {
        const CliResult result = corokitchen({QStringLiteral("run"), path});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err, QStringLiteral("corokitchen: %1: %2\n").arg(path, reason));
    }
}

// Issue 12: 8 KB of nested gathers that would start a million coroutines (seconds and
// gigabytes) are refused at load with the figure.
void TstCli::costlyFileIsRefusedAtLoad()
{
    const QString path = m_dir.filePath(QStringLiteral("nested.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray as = '"' + QByteArrayList(1000, "a").join(R"(",")") + '"';
    const QByteArray bs = '"' + QByteArrayList(1000, "b").join(R"(",")") + '"';
    file.write(R"({"format":"corokitchen-scenario/1","id":"x","title":"x",
                  "tasks":[{"name":"main","steps":[{"gather":[)" +
               as + R"(]}]}], "routines":[{"name":"a","steps":[{"gather":[)" + bs +
               R"(]}]}, {"name":"b","steps":[{"wait":1}]}]})");
    file.close();
    const CliResult result = corokitchen(
        {QStringLiteral("run"), path, QStringLiteral("--clock"), QStringLiteral("virtual")});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, QStringLiteral("corokitchen: %1: tasks[0]: a run would start 1001001 "
                                        "coroutines; the limit is 250000 (one per task, and one "
                                        "per routine each time it is awaited)\n")
                             .arg(path));
    QCOMPARE(result.out, QString());
}

// Issue 12: the port-in-use line names the program like every other refusal.
void TstCli::serveNamesABusyPort()
{
    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress::LocalHost));
    const QString port = QString::number(busy.serverPort());
    const CliResult result = corokitchen({QStringLiteral("serve"), QStringLiteral("--port"), port});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(
                 QStringLiteral("corokitchen: Cannot listen on 127.0.0.1:%1: ").arg(port)),
             qPrintable(result.err));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(result.out, QString());
}

// --flows and --critical-path put on the chart what View > Flows and View > Critical Path draw:
// their arrows and frames, and their lines in the legend.
void TstCli::chartDrawsFlowsWhenAsked()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto chart = [&](const QString &name, const QStringList &extra) {
        const QString path = dir.filePath(name);
        const CliResult result = corokitchen(
            QStringList{QStringLiteral("run"), QStringLiteral("queue"), QStringLiteral("--mode"),
                        QStringLiteral("create-task"), QStringLiteral("--clock"),
                        QStringLiteral("virtual"), QStringLiteral("--chart"), path} +
            extra);
        QFile file(path);
        return result.exitCode == 0 && file.open(QIODevice::ReadOnly) ? file.readAll()
                                                                      : QByteArray();
    };
    const QByteArray plain = chart(QStringLiteral("plain.svg"), {});
    const QByteArray flows = chart(QStringLiteral("flows.svg"), {QStringLiteral("--flows")});
    const QByteArray both = chart(QStringLiteral("both.svg"),
                                  {QStringLiteral("--flows"), QStringLiteral("--critical-path")});
    QVERIFY(!plain.isEmpty() && !flows.isEmpty() && !both.isEmpty());
    QVERIFY(!plain.contains("who wakes whom") && !plain.contains("critical path"));
    QVERIFY(flows.contains("who wakes whom") && !flows.contains("critical path"));
    QVERIFY(both.contains("who wakes whom") && both.contains("critical path (sets the total)"));
    // Arrows on the bars, not only the legend's swatch.
    QVERIFY2(flows.count("<path") > plain.count("<path") + 2,
             qPrintable(QStringLiteral("%1 paths with flows, %2 without")
                            .arg(flows.count("<path"))
                            .arg(plain.count("<path"))));
}

void TstCli::unwritableOutputIsRefused()
{
    const QString blocker = m_dir.filePath(QStringLiteral("not-a-dir"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString target = blocker + QStringLiteral("/trace.json");
    const CliResult result =
        corokitchen({QStringLiteral("run"), QStringLiteral("kitchen"), QStringLiteral("--clock"),
                     QStringLiteral("virtual"), QStringLiteral("--trace"), target});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(QStringLiteral("corokitchen: cannot write %1: ").arg(target)),
             qPrintable(result.err));
}

void TstCli::helpAndVersion()
{
    const CliResult help = corokitchen({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("--mode <mode>")));
    QVERIFY(help.out.contains(QStringLiteral("corokitchen run kitchen --mode gather")));
    const CliResult version = corokitchen({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out,
             QStringLiteral("corokitchen %1\n").arg(QStringLiteral(COROKITCHEN_VERSION)));
}

void TstCli::codeWritesPythonOrCpp()
{
    const QStringList arguments{QStringLiteral("code"),   QStringLiteral("kitchen"),
                                QStringLiteral("--mode"), QStringLiteral("create-task"),
                                QStringLiteral("--lang"), QStringLiteral("en")};
    const CliResult python = corokitchen(arguments);
    QCOMPARE(python.exitCode, 0);
    QVERIFY(python.out.contains(
        QStringLiteral("brewCoffee_task = asyncio.create_task(brewCoffee())\n")));
    const CliResult cpp =
        corokitchen(arguments + QStringList{QStringLiteral("--as"), QStringLiteral("cpp")});
    QCOMPARE(cpp.exitCode, 0);
    QCOMPARE(cpp.err, QString());
    QVERIFY(
        cpp.out.contains(QStringLiteral("auto brewCoffee_task = ck::spawn(loop, brewCoffee);\n")));
    QVERIFY(cpp.out.contains(QStringLiteral("co_await loop->sleep(3s);\n")));
}

void TstCli::benchSleepersPrintsTheAsyncioFields()
{
    const CliResult result =
        corokitchen({QStringLiteral("bench"), QStringLiteral("sleepers"), QStringLiteral("--count"),
                     QStringLiteral("2000"), QStringLiteral("--seconds"), QStringLiteral("0.05")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("impl")).toString(), QStringLiteral("corokitchen-qcoro"));
    QCOMPARE(report.value(QStringLiteral("count")).toInt(), 2000);
    const double makespan = report.value(QStringLiteral("makespan_ms")).toDouble();
    QVERIFY2(makespan >= 50.0, qPrintable(result.out)); // never early
    // Both are rounded to the microsecond on their own.
    QVERIFY(qAbs(report.value(QStringLiteral("overhead_ms")).toDouble() - (makespan - 50.0)) <
            0.002);
    QVERIFY(report.value(QStringLiteral("peak_rss_kb")).toInteger() > 0);
    QVERIFY(report.contains(QStringLiteral("max_loop_lag_ms")));
    const CliResult bad = corokitchen({QStringLiteral("bench"), QStringLiteral("walk")});
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(bad.err,
             QStringLiteral("corokitchen: bench: expected \"bench sleepers [--count N] "
                            "[--seconds S]\", \"bench idle [--seconds S]\", \"bench paint "
                            "[--spans N] [--width W]\" or \"bench window [--count N] [--speed "
                            "X] [--teaching]\"\n"));
}

void TstCli::benchIdlePrintsCpuAndLateness()
{
    const CliResult result = corokitchen({QStringLiteral("bench"), QStringLiteral("idle"),
                                          QStringLiteral("--seconds"), QStringLiteral("0.3")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("impl")).toString(), QStringLiteral("corokitchen-idle"));
    QCOMPARE(report.value(QStringLiteral("seconds")).toDouble(), 0.3);
    // A 10 ms heartbeat beside a 0.3 s sleep, after 50 ms of settling: some 35 wake-ups.
    QVERIFY2(report.value(QStringLiteral("wakeups")).toInt() >= 25, qPrintable(result.out));
    QCOMPARE(report.value(QStringLiteral("early_wakeups")).toInt(), 0);
    QVERIFY(report.value(QStringLiteral("cpu_ms")).toDouble() >= 0);
    const double median = report.value(QStringLiteral("lateness_ms_median")).toDouble();
    const double p99 = report.value(QStringLiteral("lateness_ms_p99")).toDouble();
    QVERIFY2(0 <= median && median <= p99 &&
                 p99 <= report.value(QStringLiteral("lateness_ms_max")).toDouble(),
             qPrintable(result.out));
    const CliResult counted = corokitchen({QStringLiteral("bench"), QStringLiteral("idle"),
                                           QStringLiteral("--count"), QStringLiteral("5")});
    QCOMPARE(counted.exitCode, 2);
    QCOMPARE(counted.err, QStringLiteral("corokitchen: --count is for bench sleepers\n"));
}

void TstCli::benchPaintPrintsFrameTimes()
{
    // A crowd: two spans a lane.
    const CliResult crowd =
        corokitchen({QStringLiteral("bench"), QStringLiteral("paint"), QStringLiteral("--spans"),
                     QStringLiteral("3000"), QStringLiteral("--frames"), QStringLiteral("4"),
                     QStringLiteral("--width"), QStringLiteral("640"), QStringLiteral("--height"),
                     QStringLiteral("300")});
    QCOMPARE(crowd.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(crowd.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("impl")).toString(),
             QStringLiteral("corokitchen-qpainter"));
    QCOMPARE(report.value(QStringLiteral("spans")).toInt(), 3000);
    QCOMPARE(report.value(QStringLiteral("lanes")).toInt(), 1500);
    QCOMPARE(report.value(QStringLiteral("frames")).toInt(), 4);
    QCOMPARE(report.value(QStringLiteral("width")).toInt(), 640);
    QCOMPARE(report.value(QStringLiteral("height")).toInt(), 300);
    QVERIFY(report.value(QStringLiteral("chart_height")).toInt() > 1500 * 10);
    const double median = report.value(QStringLiteral("frame_ms_median")).toDouble();
    QVERIFY2(median > 0, qPrintable(crowd.out));
    QVERIFY(report.value(QStringLiteral("frame_ms_max")).toDouble() >= median);
    QVERIFY(report.contains(QStringLiteral("record_ms")));
    // Few busy lanes: one span for each task, one for each of its sleeps.
    const CliResult busy =
        corokitchen({QStringLiteral("bench"), QStringLiteral("paint"), QStringLiteral("--spans"),
                     QStringLiteral("1000"), QStringLiteral("--lanes"), QStringLiteral("4"),
                     QStringLiteral("--frames"), QStringLiteral("2")});
    QCOMPARE(busy.exitCode, 0);
    const QJsonObject lanes = QJsonDocument::fromJson(busy.out.toUtf8()).object();
    QCOMPARE(lanes.value(QStringLiteral("spans")).toInt(), 1000);
    QCOMPARE(lanes.value(QStringLiteral("lanes")).toInt(), 4);
    QCOMPARE(lanes.value(QStringLiteral("frames")).toInt(), 2);
    const CliResult bad = corokitchen({QStringLiteral("bench"), QStringLiteral("paint"),
                                       QStringLiteral("--width"), QStringLiteral("wide")});
    QCOMPARE(bad.exitCode, 2);
    // The last line: Qt's offscreen platform may warn first about the environment.
    QCOMPARE(lines(bad.err).last(), QStringLiteral("corokitchen: --width must be a whole number "
                                                   "from 100 to 10000, not \"wide\""));
}

void TstCli::benchWindowRunsTheCrowdInTheWindow()
{
    // 3000 sleepers (beyond the teaching views' limit) at 10x: about a third of a second.
    const CliResult result =
        corokitchen({QStringLiteral("bench"), QStringLiteral("window"), QStringLiteral("--count"),
                     QStringLiteral("3000"), QStringLiteral("--speed"), QStringLiteral("10")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("impl")).toString(), QStringLiteral("corokitchen-window"));
    QCOMPARE(report.value(QStringLiteral("count")).toInt(), 3000);
    QCOMPARE(report.value(QStringLiteral("speed")).toDouble(), 10.0);
    QVERIFY2(report.value(QStringLiteral("run_ms")).toDouble() >= 300, qPrintable(result.out));
    QVERIFY(report.value(QStringLiteral("timeline_paints")).toInt() > 0);
    // Every phase from selecting the crowd to its retiring is timed, and the whole run's worst
    // wait is the worst of its phases'.
    const double worst = report.value(QStringLiteral("whole_run"))
                             .toObject()
                             .value(QStringLiteral("input_wait_ms_max"))
                             .toDouble();
    for (const QString &phase :
         {QStringLiteral("idle"), QStringLiteral("select"), QStringLiteral("start"),
          QStringLiteral("middle"), QStringLiteral("end"), QStringLiteral("retire"),
          QStringLiteral("whole_run")}) {
        const QJsonObject waits = report.value(phase).toObject();
        QVERIFY2(waits.value(QStringLiteral("samples")).toInt() > 0, qPrintable(phase));
        QVERIFY(waits.value(QStringLiteral("input_wait_ms_max")).toDouble() >=
                waits.value(QStringLiteral("input_wait_ms_median")).toDouble());
        if (phase != QLatin1String("idle"))
            QVERIFY2(waits.value(QStringLiteral("input_wait_ms_max")).toDouble() <= worst,
                     qPrintable(phase));
    }
    QCOMPARE(report.value(QStringLiteral("clock")).toString(), QStringLiteral("real"));
    QCOMPARE(report.value(QStringLiteral("teaching")).toBool(), false);
    // The crowd's ideal is its longest sleep, 3 s, which takes 0.3 s at 10x: the run ends later.
    QCOMPARE(report.value(QStringLiteral("ideal_ms")).toDouble(), 3000.0);
    QCOMPARE(report.value(QStringLiteral("end_after_ideal_ms")).toDouble(),
             report.value(QStringLiteral("run_ms")).toDouble() - 300.0);
    // Instant: the virtual clock does not wait out the crowd's 3 s.
    // With every teaching view, on the default crowd of 1000 as make bench runs it.
    const CliResult instant =
        corokitchen({QStringLiteral("bench"), QStringLiteral("window"), QStringLiteral("--count"),
                     QStringLiteral("1000"), QStringLiteral("--clock"), QStringLiteral("virtual"),
                     QStringLiteral("--teaching")});
    QCOMPARE(instant.exitCode, 0);
    const QJsonObject virtualRun = QJsonDocument::fromJson(instant.out.toUtf8()).object();
    QCOMPARE(virtualRun.value(QStringLiteral("clock")).toString(), QStringLiteral("virtual"));
    QCOMPARE(virtualRun.value(QStringLiteral("teaching")).toBool(), true);
    QVERIFY2(virtualRun.value(QStringLiteral("run_ms")).toDouble() < 2500, qPrintable(instant.out));
    const CliResult bad = corokitchen({QStringLiteral("bench"), QStringLiteral("window"),
                                       QStringLiteral("--speed"), QStringLiteral("50")});
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(lines(bad.err).last(), QStringLiteral("corokitchen: --speed must be a number from "
                                                   "0.1 to 10, not \"50\""));
    const CliResult notWindow = corokitchen(
        {QStringLiteral("bench"), QStringLiteral("sleepers"), QStringLiteral("--teaching")});
    QCOMPARE(notWindow.exitCode, 2);
    QCOMPARE(lines(notWindow.err).last(),
             QStringLiteral("corokitchen: --teaching is for bench window"));
}

void TstCli::runCrowdTakesItsCount()
{
    const CliResult byOption =
        corokitchen({QStringLiteral("run"), QStringLiteral("crowd"), QStringLiteral("--count"),
                     QStringLiteral("5000"), QStringLiteral("--clock"), QStringLiteral("virtual"),
                     QStringLiteral("--json"), m_dir.filePath(QStringLiteral("crowd.json"))});
    QCOMPARE(byOption.err, QString());
    QCOMPARE(byOption.exitCode, 0);
    QCOMPARE(lines(byOption.out),
             QStringList{QStringLiteral("Total execution time : 3.00 seconds")});
    QFile json(m_dir.filePath(QStringLiteral("crowd.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject run = QJsonDocument::fromJson(json.readAll())
                                .object()
                                .value(QStringLiteral("runs"))
                                .toArray()
                                .first()
                                .toObject();
    QCOMPARE(run.value(QStringLiteral("scenario")).toString(), QStringLiteral("crowd:5000"));
    const CliResult byId = corokitchen({QStringLiteral("run"), QStringLiteral("crowd:20"),
                                        QStringLiteral("--mode"), QStringLiteral("sequential"),
                                        QStringLiteral("--clock"), QStringLiteral("virtual")});
    QCOMPARE(byId.exitCode, 0);
    // 0.5 s + ((97 i) mod 251) * 10 ms for i = 0 .. 19.
    double total = 0;
    for (int i = 0; i < 20; ++i)
        total += 0.5 + (97 * i % 251) * 0.01;
    QCOMPARE(
        lines(byId.out),
        QStringList{QStringLiteral("Total execution time : %1 seconds").arg(total, 0, 'f', 2)});
    const CliResult notACrowd = corokitchen({QStringLiteral("run"), QStringLiteral("kitchen"),
                                             QStringLiteral("--count"), QStringLiteral("5")});
    QCOMPARE(notACrowd.exitCode, 2);
    QCOMPARE(notACrowd.err,
             QStringLiteral("corokitchen: --count is for bench sleepers and the "
                            "crowd scenario (as in \"run crowd --count 100000\")\n"));
    const CliResult tooMany = corokitchen({QStringLiteral("run"), QStringLiteral("crowd"),
                                           QStringLiteral("--count"), QStringLiteral("2000000")});
    QCOMPARE(tooMany.exitCode, 2);
    QCOMPARE(tooMany.err, QStringLiteral("corokitchen: --count must be a whole number from 1 to "
                                         "1000000, not \"2000000\"\n"));
    const CliResult paintOption = corokitchen({QStringLiteral("bench"), QStringLiteral("sleepers"),
                                               QStringLiteral("--spans"), QStringLiteral("5")});
    QCOMPARE(paintOption.exitCode, 2);
    QCOMPARE(paintOption.err, QStringLiteral("corokitchen: --spans is for bench paint\n"));
}

void TstCli::windowKeepsItsSettingsUnderCoroKitchen()
{
    // The real executable, offscreen, with a HOME of its own: its settings file must appear
    // under CoroKitchen/corokitchen (the same identity as the CLI), holding the chosen scenario.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.remove(QStringLiteral("XDG_CONFIG_HOME"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess window;
    window.setProcessEnvironment(environment);
    window.start(QStringLiteral(COROKITCHEN_BINARY),
                 {QStringLiteral("--scenario"), QStringLiteral("two-downloads"),
                  QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(window.waitForStarted());
    const QString settings = home.filePath(QStringLiteral(".config/CoroKitchen/corokitchen.conf"));
    // QSettings writes in several goes: wait for the scenario, not just for the file.
    const auto holdsScenario = [&settings] {
        QFile file(settings);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains("scenario=two-downloads");
    };
    QTRY_VERIFY_WITH_TIMEOUT(holdsScenario(), 10000);
    window.kill();
    window.waitForFinished();
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
