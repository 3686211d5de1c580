// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"
#include "scenario/builtinscenarios.h"
#include "steps/stepkinds.h"

#include <QFile>
#include <QTcpServer>

#include <sys/stat.h>

using cktest::CliResult;
using cktest::corokitchen;

// What the command line refuses, in one line and exit code 2: bad usage, hostile or costly
// files, a busy port, an output that cannot be written.
class TstCliUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badUsage_data();
    void badUsage();
    void badScenarioFile();
    void notAFileIsRefusedAtOnce();
    void costlyFileIsRefusedAtLoad();
    void serveNamesABusyPort();
    void unwritableOutputIsRefused();

private:
    QTemporaryDir m_dir;
};

void TstCliUsage::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TstCliUsage::badUsage_data()
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

void TstCliUsage::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliResult result = corokitchen(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, message);
    QCOMPARE(result.out, QString());
}

void TstCliUsage::badScenarioFile()
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
void TstCliUsage::notAFileIsRefusedAtOnce()
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
void TstCliUsage::costlyFileIsRefusedAtLoad()
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
void TstCliUsage::serveNamesABusyPort()
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

void TstCliUsage::unwritableOutputIsRefused()
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

QTEST_GUILESS_MAIN(TstCliUsage)
#include "tst_cliusage.moc"
