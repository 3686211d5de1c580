#include <QTest>

#include "timeline/lanerows.h"

#include <memory>
#include <vector>

// The display order of a recorder's lanes, worked out once per recorder and lane count.
class TstLaneRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void topLevelLanesKeepNoTable();
    void gatheredLanesFollowTheirParent();
    void oneTablePerRecorderAndLaneCount();
    void aCrowdMeasuresOnlyItsLongestNames();
    void aWorkerLaneIsNoticedOnceItIsAdded();
};

namespace {

ck::Lane lane(const QString &name, int parent = -1)
{
    return ck::Lane{name, parent, 0};
}

std::vector<std::pair<int, int>> slotsOf(const ck::LaneRows &rows)
{
    std::vector<std::pair<int, int>> slots;
    for (int row = 0; row < rows.count(); ++row)
        slots.emplace_back(rows.at(row).lane, rows.at(row).indent);
    return slots;
}

} // namespace

void TstLaneRows::topLevelLanesKeepNoTable()
{
    const ck::LaneRows rows({lane(QStringLiteral("a")), lane(QStringLiteral("b"))});
    QCOMPARE(rows.count(), 2);
    QCOMPARE(slotsOf(rows), (std::vector<std::pair<int, int>>{{0, 0}, {1, 0}}));
    QCOMPARE(rows.rowOf(1), 1);
    QCOMPARE(rows.rowOf(2), -1);
    QCOMPARE(rows.rowOf(-1), -1);
}

void TstLaneRows::gatheredLanesFollowTheirParent()
{
    // main_task (0) gathers fetch_a (2) and fetch_b (3); fetch_a gathers part (4); other (1).
    const ck::LaneRows rows({lane(QStringLiteral("main_task")), lane(QStringLiteral("other")),
                             lane(QStringLiteral("main_task/fetch_a"), 0),
                             lane(QStringLiteral("main_task/fetch_b"), 0),
                             lane(QStringLiteral("main_task/fetch_a/part"), 2)});
    QCOMPARE(slotsOf(rows),
             (std::vector<std::pair<int, int>>{{0, 0}, {2, 1}, {4, 2}, {3, 1}, {1, 0}}));
    QCOMPARE(rows.rowOf(1), 4);
    QCOMPARE(rows.rowOf(4), 2);
}

void TstLaneRows::oneTablePerRecorderAndLaneCount()
{
    auto recorder = std::make_shared<ck::Recorder>();
    recorder->addLane(lane(QStringLiteral("a")));
    const auto first = ck::LaneRows::of(recorder);
    QCOMPARE(ck::LaneRows::of(recorder), first); // the same table, not a new one
    recorder->addLane(lane(QStringLiteral("a/b"), 0));
    const auto grown = ck::LaneRows::of(recorder);
    QVERIFY(grown != first);
    QCOMPARE(grown->count(), 2);
    QCOMPARE(grown->at(1).indent, 1);
    const auto other = std::make_shared<ck::Recorder>(*recorder);
    QVERIFY(ck::LaneRows::of(other) != grown);
}

void TstLaneRows::aWorkerLaneIsNoticedOnceItIsAdded()
{
    // The legend's "waits for a thread" follows it: asked on every frame, worked out once.
    auto recorder = std::make_shared<ck::Recorder>();
    recorder->addLane(lane(QStringLiteral("main_task")));
    QVERIFY(!ck::LaneRows::of(recorder)->hasWorkers());
    ck::Lane worker = lane(QStringLiteral("main_task/worker 1"), 0);
    worker.worker = 1;
    recorder->addLane(worker);
    QVERIFY(ck::LaneRows::of(recorder)->hasWorkers());
}

void TstLaneRows::aCrowdMeasuresOnlyItsLongestNames()
{
    std::vector<ck::Lane> lanes;
    for (int i = 0; i < 5000; ++i)
        lanes.push_back(lane(QStringLiteral("s%1").arg(i)));
    lanes[1234].name = QStringLiteral("the_longest_name_of_them_all");
    const ck::LaneRows rows(lanes);
    QCOMPARE(rows.measured().size(), ck::LaneRows::kMeasuredLanes);
    QVERIFY(std::find(rows.measured().begin(), rows.measured().end(), 1234) !=
            rows.measured().end());
    QVERIFY(std::find(rows.measured().begin(), rows.measured().end(), 5) ==
            rows.measured().end()); // "s5": among the shortest
}

QTEST_GUILESS_MAIN(TstLaneRows)
#include "tst_lanerows.moc"
