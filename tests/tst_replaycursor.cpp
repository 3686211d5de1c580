// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "runharness.h"
#include "teach/loopstate.h"
#include "teach/replaycursor.h"

using namespace std::chrono_literals;

namespace {

std::shared_ptr<const ck::Recorder> recorded(const char *scenario, const char *mode)
{
    cktest::VirtualRun run(cktest::builtin(QString::fromLatin1(scenario)),
                           cktest::mode(QString::fromLatin1(mode)), true);
    return run.runner->recorder();
}

// Two modes of a scenario run together on one scheduler, as the window compares them.
std::vector<std::shared_ptr<const ck::Recorder>> compared(const char *scenario, double speed)
{
    ck::Scheduler scheduler(speed > 0 ? std::unique_ptr<ck::Clock>(new ck::RealClock(speed))
                                      : std::make_unique<ck::VirtualClock>());
    const auto loaded = cktest::builtin(QString::fromLatin1(scenario));
    std::vector<std::unique_ptr<ck::Runner>> runners;
    for (const char *mode : {"sequential", "gather"}) {
        runners.push_back(std::make_unique<ck::Runner>(scheduler, loaded,
                                                       cktest::mode(QString::fromLatin1(mode))));
        runners.back()->setRecordsLoopEvents(true);
    }
    for (auto &runner : runners)
        runner->start();
    if (!QTest::qWaitFor(
            [&runners] { return runners.front()->isFinished() && runners.back()->isFinished(); },
            10000))
        throw std::runtime_error("comparison did not finish");
    return {runners.front()->recorder(), runners.back()->recorder()};
}

} // namespace

class TstReplayCursor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsEventByEvent();
    void seekTakesEveryEventUpToTheTime();
    void twoRunsInterleaveByTime();
    void oneLoopRunsOneCoroutineAtATime_data();
    void oneLoopRunsOneCoroutineAtATime();
    void snapshotReopensWhatWasOpen();
    void snapshotShowsTheLagSoFar();
};

void TstReplayCursor::stepsEventByEvent()
{
    const auto kitchen = recorded("kitchen", "gather");
    ck::ReplayCursor cursor({kitchen});
    QCOMPARE(cursor.eventCount(), kitchen->loopEvents().size());
    QCOMPARE(cursor.duration(), 3s);
    QVERIFY(cursor.atStart());
    QVERIFY(!cursor.stepBack());
    QVERIFY(cursor.stepForward());
    QCOMPARE(cursor.position(), std::size_t(1));
    QCOMPARE(cursor.lastEvent(), std::make_pair(0, 0));
    while (cursor.time() < 2s)
        QVERIFY(cursor.stepForward());
    // the first event at 2 s: toastBagel's timer fires
    QCOMPARE(kitchen->loopEvents()[cursor.position() - 1].kind, ck::LoopEvent::Kind::Ready);
    QVERIFY(cursor.stepBack());
    QCOMPARE(cursor.time(), 0s); // back to the event before, still at 0 s
    cursor.toEnd();
    QVERIFY(cursor.atEnd());
    QVERIFY(!cursor.stepForward());
    cursor.toStart();
    QVERIFY(cursor.atStart());
}

void TstReplayCursor::seekTakesEveryEventUpToTheTime()
{
    const auto kitchen = recorded("kitchen", "gather");
    ck::ReplayCursor cursor({kitchen});
    cursor.seek(2500ms);
    QCOMPARE(cursor.time(), 2500ms);
    const auto &events = kitchen->loopEvents();
    const auto upTo = std::count_if(events.begin(), events.end(),
                                    [](const ck::LoopEvent &e) { return e.time <= 2500ms; });
    QCOMPARE(cursor.position(), std::size_t(upTo));
    cursor.seek(-1s);
    QCOMPARE(cursor.time(), 0s);
    cursor.seek(10s);
    QCOMPARE(cursor.time(), 3s); // clamped to the run
    QVERIFY(cursor.atEnd());
}

void TstReplayCursor::twoRunsInterleaveByTime()
{
    const auto sequential = recorded("kitchen", "sequential");
    const auto gathered = recorded("kitchen", "gather");
    ck::ReplayCursor cursor({sequential, gathered});
    QCOMPARE(cursor.eventCount(), sequential->loopEvents().size() + gathered->loopEvents().size());
    QCOMPARE(cursor.duration(), 5s);
    cursor.seek(3s);
    const auto upTo = [](const ck::Recorder &recorder, std::chrono::nanoseconds time) {
        const auto &events = recorder.loopEvents();
        return std::size_t(
            std::count_if(events.begin(), events.end(),
                          [time](const ck::LoopEvent &e) { return e.time <= time; }));
    };
    QCOMPARE(cursor.eventsOf(0), upTo(*sequential, 3s));
    QCOMPARE(cursor.eventsOf(1), gathered->loopEvents().size()); // the gathered run is over
}

void TstReplayCursor::oneLoopRunsOneCoroutineAtATime_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<double>("speed");
    for (const char *id : {"kitchen", "blocking-call", "api-calls"}) {
        QTest::addRow("%s virtual", id) << QString::fromLatin1(id) << 0.0;
        QTest::addRow("%s real", id) << QString::fromLatin1(id) << 20.0;
    }
}

// Issue 13, item 7: stepping through a comparison, whose two runs share one loop, never shows
// two coroutines running at once, and the one that runs is the one the last event started or
// resumed.
void TstReplayCursor::oneLoopRunsOneCoroutineAtATime()
{
    QFETCH(QString, scenario);
    QFETCH(double, speed);
    const auto runs = compared(qPrintable(scenario), speed);
    ck::ReplayCursor cursor(runs);
    while (cursor.stepForward()) {
        std::vector<int> running;
        for (std::size_t run = 0; run < runs.size(); ++run) {
            ck::LoopState state(*runs[run]);
            for (std::size_t i = 0; i < cursor.eventsOf(run); ++i)
                state.apply(runs[run]->loopEvents()[i]);
            if (state.current() != ck::LoopState::kNobody)
                running.push_back(int(run));
        }
        QVERIFY2(running.size() <= 1, qPrintable(QStringLiteral("at event %1 of %2")
                                                     .arg(cursor.position())
                                                     .arg(cursor.eventCount())));
        const auto [run, index] = cursor.lastEvent();
        const ck::LoopEvent &last = runs[std::size_t(run)]->loopEvents()[std::size_t(index)];
        if (last.kind == ck::LoopEvent::Kind::Started || last.kind == ck::LoopEvent::Kind::Resumed)
            QCOMPARE(running, std::vector<int>{run});
    }
}

void TstReplayCursor::snapshotReopensWhatWasOpen()
{
    const auto kitchen = recorded("kitchen", "gather");
    ck::ReplayCursor cursor({kitchen});
    cursor.seek(2500ms);
    const ck::Recorder past = cursor.snapshot(0);
    QVERIFY(!past.info().finished);
    QCOMPARE(past.info().total, -1ns);
    int open = 0;
    for (const ck::Span &span : past.spans()) {
        if (span.end.count() < 0) {
            ++open;
            QCOMPARE(span.state, ck::SpanState::Running);
        } else {
            QVERIFY(span.end <= 2500ms);
        }
    }
    QVERIFY(open >= 2);                               // brewCoffee's task and its sleep
    QCOMPARE(past.logLines().size(), std::size_t(3)); // two starts and toastBagel's end
    cursor.toEnd();
    QVERIFY(cursor.snapshot(0).info().finished);
}

void TstReplayCursor::snapshotShowsTheLagSoFar()
{
    const auto blocking = recorded("blocking-call", "gather");
    ck::ReplayCursor cursor({blocking});
    cursor.seek(1200ms);
    const ck::Recorder past = cursor.snapshot(0);
    const auto &samples = past.lagSamples();
    QCOMPARE(samples.size(), std::size_t(1));
    // the beat due at 0.05 s will wake at 2 s; at 1.2 s the loop has been late for 1.15 s
    QCOMPARE(samples[0].time, 1200ms);
    QCOMPARE(samples[0].lag, 1150ms);
}

QTEST_GUILESS_MAIN(TstReplayCursor)
#include "tst_replaycursor.moc"
