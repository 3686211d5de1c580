#include <QTest>

#include "coro/timerqueue.h"

#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <vector>

using namespace std::chrono_literals;
using ck::TimerEntry;
using ck::TimerQueue;

namespace {

// Sleepers are only compared by address here: fake ones, numbered.
ck::SleepAwaiter *fake(int id)
{
    return reinterpret_cast<ck::SleepAwaiter *>(std::uintptr_t(id + 1) * 8);
}

std::vector<TimerEntry> drain(TimerQueue &queue)
{
    std::vector<TimerEntry> order;
    while (!queue.empty())
        order.push_back(queue.pop());
    return order;
}

std::vector<std::uint64_t> sequences(const std::vector<TimerEntry> &entries)
{
    std::vector<std::uint64_t> result;
    for (const TimerEntry &entry : entries)
        result.push_back(entry.sequence);
    return result;
}

// The order one min-heap by (deadline, sequence) gives.
std::vector<std::uint64_t> expectedOrder(std::vector<TimerEntry> entries)
{
    std::sort(entries.begin(), entries.end(),
              [](const TimerEntry &a, const TimerEntry &b) { return TimerEntry::later(b, a); });
    return sequences(entries);
}

} // namespace

class TstTimerQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ascendingDeadlinesComeOutInOrder();
    void mixedDeadlinesComeOutAsFromOneHeap();
    void tiesBetweenRunAndHeapGoFirstInFirstOut();
    void extractKeepsTheRestInOrder();
    void sequencesSurviveGapsEmptyRunsAndExtract();
    void removedTimersLeaveTheRestInOrderAndNeverComeOut();
    void latestDueByIsTheLastLiveTimerByTheHorizon();
    void entriesComeBackWholeWhateverTheirStepsAndAddresses();
};

void TstTimerQueue::ascendingDeadlinesComeOutInOrder()
{
    TimerQueue queue;
    std::vector<TimerEntry> pushed;
    for (int i = 0; i < 1000; ++i) {
        pushed.push_back(TimerEntry{std::chrono::nanoseconds(i / 3), std::uint64_t(i), fake(i)});
        queue.push(pushed.back());
    }
    QCOMPARE(queue.size(), std::size_t(1000));
    QCOMPARE(sequences(drain(queue)), expectedOrder(pushed));
}

void TstTimerQueue::mixedDeadlinesComeOutAsFromOneHeap()
{
    // Runs of one duration interleaved with random ones, popped part-way through as a
    // scheduler does: the order must be exactly that of a single heap.
    QRandomGenerator random(42);
    TimerQueue queue;
    std::vector<TimerEntry> pending;
    std::vector<std::uint64_t> popped;
    std::vector<std::uint64_t> expected;
    std::uint64_t sequence = 0;
    std::int64_t now = 0;
    for (int round = 0; round < 200; ++round) {
        for (int i = 0; i < 50; ++i) {
            now += random.bounded(3);
            const std::int64_t duration = random.bounded(4) == 0 ? random.bounded(100) : 40;
            const TimerEntry entry{std::chrono::nanoseconds(now + duration), sequence, fake(0)};
            ++sequence;
            pending.push_back(entry);
            queue.push(entry);
        }
        // Everything due by `now`, as moveDueTimers takes them.
        std::sort(pending.begin(), pending.end(),
                  [](const TimerEntry &a, const TimerEntry &b) { return TimerEntry::later(b, a); });
        while (!pending.empty() && pending.front().deadline.count() <= now) {
            expected.push_back(pending.front().sequence);
            pending.erase(pending.begin());
        }
        while (!queue.empty() && queue.top().deadline.count() <= now)
            popped.push_back(queue.pop().sequence);
    }
    QCOMPARE(popped, expected);
    QCOMPARE(sequences(drain(queue)), sequences(pending));
}

void TstTimerQueue::tiesBetweenRunAndHeapGoFirstInFirstOut()
{
    TimerQueue queue;
    queue.push(TimerEntry{10ns, 0, fake(0)}); // the run
    queue.push(TimerEntry{20ns, 1, fake(1)}); // the run
    queue.push(TimerEntry{10ns, 2, fake(2)}); // earlier than the run's back: the heap
    queue.push(TimerEntry{20ns, 3, fake(3)}); // the run
    queue.push(TimerEntry{5ns, 4, fake(4)});  // the heap
    QCOMPARE(sequences(drain(queue)), (std::vector<std::uint64_t>{4, 0, 2, 1, 3}));
}

void TstTimerQueue::extractKeepsTheRestInOrder()
{
    TimerQueue queue;
    std::vector<TimerEntry> kept;
    for (int i = 0; i < 100; ++i) {
        const TimerEntry entry{std::chrono::nanoseconds(i % 7 == 0 ? 1000 - i : i),
                               std::uint64_t(i), fake(i % 3)};
        queue.push(entry);
        if (i % 3 != 1)
            kept.push_back(entry);
    }
    const auto taken = queue.extract([](const TimerEntry &e) { return e.sleeper == fake(1); });
    QCOMPARE(taken.size(), std::size_t(33));
    for (std::size_t i = 1; i < taken.size(); ++i) // in firing order
        QVERIFY(TimerEntry::later(taken[i], taken[i - 1]));
    QCOMPARE(sequences(drain(queue)), expectedOrder(kept));
}

void TstTimerQueue::sequencesSurviveGapsEmptyRunsAndExtract()
{
    // The run stores no sequences: they come back from its breaks, whatever the gaps between
    // them, after the run was emptied and begun anew, and after an extract rebuilt it.
    QRandomGenerator random(7);
    TimerQueue queue;
    std::vector<TimerEntry> pending;
    std::uint64_t sequence = 0;
    auto push = [&](std::int64_t deadline) {
        sequence += 1 + random.bounded(3); // gaps, as when other timers were set in between
        const TimerEntry entry{std::chrono::nanoseconds(deadline), sequence, fake(int(sequence))};
        pending.push_back(entry);
        queue.push(entry);
    };
    for (int i = 0; i < 300; ++i)
        push(i / 4 + (i % 9 == 0 ? -5 : 0));
    const auto firstHalf = drain(queue); // empties the run
    QCOMPARE(sequences(firstHalf), expectedOrder(pending));
    pending.clear();
    for (int i = 0; i < 300; ++i)
        push(100 + i / 2 - (i % 7 == 0 ? 10 : 0));
    const auto taken =
        queue.extract([](const TimerEntry &e) { return std::uintptr_t(e.sleeper) % 24 == 0; });
    QVERIFY(!taken.empty());
    std::erase_if(pending, [](const TimerEntry &e) { return std::uintptr_t(e.sleeper) % 24 == 0; });
    for (int i = 0; i < 100; ++i)
        push(400 + i);
    QCOMPARE(queue.size(), pending.size());
    QCOMPARE(sequences(drain(queue)), expectedOrder(pending));
}

void TstTimerQueue::removedTimersLeaveTheRestInOrderAndNeverComeOut()
{
    // A cancelled sleep's timer: counted out at once, never at the top, never popped, wherever
    // it was (the run's front, its middle, the heap), and extract() does not see it either.
    TimerQueue queue;
    std::vector<TimerEntry> all;
    const std::vector<std::chrono::seconds> deadlines{1s, 2s, 3s, 4s, 2s, 5s};
    for (std::size_t i = 0; i < deadlines.size(); ++i) {
        all.push_back(TimerEntry{deadlines[i], i, fake(int(i))});
        queue.push(all.back());
    }
    queue.remove(fake(0)); // the run's front
    queue.remove(fake(2)); // the run's middle
    queue.remove(fake(4)); // in the heap (2 s after 4 s)
    queue.remove(fake(4)); // twice: nothing
    QCOMPARE(queue.size(), std::size_t(3));
    QCOMPARE(queue.top().sleeper, fake(1));
    const auto extracted = queue.extract([](const TimerEntry &e) { return e.sleeper == fake(5); });
    QCOMPARE(extracted.size(), std::size_t(1));
    QCOMPARE(queue.size(), std::size_t(2));
    QCOMPARE(sequences(drain(queue)), std::vector<std::uint64_t>({1, 3}));
    QVERIFY(queue.empty());
    QCOMPARE(queue.size(), std::size_t(0));
}

void TstTimerQueue::latestDueByIsTheLastLiveTimerByTheHorizon()
{
    // Runs and heap entries mixed, some cancelled: for every horizon, the latest live deadline
    // by it, as a look at every entry finds it (the earliest timer when none is due by then).
    QRandomGenerator random(7);
    TimerQueue queue;
    std::vector<TimerEntry> live;
    for (int i = 0; i < 3000; ++i) {
        const std::int64_t deadline = random.bounded(4) == 0 ? random.bounded(5000) : i;
        const TimerEntry entry{std::chrono::nanoseconds(deadline), std::uint64_t(i), fake(i)};
        queue.push(entry);
        if (random.bounded(5) == 0)
            QVERIFY(queue.remove(entry.sleeper));
        else
            live.push_back(entry);
    }
    const auto earliest = std::min_element(live.begin(), live.end(), [](auto &a, auto &b) {
                              return TimerEntry::later(b, a);
                          })->deadline;
    QCOMPARE(queue.top().deadline, earliest);
    for (std::int64_t horizon = -10; horizon < 5100; horizon += 7) {
        auto expected = earliest;
        for (const TimerEntry &entry : live) {
            if (entry.deadline.count() <= horizon)
                expected = std::max(expected, entry.deadline);
        }
        QCOMPARE(queue.latestDueBy(std::chrono::nanoseconds(horizon)).count(), expected.count());
    }
}

void TstTimerQueue::entriesComeBackWholeWhateverTheirStepsAndAddresses()
{
    // A run entry keeps its deadline as a step from the one before and its sleeper's address in
    // 44 bits: deadlines steps of 0 to past a millisecond apart, cancelled entries between them,
    // and sleepers whose address is too high for a run entry all come back exactly, in the order
    // of one heap.
    QRandomGenerator random(11);
    TimerQueue queue;
    std::vector<TimerEntry> live;
    std::int64_t deadline = 0;
    for (int i = 0; i < 5000; ++i) {
        const int kind = random.bounded(10);
        deadline += kind == 0   ? 1'048'575 + random.bounded(3) // about the largest step
                    : kind == 1 ? 5'000'000                     // a break
                    : kind < 5  ? 0                             // set at the same instant
                                : random.bounded(200);
        const bool high = random.bounded(20) == 0; // an address past 2^47: the heap
        auto *sleeper = reinterpret_cast<ck::SleepAwaiter *>(
            (high ? (std::uintptr_t(1) << 47) : 0) + std::uintptr_t(i + 1) * 8);
        const TimerEntry entry{std::chrono::nanoseconds(deadline), std::uint64_t(i), sleeper};
        queue.push(entry);
        if (random.bounded(6) == 0)
            QVERIFY(queue.remove(sleeper));
        else
            live.push_back(entry);
        if (i % 700 == 699) { // pop some, as the loop fires the due ones
            std::sort(live.begin(), live.end(),
                      [](auto &a, auto &b) { return TimerEntry::later(b, a); });
            for (int n = 0; n < 300; ++n) {
                const TimerEntry popped = queue.pop();
                QCOMPARE(popped.deadline.count(), live.front().deadline.count());
                QCOMPARE(popped.sequence, live.front().sequence);
                QCOMPARE(popped.sleeper, live.front().sleeper);
                live.erase(live.begin());
            }
        }
    }
    QCOMPARE(queue.size(), live.size());
    std::sort(live.begin(), live.end(), [](auto &a, auto &b) { return TimerEntry::later(b, a); });
    const std::vector<TimerEntry> drained = drain(queue);
    QCOMPARE(drained.size(), live.size());
    for (std::size_t i = 0; i < live.size(); ++i) {
        QCOMPARE(drained[i].deadline.count(), live[i].deadline.count());
        QCOMPARE(drained[i].sequence, live[i].sequence);
        QCOMPARE(drained[i].sleeper, live[i].sleeper);
    }
}

QTEST_MAIN(TstTimerQueue)
#include "tst_timerqueue.moc"
