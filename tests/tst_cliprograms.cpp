// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"

#include <QFile>

using cktest::CliResult;
using cktest::corokitchen;
using cktest::lines;

namespace {

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

} // namespace

// `corokitchen run` and `compare` of real Python programs: traced under CPython on the virtual
// clock, converted to scenarios, stopped at their limits, and checked against CPython.
class TstCliPrograms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runPythonProgram();
    void runPythonProgramThatRaises();
    void runPythonProgramStoppedAtItsTimeLimit();
    void runProgramAsScenario();
    void comparePythonPrograms();
    void compareWithCpython();

private:
    QString writePython(const QString &name, const QByteArray &source);
    QTemporaryDir m_dir;
};

void TstCliPrograms::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

// Issue 15: a .py program runs under python3 and the app's harness, on the virtual clock; its
// own lines and total are printed as a scenario's.
void TstCliPrograms::runPythonProgram()
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

void TstCliPrograms::runPythonProgramThatRaises()
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
void TstCliPrograms::runPythonProgramStoppedAtItsTimeLimit()
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
void TstCliPrograms::runProgramAsScenario()
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

void TstCliPrograms::comparePythonPrograms()
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

void TstCliPrograms::compareWithCpython()
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

QString TstCliPrograms::writePython(const QString &name, const QByteArray &source)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(source) != source.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QTEST_GUILESS_MAIN(TstCliPrograms)
#include "tst_cliprograms.moc"
