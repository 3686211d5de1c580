// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "run/idealtime.h"
#include "runharness.h"

using namespace std::chrono_literals;

class TstIdealTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesVirtualRunsWithoutBlocking_data();
    void matchesVirtualRunsWithoutBlocking();
    void gatherStepIsSummedInSyncMode();
    void estimateTellsWhatTheRunTakes_data();
    void estimateTellsWhatTheRunTakes();
    void workerCallsOfTasksSharingTheirStepsAllCount();
};

void TstIdealTime::matchesVirtualRunsWithoutBlocking_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mode");
    const QByteArray dependent = R"({"format":"corokitchen-scenario/1","id":"d","title":"d",
        "routines":[{"name":"r","steps":[{"wait":1}]},{"name":"s","steps":[{"wait":0.5},{"call":"r"}]}],
        "tasks":[{"name":"late","after":["early"],"steps":[{"wait":1}]},
                 {"name":"early","steps":[{"gather":["r","s"]}]},
                 {"name":"solo","steps":[{"wait":2.25}]},
                 {"name":"tail","after":["late","solo"],"steps":[{"call":"s"}]}]})";
    for (const QString &id : ck::BuiltinScenarios::ids()) {
        const QByteArray json = [&] {
            QFile file(QStringLiteral(":/scenarios/%1.json").arg(id));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        if (id == QLatin1String("blocking-call"))
            continue; // blocks by design: its ideal is what it would take without them
        if (id == QLatin1String("crowd"))
            continue; // built in code, not a file: see crowdMatchesVirtualRuns
        if (id == QLatin1String("http-downloads"))
            continue; // URL downloads need the real clock: no virtual run to compare with
        if (id == QLatin1String("exceptions") || id == QLatin1String("timeouts") ||
            id == QLatin1String("taskgroup") || id == QLatin1String("download-failure"))
            continue; // ends at its exception: its ideal is what it would take if none raised
        if (id == QLatin1String("cancellation"))
            continue; // cancels a task: its ideal is what it would take if none were cancelled
        if (id == QLatin1String("lock-event"))
            continue; // tasks wait for a lock: its ideal is what it would take if none were held
        if (id == QLatin1String("queue"))
            continue; // waits on a queue depend on the other tasks: its ideal is unknown
        for (const char *mode : {"sync", "sequential", "gather", "create-task", "bounded:1",
                                 "bounded:2", "task-group"}) {
            if ((id == QLatin1String("forgotten-task") || id == QLatin1String("as-completed")) &&
                qstrcmp(mode, "sync") == 0)
                continue; // refused: a task never awaited, as_completed, need an event loop
            QTest::addRow("%s %s", qPrintable(id), mode) << json << QString::fromLatin1(mode);
        }
    }
    for (const char *mode : {"gather", "create-task", "bounded:1", "bounded:2", "bounded:3"})
        QTest::addRow("dependent %s", mode) << dependent << QString::fromLatin1(mode);
}

void TstIdealTime::matchesVirtualRunsWithoutBlocking()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mode);
    auto scenario = cktest::fromJson(json.constData());
    const auto strategy = cktest::mode(mode);
    cktest::VirtualRun run(scenario, strategy);
    QCOMPARE(ck::IdealTime::of(*scenario, strategy), run.recorder().info().total);
}

void TstIdealTime::gatherStepIsSummedInSyncMode()
{
    auto scenario = cktest::fromJson(R"({"format":"corokitchen-scenario/1","id":"g","title":"g",
        "routines":[{"name":"a","steps":[{"wait":1}]},{"name":"b","steps":[{"block":2}]}],
        "tasks":[{"name":"t","steps":[{"gather":["a","b"]}]}]})");
    QCOMPARE(ck::IdealTime::of(*scenario, cktest::mode(QStringLiteral("sync"))),
             std::chrono::nanoseconds(3s));
    QCOMPARE(ck::IdealTime::of(*scenario, cktest::mode(QStringLiteral("gather"))),
             std::chrono::nanoseconds(2s));
}

namespace {

// `calls` tasks that each await asyncio.to_thread(time.sleep, 1), over `threads` workers
// (and, with `viaRoutine`, through a routine each task calls).
QByteArray workerCalls(int calls, int threads, bool viaRoutine)
{
    QByteArray tasks;
    for (int i = 0; i < calls; ++i) {
        tasks += (i ? "," : "") + QByteArray(R"({"name":"t)") + QByteArray::number(i) +
                 (viaRoutine ? R"(","steps":[{"call":"r"}]})" : R"(","steps":[{"to_thread":1}]})");
    }
    return R"({"format":"corokitchen-scenario/1","id":"w","title":"w","threads":)" +
           QByteArray::number(threads) +
           (viaRoutine ? R"(,"routines":[{"name":"r","steps":[{"to_thread":1}]}])" : "") +
           R"(,"tasks":[)" + tasks + "]}";
}

} // namespace

void TstIdealTime::estimateTellsWhatTheRunTakes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("estimate");
    const auto builtin = [](const char *id) {
        QFile file(QStringLiteral(":/scenarios/%1.json").arg(QLatin1String(id)));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    using Estimate = ck::IdealTime::Estimate;
    QTest::newRow("kitchen") << builtin("kitchen") << int(Estimate::Exact);
    QTest::newRow("to-thread") << builtin("to-thread") << int(Estimate::Exact);
    QTest::newRow("lock-event") << builtin("lock-event") << int(Estimate::AtLeast);
    QTest::newRow("taskgroup") << builtin("taskgroup") << int(Estimate::None);
    QTest::newRow("5 calls, 5 workers") << workerCalls(5, 5, false) << int(Estimate::Exact);
    QTest::newRow("8 calls, 5 workers") << workerCalls(8, 5, false) << int(Estimate::AtLeast);
    QTest::newRow("8 calls, 8 workers") << workerCalls(8, 8, false) << int(Estimate::Exact);
    QTest::newRow("6 calls of a routine, 5 workers")
        << workerCalls(6, 5, true) << int(Estimate::AtLeast);
}

void TstIdealTime::estimateTellsWhatTheRunTakes()
{
    // Exact: the gathered run takes the ideal to the nanosecond. At least: it may take longer
    // (and does in each of these), never less. None: a raise ends it early (nothing is told).
    QFETCH(QByteArray, json);
    QFETCH(int, estimate);
    const auto scenario = cktest::fromJson(json.constData());
    QCOMPARE(int(ck::IdealTime::estimate(*scenario)), estimate);
    const auto gather = cktest::mode(QStringLiteral("gather"));
    cktest::VirtualRun run(scenario, gather);
    const auto ideal = ck::IdealTime::of(*scenario, gather);
    const auto total = run.recorder().info().total;
    if (estimate == int(ck::IdealTime::Estimate::Exact))
        QCOMPARE(total, ideal);
    else if (estimate == int(ck::IdealTime::Estimate::AtLeast))
        QVERIFY2(total > ideal,
                 qPrintable(
                     QStringLiteral("%1 ns against %2 ns").arg(total.count()).arg(ideal.count())));
}

void TstIdealTime::workerCallsOfTasksSharingTheirStepsAllCount()
{
    // Eight copies of one task share its list of steps (as a crowd's tasks do): eight calls over
    // five workers, a lower bound, as for eight tasks of their own.
    auto shared = std::make_shared<ck::Scenario>(*cktest::fromJson(workerCalls(1, 5, false)));
    for (int i = 1; i < 8; ++i) {
        ck::ScenarioTask copy = shared->tasks.front();
        copy.name = QStringLiteral("t%1").arg(i);
        shared->tasks.push_back(std::move(copy));
    }
    QVERIFY(shared->tasks.back().steps.isShared());
    QCOMPARE(ck::IdealTime::estimate(*shared), ck::IdealTime::Estimate::AtLeast);
    cktest::VirtualRun run(shared, cktest::mode(QStringLiteral("gather")));
    QCOMPARE(run.recorder().info().total, std::chrono::nanoseconds(2s));
}

QTEST_GUILESS_MAIN(TstIdealTime)
#include "tst_idealtime.moc"
