#include <QTest>

#include "pyrun/pythonharness.h"
#include "pyrun/pythonprogramrun.h"
#include "trace/recorder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <csignal>

using namespace std::chrono_literals;

namespace {

const QString fakeHarness = QStringLiteral(COROKITCHEN_TEST_DATA "/python/fake_harness");

// Whether process `pid` is gone (or a zombie nobody reaped, which runs no more).
bool isGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close < 0 || text.mid(close + 2, 1) == "Z";
}

} // namespace

class TstPythonProgram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runsAProgramAndReadsItsPrints();
    void wallLimitKillsAnEndlessProgram();
    void stopKillsWhatTheProgramStarted();
    void megabytesOfPrintsAreBounded();
    void aLineSplitAcrossReadsIsReadWhole();
    void aLineLongerThanAMebibyteIsRefused();
    void aLastLineWithoutNewlineIsRead();
    void standardErrorIsKeptAndBounded();
    void raisingProgramIsRaised();
    void missingOrOldPythonIsRefused();
    void unreadableProgramIsRefused();
    void harnessShipsInsideTheApp();
    void kitchenRunsOnTheVirtualClockExactly();

private:
    QString write(const QString &name, const QByteArray &source);
    ck::PythonRunOptions options() const;

    QTemporaryDir m_folder;
};

void TstPythonProgram::initTestCase()
{
    QString refusal;
    if (ck::PythonHarness::findPython(&refusal).isEmpty())
        QSKIP(qPrintable(refusal));
}

QString TstPythonProgram::write(const QString &name, const QByteArray &source)
{
    const QString path = m_folder.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(source) != source.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

ck::PythonRunOptions TstPythonProgram::options() const
{
    ck::PythonRunOptions options;
    options.harnessFolder = fakeHarness;
    options.clock = QStringLiteral("real");
    return options;
}

void TstPythonProgram::runsAProgramAndReadsItsPrints()
{
    ck::PythonProgramRun run(write(QStringLiteral("hello.py"), "print('hello')\nprint('a\\nb')\n"),
                             options());
    int grew = 0;
    connect(&run, &ck::PythonProgramRun::traceGrew, this, [&grew] { ++grew; });
    QVERIFY(run.start());
    run.waitUntilFinished();
    QCOMPARE(run.outcome(), ck::PythonProgramRun::Outcome::Exited);
    QVERIFY2(run.failure().isEmpty(), qPrintable(run.failure()));
    const auto &lines = run.recorder()->logLines();
    QCOMPARE(lines.size(), std::size_t(3));
    QCOMPARE(lines[0].text.english(), QStringLiteral("hello"));
    QCOMPARE(lines[2].text.english(), QStringLiteral("b"));
    QVERIFY(run.recorder()->info().finished);
    QVERIFY(grew > 0);
}

void TstPythonProgram::wallLimitKillsAnEndlessProgram()
{
    ck::PythonRunOptions bounded = options();
    bounded.wallLimit = 1500ms;
    ck::PythonProgramRun run(write(QStringLiteral("forever.py"), "while True:\n    pass\n"),
                             bounded);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(run.start());
    run.waitUntilFinished();
    QVERIFY(timer.elapsed() < 30'000);
    QCOMPARE(run.outcome(), ck::PythonProgramRun::Outcome::Refused);
    QVERIFY2(run.failure().contains(QLatin1String("1.5 s of wall time")),
             qPrintable(run.failure()));
    QVERIFY(run.recorder()->info().finished);
    QVERIFY(run.recorder()->info().cancelled);
}

void TstPythonProgram::stopKillsWhatTheProgramStarted()
{
    ck::PythonProgramRun run(write(QStringLiteral("forks.py"),
                                   "import subprocess, time\n"
                                   "child = subprocess.Popen(['sleep', '1000'])\n"
                                   "print(child.pid)\n"
                                   "while True:\n"
                                   "    time.sleep(0.01)\n"),
                             options());
    QVERIFY(run.start());
    QTRY_VERIFY_WITH_TIMEOUT(!run.recorder()->logLines().empty(), 30'000);
    const qint64 child = run.recorder()->logLines().front().text.english().toLongLong();
    QVERIFY(child > 0);
    QVERIFY(!isGone(child));
    run.stop();
    run.waitUntilFinished();
    QCOMPARE(run.outcome(), ck::PythonProgramRun::Outcome::Refused);
    QCOMPARE(run.failure(), QStringLiteral("stopped"));
    QTRY_VERIFY_WITH_TIMEOUT(isGone(child), 5'000);
}

void TstPythonProgram::megabytesOfPrintsAreBounded()
{
    ck::PythonRunOptions bounded = options();
    bounded.traceLimit = qint64(1) << 20;
    ck::PythonProgramRun run(
        write(QStringLiteral("chatty.py"), "for i in range(10**6):\n    print('x' * 1000)\n"),
        bounded);
    QVERIFY(run.start());
    run.waitUntilFinished();
    QCOMPARE(run.outcome(), ck::PythonProgramRun::Outcome::Refused);
    QVERIFY2(run.failure().contains(QLatin1String("1 MiB")), qPrintable(run.failure()));
    QVERIFY(run.recorder()->logLines().size() < 1100);
}

// The program writes to the trace's file descriptor itself (the fake harness leaves it there).
void TstPythonProgram::aLineSplitAcrossReadsIsReadWhole()
{
    ck::PythonProgramRun run(
        write(QStringLiteral("split.py"),
              "import os, time\n"
              "line = b'{\"ev\":\"print\",\"t\":0.1,\"it\":1,\"task\":1,\"text\":\"split\"}'\n"
              "os.write(1, line[:12])\n"
              "time.sleep(0.3)\n"
              "os.write(1, line[12:] + b'\\n')\n"),
        options());
    QVERIFY(run.start());
    run.waitUntilFinished();
    QVERIFY2(run.failure().isEmpty(), qPrintable(run.failure()));
    QCOMPARE(run.outcome(), ck::PythonProgramRun::Outcome::Exited);
    const auto &lines = run.recorder()->logLines();
    QCOMPARE(lines.size(), std::size_t(1));
    QCOMPARE(lines[0].text.english(), QStringLiteral("split"));
}

void TstPythonProgram::aLineLongerThanAMebibyteIsRefused()
{
    ck::PythonProgramRun run(write(QStringLiteral("long.py"), "import os, time\n"
                                                              "os.write(1, b'x' * (2 << 20))\n"
                                                              "time.sleep(60)\n"),
                             options());
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(run.start());
    run.waitUntilFinished();
    QCOMPARE(run.outcome(), ck::PythonProgramRun::Outcome::Refused);
    QCOMPARE(run.failure(), QStringLiteral("the program's trace has a line longer than 1 MiB"));
    QVERIFY(elapsed.elapsed() < 30'000);
}

void TstPythonProgram::aLastLineWithoutNewlineIsRead()
{
    ck::PythonProgramRun run(
        write(QStringLiteral("last.py"),
              "import os\n"
              "os.write(1, "
              "b'{\"ev\":\"print\",\"t\":0.0,\"it\":1,\"task\":1,\"text\":\"last\"}\\n')\n"
              "os.write(1, "
              "b'{\"ev\":\"done\",\"t\":0.0,\"it\":1,\"task\":1,\"state\":\"done\"}\\n')\n"
              "os.write(1, b'{\"ev\":\"end\",\"t\":0.0,\"it\":1,\"exit_code\":0}')\n"
              "os._exit(0)\n"),
        options());
    QVERIFY(run.start());
    run.waitUntilFinished();
    QVERIFY2(run.failure().isEmpty(), qPrintable(run.failure()));
    QVERIFY(run.reader().hasEnded());
    QCOMPARE(run.outcome(), ck::PythonProgramRun::Outcome::Exited);
    QCOMPARE(run.recorder()->logLines().size(), std::size_t(1));
}

void TstPythonProgram::standardErrorIsKeptAndBounded()
{
    ck::PythonRunOptions bounded = options();
    bounded.stderrLimit = 1000;
    ck::PythonProgramRun run(write(QStringLiteral("stderr.py"), "import sys\n"
                                                                "sys.stderr.write('oops\\n')\n"
                                                                "sys.stderr.write('e' * 100000)\n"),
                             bounded);
    QVERIFY(run.start());
    run.waitUntilFinished();
    QCOMPARE(run.outcome(), ck::PythonProgramRun::Outcome::Exited);
    QVERIFY(run.standardError().startsWith("oops\n"));
    QCOMPARE(run.standardError().size(), 1000);
    QVERIFY(run.standardErrorCut());
}

void TstPythonProgram::raisingProgramIsRaised()
{
    ck::PythonProgramRun run(
        write(QStringLiteral("raises.py"), "raise ValueError('bad response')\n"), options());
    QVERIFY(run.start());
    run.waitUntilFinished();
    QCOMPARE(run.outcome(), ck::PythonProgramRun::Outcome::Raised);
    QCOMPARE(run.failure(), QStringLiteral("ValueError: bad response"));
    QCOMPARE(run.recorder()->info().mainError, QStringLiteral("ValueError: bad response"));
}

void TstPythonProgram::missingOrOldPythonIsRefused()
{
    const QByteArray saved = qgetenv("COROKITCHEN_PYTHON");
    qputenv("COROKITCHEN_PYTHON", "/nonexistent/python3");
    QString refusal;
    QVERIFY(ck::PythonHarness::findPython(&refusal).isEmpty());
    QCOMPARE(refusal, QStringLiteral(
                          "python3 3.11 or newer is needed to run a .py program; none was found"));
    // A python3 that says it is 3.9.2.
    const QString old = write(QStringLiteral("python3.9"), "#!/bin/sh\necho 3.9.2\n");
    QFile::setPermissions(old, QFile::ReadOwner | QFile::ExeOwner);
    qputenv("COROKITCHEN_PYTHON", old.toUtf8());
    QVERIFY(ck::PythonHarness::findPython(&refusal).isEmpty());
    QCOMPARE(refusal,
             QStringLiteral("python3 3.11 or newer is needed to run a .py program; found 3.9.2"));
    ck::PythonProgramRun run(write(QStringLiteral("fine.py"), "print(1)\n"), options());
    QVERIFY(!run.start());
    QCOMPARE(run.outcome(), ck::PythonProgramRun::Outcome::Refused);
    QCOMPARE(run.failure(), refusal);
    qputenv("COROKITCHEN_PYTHON", saved);
}

void TstPythonProgram::unreadableProgramIsRefused()
{
    ck::PythonProgramRun run(m_folder.filePath(QStringLiteral("absent.py")), options());
    QVERIFY(!run.start());
    QCOMPARE(run.failure(), QStringLiteral("cannot read the file"));
}

void TstPythonProgram::harnessShipsInsideTheApp()
{
    QTemporaryDir folder;
    QString error;
    QVERIFY2(ck::PythonHarness::extract(folder.path(), &error), qPrintable(error));
    for (const char *module : {"__init__.py", "__main__.py", "loop.py", "wrapping.py"})
        QVERIFY2(QFile::exists(folder.filePath(QStringLiteral("corokitchen_oracle/") +
                                               QLatin1String(module))),
                 module);
    QFile shipped(folder.filePath(QStringLiteral("corokitchen_oracle/__main__.py")));
    QFile source(QStringLiteral(COROKITCHEN_SOURCE_DIR "/python/corokitchen_oracle/__main__.py"));
    QVERIFY(shipped.open(QIODevice::ReadOnly) && source.open(QIODevice::ReadOnly));
    QCOMPARE(shipped.readAll(), source.readAll());
}

// The gathered kitchen under the app's own harness: exact times on the virtual clock.
void TstPythonProgram::kitchenRunsOnTheVirtualClockExactly()
{
    ck::PythonProgramRun run(write(QStringLiteral("kitchen.py"),
                                   "import asyncio, time\n"
                                   "async def brew_coffee():\n"
                                   "    await asyncio.sleep(3)\n"
                                   "    return 'coffee'\n"
                                   "async def toast_bagel():\n"
                                   "    await asyncio.sleep(2)\n"
                                   "    return 'bagel'\n"
                                   "async def main():\n"
                                   "    start = time.time()\n"
                                   "    await asyncio.gather(brew_coffee(), toast_bagel())\n"
                                   "    print(f'Total execution time : {time.time() - start:.2f} "
                                   "seconds')\n"
                                   "asyncio.run(main())\n"));
    QVERIFY(run.start());
    run.waitUntilFinished();
    QVERIFY2(run.outcome() == ck::PythonProgramRun::Outcome::Exited, qPrintable(run.failure()));
    const ck::Recorder &recorder = *run.recorder();
    QCOMPARE(recorder.info().total, std::chrono::nanoseconds(3s));
    QCOMPARE(recorder.info().clock, QStringLiteral("virtual"));
    QCOMPARE(recorder.lanes().size(), std::size_t(2));
    QCOMPARE(recorder.lanes()[0].name, QStringLiteral("brew_coffee"));
    const ck::Span &coffee = recorder.spans()[std::size_t(recorder.firstSpanOf(0))];
    const ck::Span &bagel = recorder.spans()[std::size_t(recorder.firstSpanOf(1))];
    QCOMPARE(coffee.kind, ck::SpanKind::Task);
    QCOMPARE(coffee.start, std::chrono::nanoseconds(0));
    QCOMPARE(coffee.end, std::chrono::nanoseconds(3s));
    QCOMPARE(bagel.end, std::chrono::nanoseconds(2s));
    QCOMPARE(recorder.logLines().back().text.english(),
             QStringLiteral("Total execution time : 3.00 seconds"));
    QCOMPARE(recorder.logLines().back().time, std::chrono::nanoseconds(3s));
}

QTEST_GUILESS_MAIN(TstPythonProgram)
#include "tst_pythonprogram.moc"
