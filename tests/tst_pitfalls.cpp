// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "runharness.h"
#include "teach/pitfallfinder.h"

using ck::Pitfall;

namespace {

std::vector<Pitfall> pitfallsOf(const char *scenario, const char *mode)
{
    const auto loaded = cktest::builtin(QString::fromLatin1(scenario));
    const auto strategy = cktest::mode(QString::fromLatin1(mode));
    cktest::VirtualRun run(loaded, strategy);
    return ck::PitfallFinder::find(*loaded, strategy, run.recorder());
}

} // namespace

class TstPitfalls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void awaitingOneByOneIsStillNineSeconds();
    void syncIsMissedConcurrencyToo();
    void lockWaitsMakeTheIdealALeastTime();
    void aRaiseLeavesTheIdealUntold();
    void gatherIsFine();
    void nothingToGainIsNoPitfall();
    void blockingCallHoldsTheLoop();
    void taskNeverAwaited();
    void awaitedInTimeIsNoPitfall();
    void stoppedRunsTeachNothing();
};

void TstPitfalls::awaitingOneByOneIsStillNineSeconds()
{
    const auto found = pitfallsOf("api-calls", "sequential");
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found[0].kind, Pitfall::Kind::MissedConcurrency);
    QCOMPARE(found[0].message, QStringLiteral("Missed concurrency: awaiting one by one took "
                                              "9.00 s; gather would take ≈ 3.00 s."));
    QVERIFY(found[0].fix);
    QCOMPARE(found[0].fix->kind(), ck::Strategy::Kind::Gather);
}

void TstPitfalls::syncIsMissedConcurrencyToo()
{
    const auto found = pitfallsOf("kitchen", "sync");
    QCOMPARE(found.size(), std::size_t(1)); // its waits block by definition: no second lesson
    QCOMPARE(found[0].message, QStringLiteral("Missed concurrency: blocking one by one took "
                                              "5.00 s; awaiting with gather would take ≈ 3.00 s."));
}

void TstPitfalls::lockWaitsMakeTheIdealALeastTime()
{
    // The lesson takes 5.50 s one by one and 4.00 s with gather (the oracle agrees): barista_2
    // waits 2 s for the machine barista_1 holds, which the ideal cannot know.
    const auto found = pitfallsOf("lock-event", "sequential");
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(
        found[0].message,
        QStringLiteral("Missed concurrency: awaiting one by one took 5.50 s; gather would take "
                       "at least 2.00 s, more while tasks wait for each other's locks and "
                       "events, or for a worker thread."));
    QCOMPARE(pitfallsOf("lock-event", "gather").size(), std::size_t(0));
}

void TstPitfalls::aRaiseLeavesTheIdealUntold()
{
    // 7.00 s one by one; gather's ideal is 5.00 s, but its run takes 4.00 s: the first failure
    // cancels the rest, which the ideal cannot know.
    const auto found = pitfallsOf("taskgroup", "sequential");
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found[0].message,
             QStringLiteral("Missed concurrency: awaiting one by one took 7.00 s; "
                            "with gather the waits would overlap."));
    QVERIFY(found[0].fix);
}

void TstPitfalls::gatherIsFine()
{
    for (const char *mode : {"gather", "create-task", "bounded:3"})
        QVERIFY2(pitfallsOf("api-calls", mode).empty(), mode);
}

void TstPitfalls::nothingToGainIsNoPitfall()
{
    // One task only: gathering it saves nothing.
    QVERIFY(pitfallsOf("download-chunks", "sequential").empty());
}

void TstPitfalls::blockingCallHoldsTheLoop()
{
    const auto found = pitfallsOf("blocking-call", "gather");
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found[0].kind, Pitfall::Kind::BlockingCall);
    QCOMPARE(found[0].message,
             QStringLiteral("A blocking call: time.sleep(2) in toastBagel held the event loop for "
                            "2.00 s, and nothing else could run meanwhile. Await asyncio.sleep "
                            "instead."));
    QVERIFY(!found[0].fix); // the scenario, not the mode, has to change
}

void TstPitfalls::taskNeverAwaited()
{
    const auto found = pitfallsOf("forgotten-task", "gather");
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found[0].kind, Pitfall::Kind::NeverAwaited);
    QVERIFY2(found[0].message.startsWith(QStringLiteral(
                 "A task never awaited: sendReceipt was created with asyncio.create_task but "
                 "nobody awaited it, so when main() returned at 3.00 s asyncio.run cancelled it")),
             qPrintable(found[0].message));
}

void TstPitfalls::awaitedInTimeIsNoPitfall()
{
    // One by one main() outlives the receipt: nothing is cancelled, only concurrency is missed.
    const auto found = pitfallsOf("forgotten-task", "sequential");
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found[0].kind, Pitfall::Kind::MissedConcurrency);
}

void TstPitfalls::stoppedRunsTeachNothing()
{
    const auto scenario = cktest::builtin(QStringLiteral("api-calls"));
    const auto strategy = cktest::mode(QStringLiteral("sequential"));
    ck::Scheduler scheduler(std::make_unique<ck::VirtualClock>());
    ck::Runner runner(scheduler, scenario, strategy);
    QSignalSpy finished(&runner, &ck::Runner::finished);
    runner.start();
    runner.stop();
    QVERIFY(finished.wait(5000));
    QVERIFY(ck::PitfallFinder::find(*scenario, strategy, *runner.recorder()).empty());
}

QTEST_GUILESS_MAIN(TstPitfalls)
#include "tst_pitfalls.moc"
