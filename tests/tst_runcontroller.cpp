// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "runcontroller.h"
#include "runharness.h"
#include "timingbounds.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>

#include <chrono>
#include <memory>

using namespace std::chrono_literals;
using ck::RunController;
using ck::RunSelection;
using ck::Strategy;

namespace {

std::shared_ptr<const ck::Scenario> kitchen()
{
    return cktest::builtin(QStringLiteral("kitchen"));
}

RunSelection mode(const char *name)
{
    return *RunSelection::parse(QString::fromLatin1(name));
}

const ck::Span *firstTaskSpan(const ck::Recorder &recorder)
{
    for (const auto &span : recorder.spans())
        if (span.kind == ck::SpanKind::Task)
            return &span;
    return nullptr;
}

} // namespace

class TstRunController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void selectionParsesTheGuiModes();
    void instantRunFinishesWithItsTotal();
    void compareRunsShareOneTimeAxis();
    void compareRunsGrowTogetherOnTheRealClock();
    void compareOfABlockingCallIsOnOneAxis();
    void stopCancelsTheLiveRun();
    void restartKeepsTheOldRunnerUntilItFinishes();
    void finishedRunnersAreDeletedOnRestart();
    void linesOfReplacedRunsAreDropped();
    void runsChangedIsThrottled();
    void speedChangeAppliesToALiveRun();
    void refusedModeStartsNothing();
    void fiftyRapidRestartsLeakNoRunner();
    void longRunsBeatSlower();
    void shutdownDeletesTheControllerOnceSettled();

private:
    std::unique_ptr<RunController> m_controller;
};

void TstRunController::init()
{
    m_controller = std::make_unique<RunController>();
}

void TstRunController::cleanup()
{
    // Never destroy the controller while a run unwinds on its schedulers (see its comment).
    m_controller->stop();
    QTRY_VERIFY(m_controller->isSettled());
    m_controller.reset();
}

void TstRunController::selectionParsesTheGuiModes()
{
    QCOMPARE(mode("compare").strategies().size(), std::size_t(2));
    QCOMPARE(mode("compare").strategies()[0].name(), QStringLiteral("sequential"));
    QCOMPARE(mode("compare").strategies()[1].name(), QStringLiteral("gather"));
    QCOMPARE(mode("bounded:3").name(), QStringLiteral("bounded:3"));
    QCOMPARE(mode("create-task").label(), QStringLiteral("create_task"));
    QVERIFY(!RunSelection::parse(QStringLiteral("sync"))); // would freeze the window
    QVERIFY(!RunSelection::parse(QStringLiteral("bounded:0")));
    QVERIFY(!RunSelection::parse(QString()));
    QCOMPARE(RunSelection().name(), QStringLiteral("sequential"));
}

void TstRunController::instantRunFinishesWithItsTotal()
{
    m_controller->setInstant(true);
    QSignalSpy finished(m_controller.get(), &RunController::finished);
    QVERIFY(m_controller->start(kitchen(), mode("gather")).isEmpty());
    QVERIFY(m_controller->isRunning());
    QVERIFY(finished.wait(2000));
    QCOMPARE(finished.count(), 1);
    const auto runs = m_controller->timelineRuns();
    QCOMPARE(runs.size(), std::size_t(1));
    QCOMPARE(runs[0].recorder->info().total, 3s);
    QCOMPARE(runs[0].recorder->info().clock, QStringLiteral("virtual"));
    QCOMPARE(runs[0].ideal, 3s);
    QCOMPARE(runs[0].now, -1ns);
    QCOMPARE(runs[0].label, QStringLiteral("Gather"));
    QCOMPARE(m_controller->elapsed(), 3s);
}

void TstRunController::compareRunsShareOneTimeAxis()
{
    m_controller->setInstant(true);
    QSignalSpy finished(m_controller.get(), &RunController::finished);
    QVERIFY(m_controller->start(kitchen(), RunSelection::compare()).isEmpty());
    QVERIFY(finished.wait(2000));
    const auto runs = m_controller->timelineRuns();
    QCOMPARE(runs.size(), std::size_t(2));
    QCOMPARE(runs[0].label, QStringLiteral("Sequential"));
    QCOMPARE(runs[1].label, QStringLiteral("Gather"));
    for (const auto &run : runs) {
        const ck::Span *first = firstTaskSpan(*run.recorder);
        QVERIFY(first);
        QCOMPARE(first->start, 0ns);
    }
    QCOMPARE(runs[0].recorder->info().total, 5s);
    QCOMPARE(runs[1].recorder->info().total, 3s);
    QCOMPARE(runs[0].ideal, 5s);
    QCOMPARE(runs[1].ideal, 3s);
}

void TstRunController::compareRunsGrowTogetherOnTheRealClock()
{
    // At 10x the sequential 5 s take 500 ms and gather's 3 s 300 ms of wall time: started
    // together on one loop, gather ends while sequential is still running, at 3 s itself (not
    // 0 s, as one after the other), and both end 500 ms after the start, never sooner; later by
    // at most 400 ms (a loaded machine's lateness; at half speed they take 1000 ms).
    m_controller->setSpeed(10);
    QElapsedTimer wall;
    wall.start();
    QVERIFY(m_controller->start(kitchen(), RunSelection::compare()).isEmpty());
    const auto runners = m_controller->runners();
    QSignalSpy gatherDone(runners[1], &ck::Runner::finished);
    QVERIFY(gatherDone.wait(2000));
    QVERIFY(runners[0]->isRunning());
    QVERIFY2(
        runners[0]->elapsed() >= 2900ms &&
            runners[0]->elapsed() < 3s + cktest::lateBound<std::chrono::milliseconds>(1s, 2s),
        qPrintable(QString::number(std::chrono::duration<double>(runners[0]->elapsed()).count())));
    QSignalSpy finished(m_controller.get(), &RunController::finished);
    QVERIFY(finished.wait(3000));
    QVERIFY2(wall.elapsed() >= 500 &&
                 wall.elapsed() <
                     500 + cktest::lateBound<std::chrono::milliseconds>(400ms, 1500ms).count(),
             qPrintable(QStringLiteral("%1 ms; gather %2 s, sequential %3 s")
                            .arg(wall.elapsed())
                            .arg(std::chrono::duration<double>(runners[1]->elapsed()).count())
                            .arg(std::chrono::duration<double>(runners[0]->elapsed()).count())));
    QVERIFY(runners[0]->recorder()->info().total >= 5s);
}

void TstRunController::compareOfABlockingCallIsOnOneAxis()
{
    // One loop: sequential's time.sleep(2) holds it 0–2 s, so gather's toastBagel starts at 2 s,
    // not at 0 s drawn over sequential's block.
    m_controller->setInstant(true);
    QSignalSpy finished(m_controller.get(), &RunController::finished);
    QVERIFY(m_controller
                ->start(cktest::builtin(QStringLiteral("blocking-call")), RunSelection::compare())
                .isEmpty());
    QVERIFY(finished.wait(2000));
    const auto runs = m_controller->timelineRuns();
    QCOMPARE(firstTaskSpan(*runs[0].recorder)->start, 0ns);
    QCOMPARE(firstTaskSpan(*runs[1].recorder)->start, 2s);
    QCOMPARE(runs[0].recorder->info().total, 5s);
    QCOMPARE(runs[1].recorder->info().total, 7s);
    QCOMPARE(m_controller->elapsed(), 7s);
}

void TstRunController::stopCancelsTheLiveRun()
{
    QSignalSpy finished(m_controller.get(), &RunController::finished);
    QVERIFY(m_controller->start(kitchen(), mode("gather")).isEmpty());
    QTest::qWait(30);
    m_controller->stop();
    QVERIFY(finished.wait(1000)); // far sooner than the 3 s the run would take
    QVERIFY(!m_controller->isRunning());
    const auto runs = m_controller->timelineRuns();
    QCOMPARE(runs.size(), std::size_t(1)); // a stopped run stays on screen
    QVERIFY(runs[0].recorder->info().cancelled);
    QVERIFY(runs[0].recorder->info().total < 1s);
    QCOMPARE(runs[0].now, -1ns);
}

void TstRunController::restartKeepsTheOldRunnerUntilItFinishes()
{
    QSignalSpy finished(m_controller.get(), &RunController::finished);
    QVERIFY(m_controller->start(kitchen(), mode("sequential")).isEmpty());
    QPointer<const ck::Runner> old = m_controller->runners()[0];
    const std::shared_ptr<const ck::Recorder> oldRecorder = old->recorder();
    QTest::qWait(10);
    m_controller->setSpeed(20);
    QVERIFY(m_controller->start(kitchen(), mode("gather")).isEmpty());
    QVERIFY(old); // still unwinding its coroutines
    QCOMPARE(m_controller->retiringCount(), 1);
    QTRY_VERIFY(!old); // deleted once it reported finished
    QCOMPARE(m_controller->retiringCount(), 0);
    QVERIFY(oldRecorder->info().cancelled); // and its record stays readable
    QVERIFY(finished.wait(2000));
    QCOMPARE(finished.count(), 1); // only the current run reports
    QCOMPARE(m_controller->timelineRuns()[0].recorder->info().total >= 3s, true);
    QVERIFY(!m_controller->timelineRuns()[0].recorder->info().cancelled);
}

void TstRunController::finishedRunnersAreDeletedOnRestart()
{
    m_controller->setInstant(true);
    QSignalSpy finished(m_controller.get(), &RunController::finished);
    QVERIFY(m_controller->start(kitchen(), mode("gather")).isEmpty());
    QVERIFY(finished.wait(2000));
    QPointer<const ck::Runner> old = m_controller->runners()[0];
    QVERIFY(m_controller->start(kitchen(), mode("sequential")).isEmpty());
    QCOMPARE(m_controller->retiringCount(), 0);
    QTRY_VERIFY(!old);
    QTRY_COMPARE(finished.count(), 2);
    m_controller->clear();
    QVERIFY(m_controller->timelineRuns().empty());
    QTRY_COMPARE(m_controller->findChildren<ck::Runner *>().size(), 0);
}

void TstRunController::linesOfReplacedRunsAreDropped()
{
    QSignalSpy lines(m_controller.get(), &RunController::logLine);
    QVERIFY(m_controller->start(kitchen(), mode("gather")).isEmpty());
    QTRY_VERIFY(!lines.isEmpty()); // "Start brewCoffee()" ...
    m_controller->setInstant(true);
    lines.clear();
    QSignalSpy finished(m_controller.get(), &RunController::finished);
    QVERIFY(m_controller->start(kitchen(), RunSelection::compare()).isEmpty());
    QVERIFY(finished.wait(2000));
    QTRY_VERIFY(m_controller->isSettled());
    const auto runs = m_controller->timelineRuns();
    QCOMPARE(qsizetype(lines.count()),
             qsizetype(runs[0].recorder->logLines().size() + runs[1].recorder->logLines().size()));
    int perRun[2] = {0, 0};
    for (const auto &args : lines)
        ++perRun[args.at(0).toInt()];
    QCOMPARE(std::size_t(perRun[0]), runs[0].recorder->logLines().size());
    QCOMPARE(lines.first().at(1).value<ck::LogLine>().text.english(),
             runs[0].recorder->logLines().front().text.english());
}

void TstRunController::runsChangedIsThrottled()
{
    m_controller->setSpeed(10); // 3 s of gather in 300 ms of wall time
    QElapsedTimer wall;
    QList<qint64> stamps;
    connect(m_controller.get(), &RunController::runsChanged, this,
            [&] { stamps << wall.nsecsElapsed(); });
    QSignalSpy finished(m_controller.get(), &RunController::finished);
    wall.start();
    QVERIFY(m_controller->start(kitchen(), mode("gather")).isEmpty());
    QVERIFY(finished.wait(2000));
    QTest::qWait(3 * RunController::kFrameMs); // the final frame after the end
    const qint64 total = wall.nsecsElapsed();
    QVERIFY2(stamps.size() >= 10, qPrintable(QString::number(stamps.size()))); // live updates
    QVERIFY(stamps.size() <= total / (RunController::kFrameMs * 1'000'000) + 1);
    for (qsizetype i = 1; i < stamps.size(); ++i)
        QVERIFY2(stamps[i] - stamps[i - 1] >= RunController::kFrameMs * 1'000'000 - 500'000,
                 qPrintable(QString::number(stamps[i] - stamps[i - 1])));
    // Nothing more once the run is over.
    const auto count = stamps.size();
    QTest::qWait(5 * RunController::kFrameMs);
    QCOMPARE(stamps.size(), count);
    // While live, now is the run's elapsed time; after it, -1.
    QCOMPARE(m_controller->timelineRuns()[0].now, -1ns);
}

void TstRunController::speedChangeAppliesToALiveRun()
{
    QSignalSpy finished(m_controller.get(), &RunController::finished);
    QElapsedTimer wall;
    wall.start();
    QVERIFY(m_controller->start(kitchen(), mode("gather")).isEmpty()); // 3 s at 1x
    QTest::qWait(20);
    m_controller->setSpeed(10);
    QCOMPARE(m_controller->speed(), 10.0);
    // At 1x the run would take 3 s of wall time; at 10x about 0.3 s.
    QVERIFY(finished.wait(2900));
    QVERIFY2(wall.elapsed() < cktest::lateBound<std::chrono::milliseconds>(1s, 2900ms).count(),
             qPrintable(QString::number(wall.elapsed())));
    const auto total = m_controller->timelineRuns()[0].recorder->info().total;
    // Scenario time stays continuous: never early, late by at most 1 s of scenario time (100 ms
    // of wall time at 10x, a loaded machine's lateness).
    QVERIFY2(total >= 3s && total < 3s + cktest::lateBound<std::chrono::milliseconds>(1s, 2s),
             qPrintable(QString::number(std::chrono::duration<double>(total).count())));
    m_controller->setSpeed(50);
    QCOMPARE(m_controller->speed(), RunController::kMaxSpeed);
    m_controller->setSpeed(0.01);
    QCOMPARE(m_controller->speed(), RunController::kMinSpeed);
}

void TstRunController::refusedModeStartsNothing()
{
    auto scenario = cktest::fromJson(R"({"format":"corokitchen-scenario/1","id":"a","title":"a",
        "tasks":[{"name":"serve","after":["cook"],"steps":[{"wait":1}]},
                 {"name":"cook","steps":[{"wait":2}]}]})");
    QSignalSpy started(m_controller.get(), &RunController::started);
    QCOMPARE(m_controller->start(scenario, RunSelection::compare()),
             QStringLiteral(
                 "tasks[0] \"serve\" comes after \"cook\", which runs later in sequential mode"));
    QCOMPARE(started.count(), 0);
    QVERIFY(!m_controller->hasRuns());
    m_controller->setInstant(true);
    QVERIFY(m_controller->start(scenario, mode("gather")).isEmpty());
}

void TstRunController::fiftyRapidRestartsLeakNoRunner()
{
    m_controller->setSpeed(10);
    const char *modes[] = {"sequential", "gather", "create-task", "bounded:2", "compare"};
    for (int i = 0; i < 50; ++i) {
        m_controller->setInstant(i % 7 == 3);
        QVERIFY(m_controller->start(kitchen(), mode(modes[i % 5])).isEmpty());
        if (i % 3 == 0)
            QTest::qWait(1); // let some runs get going, restart others before their first step
    }
    QSignalSpy finished(m_controller.get(), &RunController::finished);
    m_controller->setInstant(false);
    QVERIFY(m_controller->start(kitchen(), RunSelection::compare()).isEmpty());
    QVERIFY(finished.wait(3000));
    QTRY_VERIFY(m_controller->isSettled());
    QTRY_COMPARE(m_controller->findChildren<ck::Runner *>().size(), 2);
    QCOMPARE(m_controller->retiringCount(), 0);
    const auto runs = m_controller->timelineRuns();
    QVERIFY(runs[0].recorder->info().total >= 5s && runs[0].recorder->info().total < 5500ms);
    QVERIFY(runs[1].recorder->info().total >= 3s && runs[1].recorder->info().total < 3500ms);
}

void TstRunController::longRunsBeatSlower()
{
    QCOMPARE(RunController::heartbeatFor(3s), std::chrono::nanoseconds(RunController::kHeartbeat));
    // a day on the virtual clock: a few thousand beats, not 1.7 million
    const auto day = cktest::fromJson(R"({"format":"corokitchen-scenario/1","id":"d","title":"d",
        "tasks":[{"name":"sleeper","steps":[{"wait":86400}]}]})");
    m_controller->setInstant(true);
    QVERIFY(m_controller->start(day, mode("gather")).isEmpty());
    QTRY_VERIFY(!m_controller->isRunning());
    const auto &samples = m_controller->timelineRuns().front().recorder->lagSamples();
    QVERIFY2(samples.size() <= std::size_t(RunController::kMaxBeats) && samples.size() > 1000,
             qPrintable(QString::number(samples.size())));
}

void TstRunController::shutdownDeletesTheControllerOnceSettled()
{
    auto *controller = new RunController;
    QPointer<RunController> alive(controller);
    QVERIFY(controller->start(kitchen(), RunSelection::compare()).isEmpty());
    QTest::qWait(10);
    controller->shutdown();
    QVERIFY(alive); // its runs are still unwinding
    QCOMPARE(controller->start(kitchen(), mode("gather")), QStringLiteral("nothing to run"));
    QTRY_VERIFY(!alive);
}

QTEST_MAIN(TstRunController)
#include "tst_runcontroller.moc"
