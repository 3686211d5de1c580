// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "runharness.h"

#include "run/idealtime.h"
#include "run/runplan.h"
#include "run/runpreflight.h"
#include "run/session.h"
#include "runcontroller.h"
#include "scenario/crowdscenario.h"
#include "timeline/timelinerun.h"
#include "timeline/timelinesummary.h"

#include <memory>

using ck::RunPlan;
using ck::RunRefusal;

namespace {

const QStringList kModes{QStringLiteral("sync"),      QStringLiteral("sequential"),
                         QStringLiteral("gather"),    QStringLiteral("create-task"),
                         QStringLiteral("bounded:2"), QStringLiteral("task-group")};

std::shared_ptr<const ck::Scenario> withTasks(const char *tasks)
{
    return cktest::fromJson((QByteArray(R"({"format":"corokitchen-scenario/1","id":"p","title":"p",
        "tasks":)") + tasks + "}")
                                .constData());
}

std::vector<std::shared_ptr<const ck::Scenario>> everyScenario()
{
    std::vector<std::shared_ptr<const ck::Scenario>> scenarios;
    for (const QString &id : ck::BuiltinScenarios::ids())
        scenarios.push_back(cktest::builtin(id));
    for (const char *file :
         {"tricky-asyncio.json", "staggered-asyncio.json", "scenario-example.json"})
        scenarios.push_back(cktest::scenarioNamed(QString::fromLatin1(file)));
    // Refused in the one-by-one modes, and on the virtual clock.
    scenarios.push_back(withTasks(R"([{"name":"serve","after":["cook"],"steps":[{"wait":1}]},
                                      {"name":"cook","steps":[{"wait":2}]}])"));
    scenarios.push_back(withTasks(R"([{"name":"a","steps":[{"wait":1}]},
                 {"name":"b","steps":[{"log":"x"},{"download":{"url":"/bytes/10"}}]}])"));
    return scenarios;
}

} // namespace

// RunPlan works out once what starting a run reads from every task: it must tell what the
// checks it stands for tell, each time.
class TstRunPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusalsAreThePreflights();
    void idealsAreIdealTimes();
    void unawaitedTasksAndCancels();
    void crowdPlanSharesItsStepLists();
    void controllerWorksAPlanOutOncePerScenarioAndMode();
    void aLowerBoundIsToldAsOne();
};

void TstRunPlan::refusalsAreThePreflights()
{
    ck::VirtualClock virtualClock;
    ck::RealClock realClock;
    int refused = 0;
    for (const auto &scenario : everyScenario()) {
        for (const QString &name : kModes) {
            const ck::Strategy strategy = cktest::mode(name);
            const auto plan = RunPlan::of(*scenario, {strategy});
            for (const ck::Clock *clock : {static_cast<const ck::Clock *>(&virtualClock),
                                           static_cast<const ck::Clock *>(&realClock)}) {
                const RunRefusal expected = ck::RunPreflight::check(*scenario, strategy, *clock);
                const RunRefusal planned = plan->refusalOn(*clock);
                QCOMPARE(planned.kind, expected.kind);
                QCOMPARE(planned.reason, expected.reason);
                refused += expected ? 1 : 0;
            }
            QCOMPARE(plan->orderRefusal(strategy), strategy.refusal(*scenario));
        }
    }
    QVERIFY(refused > 0); // the refusals were seen too, not only the runs that may go
    // Compare's two strategies: the first refusal among them, each preflighted in turn.
    const auto forward = everyScenario()[everyScenario().size() - 2];
    const std::vector<ck::Strategy> compare = ck::RunSelection::compare().strategies();
    RunRefusal first;
    for (const ck::Strategy &strategy : compare) {
        if ((first = ck::RunPreflight::check(*forward, strategy, virtualClock)))
            break;
    }
    QCOMPARE(RunPlan::of(*forward, compare)->refusalOn(virtualClock).reason, first.reason);
}

void TstRunPlan::idealsAreIdealTimes()
{
    for (const auto &scenario : everyScenario()) {
        std::vector<ck::Strategy> strategies;
        for (const QString &name : kModes)
            strategies.push_back(cktest::mode(name));
        const auto plan = RunPlan::of(*scenario, strategies);
        const auto estimate = ck::IdealTime::estimate(*scenario);
        const bool told = estimate != ck::IdealTime::Estimate::None;
        QCOMPARE(plan->idealIsLowerBound(), estimate == ck::IdealTime::Estimate::AtLeast);
        for (std::size_t i = 0; i < strategies.size(); ++i) {
            const auto ideal = ck::IdealTime::of(*scenario, strategies[i]);
            QCOMPARE(plan->rawIdeal(i), ideal);
            QCOMPARE(plan->ideal(i), told ? ideal : std::chrono::nanoseconds(-1));
        }
    }
}

void TstRunPlan::unawaitedTasksAndCancels()
{
    const auto scenario = withTasks(R"([{"name":"boss","awaited":false,
        "steps":[{"wait":0.5},{"cancel":"worker"}]},
        {"name":"main","steps":[{"wait":1}]},
        {"name":"worker","awaited":false,"result":"kept","steps":[{"wait":2}]},
        {"name":"cook","result":"eggs","steps":[{"wait":1}]}])");
    const auto plan = RunPlan::of(*scenario, {cktest::mode(QStringLiteral("gather"))});
    QCOMPARE(plan->unawaited(), (std::vector<int>{0, 2}));
    QCOMPARE(plan->resulted(), (std::vector<int>{3})); // a task never awaited prints none
    QVERIFY(plan->cancels());
    QVERIFY(!plan->downloads());

    const auto kitchen = RunPlan::of(*cktest::builtin(QStringLiteral("kitchen")),
                                     {cktest::mode(QStringLiteral("gather"))});
    QVERIFY(kitchen->unawaited().empty());
    QVERIFY(!kitchen->cancels());
    QVERIFY(RunPlan::of(*everyScenario().back(), {cktest::mode(QStringLiteral("gather"))})
                ->downloads());
}

void TstRunPlan::crowdPlanSharesItsStepLists()
{
    // Two spans a task (its task span and its sleep), as Runner reserves them.
    const ck::Scenario crowd = ck::CrowdScenario::make(1000);
    const auto plan = RunPlan::of(crowd, {cktest::mode(QStringLiteral("gather"))});
    QCOMPARE(plan->spans(), std::size_t(2000));
    QCOMPARE(plan->ideal(0), std::chrono::nanoseconds(std::chrono::seconds(3)));
}

void TstRunPlan::controllerWorksAPlanOutOncePerScenarioAndMode()
{
    ck::RunController controller;
    const auto kitchen = cktest::builtin(QStringLiteral("kitchen"));
    const auto gather = *ck::RunSelection::parse(QStringLiteral("gather"));
    const auto plan = controller.planFor(kitchen, gather);
    QCOMPARE(controller.planFor(kitchen, gather), plan);
    QVERIFY(controller.planFor(kitchen, ck::RunSelection::compare()) != plan);
    // The same text is another scenario: its own plan, never the freed one's.
    const auto again = cktest::builtin(QStringLiteral("kitchen"));
    QVERIFY(controller.planFor(again, gather) != plan);
    // A plan worked out elsewhere is the one read.
    const auto adopted = RunPlan::of(*kitchen, gather.strategies());
    controller.adoptPlan(kitchen, gather, adopted);
    QCOMPARE(controller.planFor(kitchen, gather), adopted);
}

void TstRunPlan::aLowerBoundIsToldAsOne()
{
    // One Lock makes the two baristas take turns: gather's sleeps alone would end at 2 s, the
    // run ends at 4 s. The ghost bar must not call 2 s the best gather can do.
    using namespace std::chrono_literals;
    const auto runOf = [](const char *id) {
        auto session = std::make_unique<ck::Session>(ck::Session::clockFor(true, 1.0));
        if (session->start(cktest::builtin(QString::fromLatin1(id)),
                           {cktest::mode(QStringLiteral("gather"))}))
            return std::unique_ptr<ck::Session>();
        return session->waitUntilFinished(10s) ? std::move(session) : nullptr;
    };
    const auto locked = runOf("lock-event");
    QVERIFY(locked);
    const auto run = ck::TimelineRun::of(*locked->runners().front(), locked->ideal(0));
    QVERIFY(run.idealAtLeast);
    QCOMPARE(run.ideal, std::chrono::nanoseconds(2s));
    QCOMPARE(run.recorder->info().total, std::chrono::nanoseconds(4s));
    QVERIFY2(ck::TimelineSummary::ofRun(run).endsWith(
                 QStringLiteral("best in this mode: at least 2.00 s")),
             qPrintable(ck::TimelineSummary::ofRun(run)));
    // The kitchen's ideal is exact, and told as such.
    const auto kitchen = runOf("kitchen");
    QVERIFY(kitchen);
    const auto exact = ck::TimelineRun::of(*kitchen->runners().front(), kitchen->ideal(0));
    QVERIFY(!exact.idealAtLeast);
    QVERIFY(
        ck::TimelineSummary::ofRun(exact).endsWith(QStringLiteral("best in this mode: 3.00 s")));
}

QTEST_MAIN(TstRunPlan)
#include "tst_runplan.moc"
