#include <QTest>

#include "pyrun/pythonharness.h"
#include "pyrun/pythonprogramrun.h"
#include "teach/programpitfallfinder.h"
#include "trace/recorder.h"

// The pitfalls of the seeds found in real Python programs' runs (tests/data/programs/pitfalls),
// each program run by CPython under the app's harness on the virtual clock, as `corokitchen run
// prog.py` runs it; the good versions raise no hint.
class TstProgramPitfalls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneByOneAwaitsAreMissedConcurrency();
    void oneByOneCallsOfATaskAreMissedConcurrency();
    void blockingCallNamesItsFunctionAndLine();
    void blockingCallWithNothingElseToRunIsNoHint();
    void taskNeverAwaitedIsFound();
    void shieldedTaskNeverAwaitedNamesTheShield();
    void coroutineNeverAwaitedIsFound();
    void gatheredProgramRaisesNoHint();
    void goodExamplesRaiseNoHint();

private:
    std::vector<ck::Pitfall> pitfallsOf(const QString &program);
};

namespace {

QString pitfallProgram(const QString &name)
{
    return QStringLiteral(COROKITCHEN_TEST_DATA "/programs/pitfalls/%1").arg(name);
}

} // namespace

void TstProgramPitfalls::initTestCase()
{
    QString refusal;
    if (ck::PythonHarness::findPython(&refusal).isEmpty())
        QSKIP(qPrintable(refusal));
}

std::vector<ck::Pitfall> TstProgramPitfalls::pitfallsOf(const QString &program)
{
    ck::PythonProgramRun run(program); // the app's own harness, on the virtual clock
    if (!run.start())
        qFatal("%s: %s", qPrintable(program), qPrintable(run.failure()));
    run.waitUntilFinished();
    if (run.outcome() != ck::PythonProgramRun::Outcome::Exited)
        qFatal("%s: %s", qPrintable(program), qPrintable(run.failure()));
    return ck::ProgramPitfallFinder::find(
        *run.recorder(), [&run](std::size_t event) { return run.reader().lineOf(event); });
}

void TstProgramPitfalls::oneByOneAwaitsAreMissedConcurrency()
{
    const auto found = pitfallsOf(pitfallProgram(QStringLiteral("one_by_one.py")));
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found[0].kind, ck::Pitfall::Kind::MissedConcurrency);
    // Three calls of 1 s in a row: 3 s, where gathered they take the longest's 1 s.
    QCOMPARE(found[0].message,
             QStringLiteral("Missed concurrency: fetch() ×3 were awaited one by one and took "
                            "3.00 s, each of them suspended most of its time; awaited together "
                            "with asyncio.gather they would take ≈ 1.00 s, 2.00 s less, if none "
                            "needs another's result."));
}

void TstProgramPitfalls::oneByOneCallsOfATaskAreMissedConcurrency()
{
    // A task's own calls, 1 s then 2 s: gather would take 2 s.
    const auto found = pitfallsOf(pitfallProgram(QStringLiteral("one_by_one_tasks.py")));
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found[0].kind, ck::Pitfall::Kind::MissedConcurrency);
    QVERIFY2(found[0].message.contains(QStringLiteral("fetch() ×2 were awaited one by one and "
                                                      "took 3.00 s")),
             qPrintable(found[0].message));
    QVERIFY2(found[0].message.contains(QStringLiteral("≈ 2.00 s, 1.00 s less")),
             qPrintable(found[0].message));
}

void TstProgramPitfalls::blockingCallNamesItsFunctionAndLine()
{
    const auto found = pitfallsOf(pitfallProgram(QStringLiteral("blocking.py")));
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found[0].kind, ck::Pitfall::Kind::BlockingCall);
    QCOMPARE(found[0].message,
             QStringLiteral("A blocking call: time.sleep(2) in slow_work (line 12) held the "
                            "event loop for 2.00 s, and nothing else could run meanwhile. Await "
                            "asyncio.sleep instead."));
}

void TstProgramPitfalls::blockingCallWithNothingElseToRunIsNoHint()
{
    // main() blocks while no other task exists: nothing waited for the loop.
    QVERIFY(pitfallsOf(pitfallProgram(QStringLiteral("blocking_alone.py"))).empty());
}

void TstProgramPitfalls::taskNeverAwaitedIsFound()
{
    const auto found = pitfallsOf(pitfallProgram(QStringLiteral("task_never_awaited.py")));
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found[0].kind, ck::Pitfall::Kind::NeverAwaited);
    QVERIFY2(found[0].message.startsWith(QStringLiteral("A task never awaited: send_report was "
                                                        "created with asyncio.create_task but")),
             qPrintable(found[0].message));
    QVERIFY2(found[0].message.contains(QStringLiteral("when main() returned at 1.00 s")),
             qPrintable(found[0].message));
}

void TstProgramPitfalls::shieldedTaskNeverAwaitedNamesTheShield()
{
    // The task was made by asyncio.shield, not create_task: the hint says what the program did.
    const auto found = pitfallsOf(pitfallProgram(QStringLiteral("shield_never_awaited.py")));
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found[0].kind, ck::Pitfall::Kind::NeverAwaited);
    QVERIFY2(found[0].message.startsWith(QStringLiteral("A task never awaited: save was created "
                                                        "with asyncio.shield but nobody")),
             qPrintable(found[0].message));
    QVERIFY2(found[0].message.contains(QStringLiteral("when main() returned at 0.50 s")),
             qPrintable(found[0].message));
}

void TstProgramPitfalls::coroutineNeverAwaitedIsFound()
{
    const auto found = pitfallsOf(pitfallProgram(QStringLiteral("coroutine_never_awaited.py")));
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found[0].kind, ck::Pitfall::Kind::CoroutineNeverAwaited);
    QVERIFY2(found[0].message.startsWith(QStringLiteral("A coroutine never awaited: save() was "
                                                        "called")),
             qPrintable(found[0].message));
}

void TstProgramPitfalls::gatheredProgramRaisesNoHint()
{
    // one_by_one.py's calls gathered, then a task awaited after other work.
    const auto found = pitfallsOf(pitfallProgram(QStringLiteral("gathered.py")));
    for (const ck::Pitfall &pitfall : found)
        qWarning("%s", qPrintable(pitfall.message));
    QVERIFY(found.empty());
}

void TstProgramPitfalls::goodExamplesRaiseNoHint()
{
    // The seeds' concurrent versions; their one-by-one twin is found.
    const QString examples = QStringLiteral(COROKITCHEN_SOURCE_DIR "/resources/examples/en/");
    for (const char *good : {"api_calls_gather.py", "kitchen_gather.py", "kitchen_create_task.py",
                             "two_downloads.py"}) {
        const auto found = pitfallsOf(examples + QLatin1String(good));
        QVERIFY2(found.empty(), good);
    }
    const auto oneByOne = pitfallsOf(examples + QStringLiteral("api_calls_one_by_one.py"));
    QCOMPARE(oneByOne.size(), std::size_t(1));
    QVERIFY2(oneByOne[0].message.contains(QStringLiteral(
                 "call_api_1(), call_api_2(), call_api_3() were awaited one by one and took "
                 "9.00 s")),
             qPrintable(oneByOne[0].message));
    QVERIFY2(oneByOne[0].message.contains(QStringLiteral("≈ 3.00 s, 6.00 s less")),
             qPrintable(oneByOne[0].message));
}

QTEST_GUILESS_MAIN(TstProgramPitfalls)
#include "tst_programpitfalls.moc"
