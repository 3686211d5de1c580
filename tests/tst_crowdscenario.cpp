// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "run/idealtime.h"
#include "runharness.h"
#include "scenario/crowdscenario.h"
#include "scenario/scenariosource.h"

#include <algorithm>
#include <set>

using namespace std::chrono_literals;
using ck::CrowdScenario;
using std::chrono::nanoseconds;

class TstCrowdScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shape();
    void idsRoundTrip();
    void badCountsAreRefused_data();
    void badCountsAreRefused();
    void idealTimeMatchesVirtualRuns_data();
    void idealTimeMatchesVirtualRuns();
    void recordsOneLaneAndTwoSpansPerTask();
};

void TstCrowdScenario::shape()
{
    const ck::Scenario crowd = CrowdScenario::make(600);
    QCOMPARE(crowd.id, QStringLiteral("crowd:600"));
    QCOMPARE(crowd.title.english(), QStringLiteral("Crowd: 600 sleepers"));
    QCOMPARE(crowd.title.korean(), QStringLiteral("군중: 잠자는 코루틴 600개"));
    QVERIFY(!crowd.description.english().isEmpty() && !crowd.description.korean().isEmpty());
    QVERIFY(crowd.routines.empty());
    QCOMPARE(crowd.tasks.size(), std::size_t(600));
    QCOMPARE(crowd.tasks.front().name, QStringLiteral("sleeper_1"));
    QCOMPARE(crowd.tasks.back().name, QStringLiteral("sleeper_600"));
    std::set<qint64> first251;
    for (std::size_t i = 0; i < crowd.tasks.size(); ++i) {
        const ck::ScenarioTask &task = crowd.tasks[i];
        QVERIFY(task.awaited && task.after().isEmpty() && !task.result());
        QCOMPARE(task.steps.size(), std::size_t(1));
        QCOMPARE(task.steps[0].kind, ck::Step::Kind::Wait);
        const nanoseconds duration = task.steps[0].duration;
        QCOMPARE(duration, CrowdScenario::durationOf(int(i)));
        QVERIFY(duration >= 500ms && duration <= 3s);
        QCOMPARE(duration.count() % nanoseconds(10ms).count(), 0);
        if (i < 251)
            first251.insert(duration.count());
    }
    QCOMPARE(first251.size(), std::size_t(251)); // every duration once in any 251 in a row
    // Tasks that sleep as long share their steps: 251 lists for the whole crowd.
    QVERIFY(crowd.tasks[3].steps.isSharedWith(crowd.tasks[3 + 251].steps));
    QVERIFY(!crowd.tasks[3].steps.isSharedWith(crowd.tasks[4].steps));
    QCOMPARE(CrowdScenario::durationOf(0), nanoseconds(500ms));
    QCOMPARE(CrowdScenario::durationOf(1), nanoseconds(1470ms)); // 0.5 s + 97 * 10 ms
    // The same every time.
    QCOMPARE(CrowdScenario::make(600).tasks[417].steps[0].duration,
             crowd.tasks[417].steps[0].duration);
}

void TstCrowdScenario::idsRoundTrip()
{
    const auto byDefault = ck::ScenarioSource::resolve(QStringLiteral("crowd"));
    QVERIFY2(byDefault.ok(), qPrintable(byDefault.error));
    QCOMPARE(byDefault.scenario->id, QStringLiteral("crowd"));
    QCOMPARE(byDefault.scenario->tasks.size(), std::size_t(CrowdScenario::kDefaultCount));
    const auto big = ck::ScenarioSource::resolve(QStringLiteral("crowd:100000"));
    QVERIFY2(big.ok(), qPrintable(big.error));
    QCOMPARE(big.scenario->tasks.size(), std::size_t(100000));
    QCOMPARE(ck::ScenarioSource::resolve(big.scenario->id).scenario->tasks.size(),
             std::size_t(100000));
    QCOMPARE(CrowdScenario::idFor(1000), QStringLiteral("crowd"));
    QCOMPARE(CrowdScenario::countOf(QStringLiteral("crowd:1")), 1);
    QCOMPARE(CrowdScenario::countOf(QStringLiteral("crowd:1000000")), 1000000);
}

void TstCrowdScenario::badCountsAreRefused_data()
{
    QTest::addColumn<QString>("id");
    for (const char *id :
         {"crowd:", "crowd:0", "crowd:-5", "crowd:1000001", "crowd:many", "crowd:12x", "crowd:1.5"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TstCrowdScenario::badCountsAreRefused()
{
    QFETCH(QString, id);
    const auto loaded = ck::ScenarioSource::resolve(id);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error,
             QStringLiteral("%1: the crowd's size must be a whole number from 1 to 1000000, as "
                            "in crowd:100000")
                 .arg(id));
}

void TstCrowdScenario::idealTimeMatchesVirtualRuns_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<double>("seconds"); // the total, worked out by hand
    // 600 tasks: two full rounds of the 251 durations (0.5 to 3 s, 438.75 s in all) and 98
    // more.
    double sum = 0;
    for (int i = 0; i < 600; ++i)
        sum += std::chrono::duration<double>(CrowdScenario::durationOf(i)).count();
    QTest::newRow("gather") << QStringLiteral("gather") << 3.0;
    QTest::newRow("create-task") << QStringLiteral("create-task") << 3.0;
    QTest::newRow("sequential") << QStringLiteral("sequential") << sum;
    QTest::newRow("sync") << QStringLiteral("sync") << sum;
    QTest::newRow("bounded:600") << QStringLiteral("bounded:600") << 3.0;
    QTest::newRow("bounded:7") << QStringLiteral("bounded:7") << -1.0;
}

void TstCrowdScenario::idealTimeMatchesVirtualRuns()
{
    QFETCH(QString, mode);
    QFETCH(double, seconds);
    auto crowd = std::make_shared<const ck::Scenario>(CrowdScenario::make(600));
    const ck::Strategy strategy = cktest::mode(mode);
    cktest::VirtualRun run(crowd, strategy);
    QCOMPARE(ck::IdealTime::of(*crowd, strategy), run.recorder().info().total);
    if (seconds >= 0)
        QCOMPARE(run.total(), seconds);
    QVERIFY(run.runner->failures().isEmpty());
}

void TstCrowdScenario::recordsOneLaneAndTwoSpansPerTask()
{
    auto crowd = std::make_shared<const ck::Scenario>(CrowdScenario::make(3000));
    cktest::VirtualRun run(crowd, cktest::mode(QStringLiteral("gather")));
    const ck::Recorder &recorder = run.recorder();
    QCOMPARE(recorder.lanes().size(), std::size_t(3000));
    QCOMPARE(recorder.spans().size(), std::size_t(6000));
    QVERIFY(recorder.logLines().empty());
    QVERIFY(recorder.loopEvents().empty());
    for (const ck::Span &span : recorder.spans()) {
        QCOMPARE(span.state, ck::SpanState::Done);
        const nanoseconds duration = CrowdScenario::durationOf(span.lane);
        QCOMPARE(span.start, nanoseconds(0));
        QCOMPARE(span.end, duration);
        QCOMPARE(span.depth, span.kind == ck::SpanKind::Task ? 0 : 1);
        if (span.kind == ck::SpanKind::Wait)
            QCOMPARE(ck::AwaitText::ofSpan(recorder, span),
                     QStringLiteral("asyncio.sleep(%1)")
                         .arg(std::chrono::duration<double>(duration).count()));
        else
            QCOMPARE(recorder.nameOf(span), QStringLiteral("sleeper_%1").arg(span.lane + 1));
    }
    QCOMPARE(run.total(), 3.0);
}

QTEST_GUILESS_MAIN(TstCrowdScenario)
#include "tst_crowdscenario.moc"
