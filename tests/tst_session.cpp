// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "runharness.h"

#include "scenario/crowdscenario.h"

#include <chrono>

using namespace std::chrono_literals;
using ck::SpanKind;

namespace {

struct Interval
{
    std::chrono::nanoseconds start;
    std::chrono::nanoseconds end;
};

// Every Block span of a recorder: the loop is held for each of them.
std::vector<Interval> blocks(const ck::Recorder &recorder)
{
    std::vector<Interval> result;
    for (const ck::Span &span : recorder.spans()) {
        if (span.kind == SpanKind::Block)
            result.push_back({span.start, span.end});
    }
    return result;
}

// A comparison of `scenario` in `modes` on the virtual clock, run to its end.
std::unique_ptr<ck::Session> compared(const QString &scenario, const QString &modes)
{
    auto session = std::make_unique<ck::Session>(ck::Session::clockFor(true, 1.0));
    std::vector<ck::Strategy> strategies;
    for (const QString &mode : modes.split(QLatin1Char(',')))
        strategies.push_back(cktest::mode(mode));
    if (const ck::RunRefusal refusal = session->start(cktest::builtin(scenario), strategies))
        throw std::runtime_error(refusal.reason.toStdString());
    if (!session->waitUntilFinished(10s))
        throw std::runtime_error("comparison did not finish");
    return session;
}

// `scenario` in `modes` on the virtual clock, its lanes added `lanesPerSlice` at a time (0: at
// once), run to its end.
std::unique_ptr<ck::Session> laned(const std::shared_ptr<const ck::Scenario> &scenario,
                                   const std::vector<ck::Strategy> &strategies,
                                   std::size_t lanesPerSlice)
{
    auto session = std::make_unique<ck::Session>(ck::Session::clockFor(true, 1.0));
    ck::SessionOptions options;
    options.lanesPerSlice = lanesPerSlice;
    if (const ck::RunRefusal refusal = session->start(scenario, strategies, options))
        throw std::runtime_error(refusal.reason.toStdString());
    return session;
}

// What a recording says, times of the virtual clock included (not the wall's).
QStringList recordOf(const ck::Recorder &recorder)
{
    QStringList lines;
    for (const ck::Lane &lane : recorder.lanes())
        lines << QStringLiteral("lane %1 %2 %3 %4")
                     .arg(lane.name)
                     .arg(lane.parent)
                     .arg(lane.task)
                     .arg(lane.detached);
    for (const ck::Span &span : recorder.spans())
        lines << QStringLiteral("span %1 %2 %3 %4 %5 %6 %7 %8")
                     .arg(span.lane)
                     .arg(span.depth)
                     .arg(int(span.kind))
                     .arg(int(span.state))
                     .arg(recorder.nameOf(span))
                     .arg(span.start.count())
                     .arg(span.end.count())
                     .arg(span.asked().count());
    lines << QStringLiteral("total %1").arg(recorder.info().total.count());
    return lines;
}

double seconds(std::chrono::nanoseconds time)
{
    return std::chrono::duration<double>(time).count();
}

} // namespace

class TstSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void comparedBlocksNeverOverlap_data();
    void comparedBlocksNeverOverlap();
    void comparedBlockingCallIsOnOneAxis();
    void nonBlockingComparisonsKeepTheirFigures_data();
    void nonBlockingComparisonsKeepTheirFigures();
    void keepsEachRunsIdealTotal();
    void longRunsBeatAtMostMaxBeats();
    void speedAppliesToTheLiveRealClock();
    void lanesAddedInSlicesRecordTheSameRuns();
    void stoppedWhileAddingLanesEndsCancelled();
};

void TstSession::comparedBlocksNeverOverlap_data()
{
    QTest::addColumn<QString>("modes");
    QTest::newRow("sync,gather") << QStringLiteral("sync,gather");
    QTest::newRow("sequential,gather") << QStringLiteral("sequential,gather");
    QTest::newRow("gather,create-task") << QStringLiteral("gather,create-task");
}

void TstSession::comparedBlocksNeverOverlap()
{
    // One loop held by one time.sleep cannot run another time.sleep meanwhile: the blocks of
    // both runs of a comparison, on its one time axis, must not overlap.
    QFETCH(QString, modes);
    const auto session = compared(QStringLiteral("blocking-call"), modes);
    std::vector<Interval> all;
    for (const ck::Recorder *recorder : session->recorders()) {
        const auto own = blocks(*recorder);
        QVERIFY(!own.empty());
        all.insert(all.end(), own.begin(), own.end());
    }
    std::sort(all.begin(), all.end(),
              [](const Interval &a, const Interval &b) { return a.start < b.start; });
    for (std::size_t i = 1; i < all.size(); ++i)
        QVERIFY2(all[i].start >= all[i - 1].end,
                 qPrintable(QStringLiteral("a block at %1 s starts before the one at %2 s ends "
                                           "(%3 s)")
                                .arg(seconds(all[i].start))
                                .arg(seconds(all[i - 1].start))
                                .arg(seconds(all[i - 1].end))));
}

void TstSession::comparedBlockingCallIsOnOneAxis()
{
    // sequential blocks 0–2 s in toastBagel, then sleeps 2–5 s in brewCoffee; gather's tasks
    // get the loop only at 2 s: toastBagel blocks 2–4 s, brewCoffee sleeps 4–7 s.
    const auto session =
        compared(QStringLiteral("blocking-call"), QStringLiteral("sequential,gather"));
    const auto recorders = session->recorders();
    QCOMPARE(blocks(*recorders[0]).front().start, 0s);
    QCOMPARE(blocks(*recorders[0]).front().end, 2s);
    QCOMPARE(blocks(*recorders[1]).front().start, 2s);
    QCOMPARE(blocks(*recorders[1]).front().end, 4s);
    QCOMPARE(recorders[0]->info().total, 5s);
    QCOMPARE(recorders[1]->info().total, 7s);
    QCOMPARE(recorders[1]->logLines().front().time, 2s); // "Start toastBagel()"
}

void TstSession::nonBlockingComparisonsKeepTheirFigures_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<double>("slow");
    QTest::addColumn<double>("fast");
    QTest::newRow("kitchen") << QStringLiteral("kitchen") << 5.0 << 3.0;
    QTest::newRow("api-calls") << QStringLiteral("api-calls") << 9.0 << 3.0;
    QTest::newRow("two-downloads") << QStringLiteral("two-downloads") << 4.0 << 2.0;
}

void TstSession::nonBlockingComparisonsKeepTheirFigures()
{
    QFETCH(QString, scenario);
    QFETCH(double, slow);
    QFETCH(double, fast);
    const auto session = compared(scenario, QStringLiteral("sequential,gather"));
    QCOMPARE(seconds(session->recorders()[0]->info().total), slow);
    QCOMPARE(seconds(session->recorders()[1]->info().total), fast);
}

void TstSession::keepsEachRunsIdealTotal()
{
    const auto session = compared(QStringLiteral("kitchen"), QStringLiteral("sequential,gather"));
    QCOMPARE(session->ideal(0), 5s);
    QCOMPARE(session->ideal(1), 3s);
    // taskgroup: the ideal says 7 s and 5 s, the runs take 7 s and 4 s (the first failure
    // cancels the rest): no ghost bar rather than a wrong one.
    const auto raising = compared(QStringLiteral("taskgroup"), QStringLiteral("sequential,gather"));
    QCOMPARE(raising->ideal(0), std::chrono::nanoseconds(-1));
    QCOMPARE(raising->ideal(1), std::chrono::nanoseconds(-1));
    QCOMPARE(seconds(raising->recorders()[1]->info().total), 4.0);
}

void TstSession::longRunsBeatAtMostMaxBeats()
{
    QCOMPARE(ck::Session::heartbeatFor(50ms, 3s, 4000), std::chrono::nanoseconds(50ms));
    QCOMPARE(ck::Session::heartbeatFor(50ms, 86400s, 4000), std::chrono::nanoseconds(21600ms));
    QCOMPARE(ck::Session::heartbeatFor(50ms, 86400s, 0), std::chrono::nanoseconds(50ms));
    // A day on the virtual clock: a few thousand beats, not 1.7 million.
    ck::Session session(ck::Session::clockFor(true, 1.0));
    ck::SessionOptions options;
    options.heartbeat = 50ms;
    options.maxBeats = 4000;
    QVERIFY(!session.start(cktest::fromJson(R"({"format":"corokitchen-scenario/1","id":"d",
        "title":"d","tasks":[{"name":"sleeper","steps":[{"wait":86400}]}]})"),
                           {cktest::mode(QStringLiteral("gather"))}, options));
    QVERIFY(session.waitUntilFinished(10s));
    const auto beats = session.recorders().front()->lagSamples().size();
    QVERIFY2(beats <= 4000 && beats > 1000, qPrintable(QString::number(beats)));
}

void TstSession::speedAppliesToTheLiveRealClock()
{
    // kitchen's 3 s of gather at 1x, sped up to 100x once started: over in well under 3 s.
    ck::Session session(ck::Session::clockFor(false, 1.0));
    QVERIFY(!session.start(cktest::builtin(QStringLiteral("kitchen")),
                           {cktest::mode(QStringLiteral("gather"))}));
    session.setSpeed(100);
    QCOMPARE(session.clock().speed(), 100.0);
    QVERIFY(session.waitUntilFinished(2500ms));
    QVERIFY(session.recorders().front()->info().total >= 3s);
}

// A crowd's lanes are added in slices before its runs start (the window's way): the runs, their
// order and their times are the same as with every lane added at once.
void TstSession::lanesAddedInSlicesRecordTheSameRuns()
{
    const auto crowd = std::make_shared<const ck::Scenario>(ck::CrowdScenario::make(1000));
    const std::vector<ck::Strategy> strategies{cktest::mode(QStringLiteral("sequential")),
                                               cktest::mode(QStringLiteral("gather"))};
    const auto atOnce = laned(crowd, strategies, 0);
    QVERIFY(atOnce->runners().front()->hasStarted());
    QVERIFY(atOnce->waitUntilFinished(60s));
    const auto sliced = laned(crowd, strategies, 300);
    // Nothing runs before the last lane is added: four turns of the event loop.
    QVERIFY(!sliced->runners().front()->hasStarted());
    QVERIFY(sliced->runners().front()->recorder()->lanes().size() < 1000);
    QVERIFY(sliced->waitUntilFinished(60s));
    for (std::size_t run = 0; run < strategies.size(); ++run) {
        const QStringList expected = recordOf(*atOnce->runners()[run]->recorder());
        const QStringList got = recordOf(*sliced->runners()[run]->recorder());
        QCOMPARE(got.size(), expected.size());
        QCOMPARE(got, expected);
    }
}

void TstSession::stoppedWhileAddingLanesEndsCancelled()
{
    const auto crowd = std::make_shared<const ck::Scenario>(ck::CrowdScenario::make(1000));
    const auto session = laned(crowd, {cktest::mode(QStringLiteral("gather"))}, 300);
    QSignalSpy finished(session.get(), &ck::Session::finished);
    session->stop();
    QVERIFY(!session->isFinished());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const ck::Recorder &recorder = *session->runners().front()->recorder();
    QVERIFY(recorder.info().cancelled);
    QCOMPARE(recorder.lanes().size(), std::size_t(1000));
}

QTEST_GUILESS_MAIN(TstSession)
#include "tst_session.moc"
