// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "scenario/crowdscenario.h"
#include "scenario/stepfinder.h"
#include "scenario/steplist.h"
#include "scenario/steplistmemo.h"

using namespace std::chrono_literals;
using ck::CrowdScenario;
using ck::Step;
using ck::StepList;

class TstStepList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyUntilAStepIsAdded();
    void copiesShareUntilOneIsEdited();
    void anEditedListIsNotCopiedAgain();
    void memoWorksOutASharedListOnce();
    void finderGivesTheFirstTaskOfASharedList();
};

namespace {

Step waitFor(std::chrono::nanoseconds duration)
{
    Step wait;
    wait.kind = Step::Kind::Wait;
    wait.duration = duration;
    return wait;
}

} // namespace

void TstStepList::emptyUntilAStepIsAdded()
{
    StepList steps;
    QVERIFY(steps.empty());
    QCOMPARE(steps.size(), std::size_t(0));
    QVERIFY(steps.begin() == steps.end());
    QVERIFY(!steps.isSharedWith(StepList()));
    steps.emplace_back().kind = Step::Kind::Block;
    steps.push_back(waitFor(2s));
    QCOMPARE(steps.size(), std::size_t(2));
    QCOMPARE(steps.front().kind, Step::Kind::Block);
    QCOMPARE(steps.back().duration, std::chrono::nanoseconds(2s));
}

void TstStepList::copiesShareUntilOneIsEdited()
{
    const StepList original{waitFor(1s)};
    StepList copy = original;
    QVERIFY(copy.isSharedWith(original));
    QCOMPARE(&copy[0], &original[0]); // reading never copies
    copy.edit().front().duration = 3s;
    QVERIFY(!copy.isSharedWith(original));
    QCOMPARE(original[0].duration, std::chrono::nanoseconds(1s)); // the other task's stays
    QCOMPARE(copy[0].duration, std::chrono::nanoseconds(3s));
    StepList added = original;
    added.push_back(waitFor(2s));
    QCOMPARE(original.size(), std::size_t(1));
    QCOMPARE(added.size(), std::size_t(2));
}

void TstStepList::anEditedListIsNotCopiedAgain()
{
    StepList steps{waitFor(1s)};
    const Step *first = &steps[0];
    steps.edit().front().duration = 2s; // its own list: changed in place
    QCOMPARE(&steps[0], first);
    const std::vector<Step> &read = steps; // what functions of a task's steps take
    QCOMPARE(&read.front(), first);
}

void TstStepList::memoWorksOutASharedListOnce()
{
    const StepList shared{waitFor(1s)};
    const std::vector<StepList> tasks{shared, StepList{waitFor(2s)}, shared, StepList{waitFor(2s)}};
    ck::StepListMemo<std::int64_t> memo;
    int computed = 0;
    std::int64_t total = 0;
    for (const StepList &steps : tasks) {
        total += memo.of(steps, [&computed](const std::vector<Step> &list) {
            ++computed;
            return std::int64_t(list.front().duration.count());
        });
    }
    QCOMPARE(total, std::int64_t(std::chrono::nanoseconds(6s).count()));
    QCOMPARE(computed, 3); // the shared one once, each task's own every time
}

void TstStepList::finderGivesTheFirstTaskOfASharedList()
{
    const ck::Scenario crowd = CrowdScenario::make(2000);
    const auto lasting = [](std::chrono::nanoseconds duration) {
        return [duration](const Step &step) { return step.duration == duration; };
    };
    // Task 7 is the first to sleep this long (every 251 tasks in a row take each duration once).
    QCOMPARE(ck::StepFinder::firstWhere(crowd, lasting(CrowdScenario::durationOf(7))),
             QStringLiteral("tasks[7].steps[0]"));
    QCOMPARE(ck::StepFinder::firstWhere(crowd, lasting(4s)), QString());
}

QTEST_GUILESS_MAIN(TstStepList)
#include "tst_steplist.moc"
