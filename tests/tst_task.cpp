// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "coro/asyncsemaphore.h"
#include "coro/gatherawaiter.h"
#include "coro/scheduler.h"
#include "coro/spawn.h"
#include "coro/virtualclock.h"
#include "corotest.h"

#include <chrono>
#include <cstdint>
#include <stdexcept>

using namespace std::chrono_literals;
using ck::Scheduler;

// ck::Task, ck::spawn, ck::gather and ck::AsyncSemaphore against what CPython 3.11's asyncio does
// (tasks.py, futures.py, locks.py), counted in loop iterations: the order of a program's prints
// follows from these counts.
namespace {

QCoro::Task<int> valueAfter(Scheduler *scheduler, std::chrono::nanoseconds delay, int value)
{
    co_await scheduler->sleep(delay);
    co_return value;
}

QCoro::Task<QString> textAfter(Scheduler *scheduler, std::chrono::nanoseconds delay, QString text)
{
    co_await scheduler->sleep(delay);
    co_return text;
}

QCoro::Task<> failAfter(Scheduler *scheduler, std::chrono::nanoseconds delay, QString message)
{
    co_await scheduler->sleep(delay);
    throw std::runtime_error(message.toStdString());
}

// The iteration a coroutine runs in, noted as it goes.
QCoro::Task<> noteIteration(Scheduler *scheduler, std::uint64_t *at)
{
    *at = scheduler->iterations();
    co_return;
}

template <typename T> QCoro::Task<T> awaited(ck::Task<T> task)
{
    co_return co_await task;
}

std::unique_ptr<Scheduler> virtualScheduler()
{
    return std::make_unique<Scheduler>(std::make_unique<ck::VirtualClock>());
}

} // namespace

class TstTask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spawnStartsOnNextIteration();
    void spawnGivesTheBodysValue();
    void taskIsDoneWhenItsCoroutineReturns();
    void awaitingADoneTaskDoesNotSuspend();
    void awaiterOfARunningTaskResumesOneIterationAfterIt();
    void exceptionIsKeptAndRaisedInTheAwaiter();
    void gatherResumesTwoIterationsAfterTheLastChild();
    void gatherGivesValuesInArgumentOrder();
    void gatherRaisesTheFirstFailureAtOnceAndLeavesTheOthersRunning();
    void gatherSettleAllWaitsForAllThenRaisesTheFirstFailureInTime();
    void droppedTaskRunsToItsEnd();
    void iterationEndComesAfterTheIterationsLastItem();
    void semaphoreWokenWaiterKeepsItsClaim();
};

void TstTask::spawnStartsOnNextIteration()
{
    auto scheduler = virtualScheduler();
    QStringList log;
    auto body = [](QStringList *out) -> QCoro::Task<> {
        out->append(QStringLiteral("body"));
        co_return;
    };
    auto task = ck::spawn(scheduler.get(), [&log, body] { return body(&log); });
    log.append(QStringLiteral("caller"));
    QVERIFY(!task.isDone());
    cktest::runSync(awaited(std::move(task)));
    QCOMPARE(log, QStringList({QStringLiteral("caller"), QStringLiteral("body")}));
}

void TstTask::spawnGivesTheBodysValue()
{
    auto scheduler = virtualScheduler();
    auto task = ck::spawn(scheduler.get(), [s = scheduler.get()] { return valueAfter(s, 1s, 7); });
    QCOMPARE(cktest::runSync(awaited(std::move(task))), 7);
    QCOMPARE(scheduler->now(), std::chrono::nanoseconds(1s));
}

void TstTask::taskIsDoneWhenItsCoroutineReturns()
{
    // asyncio: Task.done() is true in the same step that the coroutine returns in.
    auto scheduler = virtualScheduler();
    auto quick = ck::spawn(scheduler.get(), [] { return []() -> QCoro::Task<> { co_return; }(); });
    bool doneSeenNextIteration = false;
    auto watcher = [](Scheduler *s, ck::Task<> *watched, bool *seen) -> QCoro::Task<> {
        co_await s->yieldNow(); // quick's only step runs in the first iteration, before this
        *seen = watched->isDone();
    };
    cktest::runSync(watcher(scheduler.get(), &quick, &doneSeenNextIteration));
    QVERIFY(doneSeenNextIteration);
}

void TstTask::awaitingADoneTaskDoesNotSuspend()
{
    auto scheduler = virtualScheduler();
    auto child = ck::spawn(scheduler.get(), [s = scheduler.get()] { return valueAfter(s, 1s, 3); });
    std::uint64_t before = 0, after = 0;
    auto parent = [](Scheduler *s, ck::Task<int> *task, std::uint64_t *before,
                     std::uint64_t *after) -> QCoro::Task<int> {
        co_await s->sleep(2s); // the child is long done
        *before = s->iterations();
        const int value = co_await *task;
        *after = s->iterations();
        co_return value;
    };
    QCOMPARE(cktest::runSync(parent(scheduler.get(), &child, &before, &after)), 3);
    QCOMPARE(after, before);
}

void TstTask::awaiterOfARunningTaskResumesOneIterationAfterIt()
{
    auto scheduler = virtualScheduler();
    std::uint64_t childEnded = 0, parentResumed = 0;
    auto body = [](Scheduler *s, std::uint64_t *ended) -> QCoro::Task<> {
        co_await s->sleep(1s);
        co_await noteIteration(s, ended);
    };
    auto child = ck::spawn(
        scheduler.get(), [s = scheduler.get(), &childEnded, body] { return body(s, &childEnded); });
    auto parent = [](Scheduler *s, ck::Task<> *task, std::uint64_t *resumed) -> QCoro::Task<> {
        co_await *task;
        *resumed = s->iterations();
    };
    cktest::runSync(parent(scheduler.get(), &child, &parentResumed));
    QVERIFY(childEnded > 0);
    QCOMPARE(parentResumed, childEnded + 1);
}

void TstTask::exceptionIsKeptAndRaisedInTheAwaiter()
{
    auto scheduler = virtualScheduler();
    auto task = ck::spawn(scheduler.get(), [s = scheduler.get()] {
        return failAfter(s, 1s, QStringLiteral("boom"));
    });
    try {
        cktest::runSync(awaited(std::move(task)));
        QFAIL("the task's exception should have been raised");
    } catch (const std::runtime_error &error) {
        QCOMPARE(QString::fromUtf8(error.what()), QStringLiteral("boom"));
    }
}

void TstTask::gatherResumesTwoIterationsAfterTheLastChild()
{
    // tasks.py gather: each child's _done_callback is scheduled with call_soon, and the last one
    // sets the outer future, whose own callback wakes the awaiter with call_soon again.
    auto scheduler = virtualScheduler();
    std::uint64_t first = 0, last = 0, resumed = 0;
    auto body = [](Scheduler *s, std::chrono::nanoseconds delay,
                   std::uint64_t *ended) -> QCoro::Task<> {
        co_await s->sleep(delay);
        co_await noteIteration(s, ended);
    };
    auto gatherer = [&]() -> QCoro::Task<> {
        std::vector<ck::Task<>> children;
        Scheduler *s = scheduler.get();
        children.push_back(ck::spawn(s, [s, &first, body] { return body(s, 1s, &first); }));
        children.push_back(ck::spawn(s, [s, &last, body] { return body(s, 2s, &last); }));
        co_await ck::GatherAwaiter::of(children);
        resumed = s->iterations();
    };
    cktest::runSync(gatherer());
    QVERIFY(first < last);
    QCOMPARE(resumed, last + 2);
}

void TstTask::gatherGivesValuesInArgumentOrder()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    const auto [coffee, bagel] = cktest::runSync(
        ck::gather(ck::spawn(s, [s] { return textAfter(s, 3s, QStringLiteral("Coffee ready")); }),
                   ck::spawn(s, [s] { return valueAfter(s, 2s, 42); })));
    QCOMPARE(coffee, QStringLiteral("Coffee ready"));
    QCOMPARE(bagel, 42);
    QCOMPARE(scheduler->now(), std::chrono::nanoseconds(3s)); // max, not sum
}

void TstTask::gatherRaisesTheFirstFailureAtOnceAndLeavesTheOthersRunning()
{
    // tasks.py 764-776: the first failure is set on the outer future at once; the other
    // children are not cancelled and run to their end.
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    std::chrono::nanoseconds raisedAt{-1};
    QString raised;
    bool lastEnded = false;
    auto gatherer = [s, &raisedAt, &raised, &lastEnded]() -> QCoro::Task<> {
        std::vector<ck::Task<>> children;
        children.push_back(ck::spawn(s, [s] { return failAfter(s, 3s, QStringLiteral("late")); }));
        children.push_back(ck::spawn(s, [s] { return failAfter(s, 1s, QStringLiteral("early")); }));
        children.push_back(ck::spawn(s, [s, &lastEnded]() -> QCoro::Task<> {
            co_await s->sleep(5s);
            lastEnded = true;
        }));
        try {
            co_await ck::GatherAwaiter::of(children);
        } catch (const std::runtime_error &error) {
            raisedAt = s->now();
            raised = QString::fromUtf8(error.what());
        }
        co_await s->sleep(6s);
    };
    cktest::runSync(gatherer());
    QCOMPARE(raised, QStringLiteral("early"));
    QCOMPARE(raisedAt, std::chrono::nanoseconds(1s));
    QVERIFY(lastEnded);
}

void TstTask::gatherSettleAllWaitsForAllThenRaisesTheFirstFailureInTime()
{
    // Not asyncio's: the engine's former gather, kept as a mode for the callers that count on it.
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    std::chrono::nanoseconds raisedAt{-1};
    QString raised;
    auto gatherer = [s, &raisedAt, &raised]() -> QCoro::Task<> {
        std::vector<ck::Task<>> children;
        children.push_back(ck::spawn(s, [s] { return failAfter(s, 3s, QStringLiteral("late")); }));
        children.push_back(ck::spawn(s, [s] { return failAfter(s, 1s, QStringLiteral("early")); }));
        children.push_back(ck::spawn(s, [s]() -> QCoro::Task<> { co_await s->sleep(5s); }));
        try {
            co_await ck::GatherAwaiter::of(children, ck::GatherAwaiter::Mode::SettleAll);
        } catch (const std::runtime_error &error) {
            raisedAt = s->now();
            raised = QString::fromUtf8(error.what());
        }
    };
    cktest::runSync(gatherer());
    QCOMPARE(raised, QStringLiteral("early"));
    QCOMPARE(raisedAt, std::chrono::nanoseconds(5s)); // every child was waited for
}

void TstTask::droppedTaskRunsToItsEnd()
{
    // A task nobody holds still runs (the loop keeps it in asyncio) and frees itself when done:
    // the sanitizer build checks that nothing leaks.
    auto scheduler = virtualScheduler();
    bool ended = false;
    {
        auto body = [](Scheduler *s, bool *out) -> QCoro::Task<> {
            co_await s->sleep(1s);
            *out = true;
        };
        ck::spawn(scheduler.get(), [s = scheduler.get(), &ended, body] { return body(s, &ended); });
    }
    auto waiter = [](Scheduler *s) -> QCoro::Task<> { co_await s->sleep(2s); };
    cktest::runSync(waiter(scheduler.get()));
    QVERIFY(ended);
}

void TstTask::iterationEndComesAfterTheIterationsLastItem()
{
    auto scheduler = virtualScheduler();
    QStringList log;
    auto stopper = [](Scheduler *s, QStringList *out) -> QCoro::Task<> {
        co_await s->yieldNow();
        out->append(QStringLiteral("stop requested"));
        co_await s->iterationEnd();
        out->append(QStringLiteral("stopped"));
    };
    auto other = [](Scheduler *s, QStringList *out) -> QCoro::Task<> {
        co_await s->yieldNow();
        out->append(QStringLiteral("same iteration"));
        co_await s->yieldNow();
        out->append(QStringLiteral("next iteration"));
    };
    auto both = [&]() -> QCoro::Task<> {
        auto a = ck::spawn(scheduler.get(), [&] { return stopper(scheduler.get(), &log); });
        auto b = ck::spawn(scheduler.get(), [&] { return other(scheduler.get(), &log); });
        co_await a;
        co_await b;
    };
    cktest::runSync(both());
    QCOMPARE(log, QStringList({QStringLiteral("stop requested"), QStringLiteral("same iteration"),
                               QStringLiteral("stopped"), QStringLiteral("next iteration")}));
}

void TstTask::semaphoreWokenWaiterKeepsItsClaim()
{
    // locks.py (3.11): release() marks the first waiter's future done, but the waiter stays in
    // _waiters until it resumes, so locked() is true and a task asking meanwhile queues, even
    // when a second release left a permit free; the woken waiter then wakes it.
    auto scheduler = virtualScheduler();
    ck::AsyncSemaphore semaphore(*scheduler, 2);
    QStringList order;
    auto holder = [](Scheduler *s, ck::AsyncSemaphore *sem, QStringList *out,
                     QString name) -> QCoro::Task<> {
        co_await sem->acquire();
        out->append(name);
        co_await s->sleep(1s);
        sem->release(); // both holders release in the iteration at 1 s
    };
    auto asker = [](Scheduler *s, ck::AsyncSemaphore *sem, QStringList *out, QString name,
                    std::chrono::nanoseconds delay) -> QCoro::Task<> {
        co_await s->sleep(delay);
        co_await sem->acquire();
        out->append(name);
        sem->release();
    };
    auto all = [&]() -> QCoro::Task<> {
        Scheduler *s = scheduler.get();
        ck::AsyncSemaphore *sem = &semaphore;
        QStringList *out = &order;
        std::vector<ck::Task<>> tasks;
        tasks.push_back(ck::spawn(s, [=] { return holder(s, sem, out, QStringLiteral("h1")); }));
        tasks.push_back(ck::spawn(s, [=] { return holder(s, sem, out, QStringLiteral("h2")); }));
        tasks.push_back(
            ck::spawn(s, [=] { return asker(s, sem, out, QStringLiteral("waiter"), 0ns); }));
        tasks.push_back(
            ck::spawn(s, [=] { return asker(s, sem, out, QStringLiteral("newcomer"), 1s); }));
        co_await ck::GatherAwaiter::of(tasks);
    };
    cktest::runSync(all());
    QCOMPARE(order, QStringList({QStringLiteral("h1"), QStringLiteral("h2"),
                                 QStringLiteral("waiter"), QStringLiteral("newcomer")}));
    QCOMPARE(semaphore.available(), 2);
    QVERIFY(!semaphore.locked());
}

QTEST_GUILESS_MAIN(TstTask)
#include "tst_task.moc"
