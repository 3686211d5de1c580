// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "coro/asyncevent.h"
#include "coro/asyncsemaphore.h"
#include "coro/cancellederror.h"
#include "coro/gatherawaiter.h"
#include "coro/scheduler.h"
#include "coro/spawn.h"
#include "coro/virtualclock.h"
#include "corotest.h"
#include "iterationlog.h"
#include "waitall.h"

#include <chrono>
#include <cstdint>

using namespace std::chrono_literals;
using ck::CancelledError;
using ck::Scheduler;
using cktest::waitAll;

// Task::cancel() and every cancellable wait against CPython 3.11. Each case has a twin in
// tests/oracle/taskcancel_twins.py, run on the oracle's virtual-time loop; the expected lines
// here are what the twin prints: what happened, the loop iteration it happened in (counted from
// the first line) and the virtual time.
namespace {

using Log = cktest::IterationLog;
using cktest::py;
using cktest::virtualScheduler;

QCoro::Task<> sleepNoting(Scheduler *s, Log *log, QString name, std::chrono::nanoseconds delay)
{
    try {
        co_await s->sleep(delay);
    } catch (const CancelledError &) {
        log->note(name + QStringLiteral(" raised"));
        throw;
    }
}

QCoro::Task<> take(Scheduler *s, ck::AsyncSemaphore *semaphore, Log *log, QString name)
{
    try {
        co_await semaphore->acquire();
    } catch (const CancelledError &) {
        log->note(name + QStringLiteral(" raised"));
        throw;
    }
    log->note(name + QStringLiteral(" holds"));
    co_await s->sleep(1s);
    semaphore->release();
}

} // namespace

class TstTaskCancel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancelledSleepRaisesOnTheNextIterationAndDropsItsTimer();
    void cancelBeforeFirstStepEndsTheTaskUnrun();
    void cancelOfADoneTaskReturnsFalse();
    void cancellingATaskAwaitingAnotherCancelsTheInnerTask();
    void cancellingAGathererCancelsItsChildren();
    void cancelledEventWaiterLeavesTheEvent();
    void wokenSemaphoreWaiterCancelledPassesTheWakeOn();
    void queuedSemaphoreWaiterCancelledIsSkipped();
    void caughtCancellationLetsTheTaskGoOn();
    void cancelAtAYieldRaisesAtTheNextStep();
    void taskCancellingItselfRaisesAtItsNextAwait();
    void cancelMessageReachesTheAwaiter();
};

void TstTaskCancel::cancelledSleepRaisesOnTheNextIterationAndDropsItsTimer()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    std::size_t timersAfterCancel = 99;
    auto main = [&]() -> QCoro::Task<> {
        auto task =
            ck::spawn(s, [&] { return sleepNoting(s, &log, QStringLiteral("sleeper"), 10s); });
        co_await s->sleep(1s);
        log.note(QStringLiteral("cancel -> ") + py(task.cancel()));
        timersAfterCancel = s->timerCount();
        try {
            co_await task;
        } catch (const CancelledError &) {
            log.note(QStringLiteral("awaiter raised, cancelled=") + py(task.isCancelled()));
        }
    };
    cktest::runSync(main());
    QCOMPARE(log.lines(), QStringList({QStringLiteral("+0 t=1 cancel -> True"),
                                       QStringLiteral("+1 t=1 sleeper raised"),
                                       QStringLiteral("+2 t=1 awaiter raised, cancelled=True")}));
    // The loop no longer wakes at the old deadline: no timer is left, the clock stays at 1 s.
    QCOMPARE(timersAfterCancel, std::size_t(0));
    QCOMPARE(s->timerCount(), std::size_t(0));
    QVERIFY(!s->hasWork());
    QCOMPARE(s->now(), std::chrono::nanoseconds(1s));
}

void TstTaskCancel::cancelBeforeFirstStepEndsTheTaskUnrun()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    auto main = [&]() -> QCoro::Task<> {
        log.note(QStringLiteral("spawn"));
        auto task = ck::spawn(s, [&]() -> QCoro::Task<> {
            log.note(QStringLiteral("body ran"));
            co_return;
        });
        log.note(QStringLiteral("cancel -> ") + py(task.cancel()));
        co_await s->yieldNow();
        log.note(QStringLiteral("next iteration: done=%1 cancelled=%2")
                     .arg(py(task.isDone()), py(task.isCancelled())));
        log.note(QStringLiteral("cancel again -> ") + py(task.cancel()));
    };
    cktest::runSync(main());
    QCOMPARE(log.lines(),
             QStringList({QStringLiteral("+0 t=0 spawn"), QStringLiteral("+0 t=0 cancel -> True"),
                          QStringLiteral("+1 t=0 next iteration: done=True cancelled=True"),
                          QStringLiteral("+1 t=0 cancel again -> False")}));
}

void TstTaskCancel::cancelOfADoneTaskReturnsFalse()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    auto task = ck::spawn(s, []() -> QCoro::Task<int> { co_return 5; });
    auto main = [&]() -> QCoro::Task<int> { co_return co_await task; };
    QCOMPARE(cktest::runSync(main()), 5);
    QVERIFY(!task.cancel());
    QVERIFY(!task.isCancelled());
    QCOMPARE(task.cancelling(), 0);
    QCOMPARE(task.result(), 5);
}

void TstTaskCancel::cancellingATaskAwaitingAnotherCancelsTheInnerTask()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    auto outer = [](Log *log, ck::Task<> *child) -> QCoro::Task<> {
        try {
            co_await *child;
        } catch (const CancelledError &) {
            log->note(QStringLiteral("outer raised"));
            throw;
        }
    };
    auto main = [&]() -> QCoro::Task<> {
        auto child =
            ck::spawn(s, [&] { return sleepNoting(s, &log, QStringLiteral("inner"), 5s); });
        auto parent = ck::spawn(s, [&] { return outer(&log, &child); });
        co_await s->sleep(1s);
        log.note(QStringLiteral("cancel outer -> ") + py(parent.cancel()));
        co_await waitAll(parent);
        log.note(QStringLiteral("inner cancelled=%1 outer cancelled=%2")
                     .arg(py(child.isCancelled()), py(parent.isCancelled())));
    };
    cktest::runSync(main());
    QCOMPARE(
        log.lines(),
        QStringList({QStringLiteral("+0 t=1 cancel outer -> True"),
                     QStringLiteral("+1 t=1 inner raised"), QStringLiteral("+2 t=1 outer raised"),
                     QStringLiteral("+4 t=1 inner cancelled=True outer cancelled=True")}));
    QCOMPARE(s->timerCount(), std::size_t(0));
}

void TstTaskCancel::cancellingAGathererCancelsItsChildren()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    auto gatherer = [&]() -> QCoro::Task<> {
        try {
            co_await ck::gather(
                ck::spawn(s, [&] { return sleepNoting(s, &log, QStringLiteral("a"), 3s); }),
                ck::spawn(s, [&] { return sleepNoting(s, &log, QStringLiteral("b"), 4s); }));
        } catch (const CancelledError &) {
            log.note(QStringLiteral("gatherer raised"));
            throw;
        }
    };
    auto main = [&]() -> QCoro::Task<> {
        auto task = ck::spawn(s, gatherer);
        co_await s->sleep(1s);
        log.note(QStringLiteral("cancel -> ") + py(task.cancel()));
        co_await waitAll(task);
        log.note(QStringLiteral("gatherer cancelled=") + py(task.isCancelled()));
    };
    cktest::runSync(main());
    QCOMPARE(
        log.lines(),
        QStringList({QStringLiteral("+0 t=1 cancel -> True"), QStringLiteral("+1 t=1 a raised"),
                     QStringLiteral("+1 t=1 b raised"), QStringLiteral("+3 t=1 gatherer raised"),
                     QStringLiteral("+5 t=1 gatherer cancelled=True")}));
    QCOMPARE(s->now(), std::chrono::nanoseconds(1s));
}

void TstTaskCancel::cancelledEventWaiterLeavesTheEvent()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    ck::AsyncEvent event(*s);
    auto waiter = [](ck::AsyncEvent *event, Log *log, QString name) -> QCoro::Task<> {
        try {
            co_await event->wait();
            log->note(name + QStringLiteral(" woke"));
        } catch (const CancelledError &) {
            log->note(name + QStringLiteral(" raised"));
            throw;
        }
    };
    auto main = [&]() -> QCoro::Task<> {
        auto first = ck::spawn(s, [&] { return waiter(&event, &log, QStringLiteral("first")); });
        auto second = ck::spawn(s, [&] { return waiter(&event, &log, QStringLiteral("second")); });
        co_await s->sleep(1s);
        log.note(QStringLiteral("cancel first -> ") + py(first.cancel()));
        co_await s->sleep(1s); // the cancelled waiter does not wait for the event
        event.set();
        log.note(QStringLiteral("set"));
        co_await waitAll(first, second);
    };
    cktest::runSync(main());
    QCOMPARE(log.lines(),
             QStringList({QStringLiteral("+0 t=1 cancel first -> True"),
                          QStringLiteral("+1 t=1 first raised"), QStringLiteral("+3 t=2 set"),
                          QStringLiteral("+4 t=2 second woke")}));
}

void TstTaskCancel::wokenSemaphoreWaiterCancelledPassesTheWakeOn()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    ck::AsyncSemaphore semaphore(*s, 1);
    ck::Task<> woken;
    auto holder = [&]() -> QCoro::Task<> {
        co_await semaphore.acquire();
        log.note(QStringLiteral("holder holds"));
        co_await s->sleep(1s);
        semaphore.release(); // woken's future has its result, woken has not resumed yet
        log.note(QStringLiteral("cancel woken -> %1 locked=%2")
                     .arg(py(woken.cancel()), py(semaphore.locked())));
    };
    auto main = [&]() -> QCoro::Task<> {
        auto first = ck::spawn(s, holder);
        co_await s->yieldNow();
        woken = ck::spawn(s, [&] { return take(s, &semaphore, &log, QStringLiteral("woken")); });
        auto next = ck::spawn(s, [&] { return take(s, &semaphore, &log, QStringLiteral("next")); });
        co_await waitAll(first, woken, next);
        log.note(QStringLiteral("locked=") + py(semaphore.locked()));
    };
    cktest::runSync(main());
    QCOMPARE(log.lines(), QStringList({QStringLiteral("+0 t=0 holder holds"),
                                       QStringLiteral("+3 t=1 cancel woken -> True locked=True"),
                                       QStringLiteral("+4 t=1 woken raised"),
                                       QStringLiteral("+5 t=1 next holds"),
                                       QStringLiteral("+9 t=2 locked=False")}));
    QCOMPARE(semaphore.available(), 1);
}

void TstTaskCancel::queuedSemaphoreWaiterCancelledIsSkipped()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    ck::AsyncSemaphore semaphore(*s, 1);
    auto main = [&]() -> QCoro::Task<> {
        auto holder =
            ck::spawn(s, [&] { return take(s, &semaphore, &log, QStringLiteral("holder")); });
        co_await s->yieldNow();
        auto queued =
            ck::spawn(s, [&] { return take(s, &semaphore, &log, QStringLiteral("queued")); });
        auto next = ck::spawn(s, [&] { return take(s, &semaphore, &log, QStringLiteral("next")); });
        co_await s->sleep(500ms);
        log.note(QStringLiteral("cancel queued -> ") + py(queued.cancel()));
        co_await waitAll(holder, queued, next);
    };
    cktest::runSync(main());
    QCOMPARE(log.lines(), QStringList({QStringLiteral("+0 t=0 holder holds"),
                                       QStringLiteral("+3 t=0.5 cancel queued -> True"),
                                       QStringLiteral("+4 t=0.5 queued raised"),
                                       QStringLiteral("+8 t=1 next holds")}));
    QCOMPARE(semaphore.available(), 1);
    QVERIFY(!semaphore.locked());
}

void TstTaskCancel::caughtCancellationLetsTheTaskGoOn()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    auto stubborn = [&]() -> QCoro::Task<int> {
        try {
            co_await s->sleep(10s);
        } catch (const CancelledError &) {
            log.note(QStringLiteral("caught"));
        }
        co_await s->sleep(1s);
        log.note(QStringLiteral("went on"));
        co_return 7;
    };
    auto main = [&]() -> QCoro::Task<> {
        auto task = ck::spawn(s, stubborn);
        co_await s->sleep(1s);
        log.note(QStringLiteral("cancel -> ") + py(task.cancel()));
        const int value = co_await task;
        log.note(QStringLiteral("value=%1 cancelled=%2 cancelling=%3")
                     .arg(value)
                     .arg(py(task.isCancelled()))
                     .arg(task.cancelling()));
    };
    cktest::runSync(main());
    QCOMPARE(log.lines(),
             QStringList({QStringLiteral("+0 t=1 cancel -> True"), QStringLiteral("+1 t=1 caught"),
                          QStringLiteral("+3 t=2 went on"),
                          QStringLiteral("+4 t=2 value=7 cancelled=False cancelling=1")}));
}

void TstTaskCancel::cancelAtAYieldRaisesAtTheNextStep()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    auto yielder = [&]() -> QCoro::Task<> {
        log.note(QStringLiteral("yields"));
        try {
            co_await s->yieldNow();
        } catch (const CancelledError &) {
            log.note(QStringLiteral("yielder raised"));
            throw;
        }
    };
    auto main = [&]() -> QCoro::Task<> {
        auto task = ck::spawn(s, yielder);
        co_await s->yieldNow(); // runs right after the yielder's step: its next one is scheduled
        log.note(QStringLiteral("cancel -> ") + py(task.cancel()));
        co_await waitAll(task);
    };
    cktest::runSync(main());
    QCOMPARE(log.lines(),
             QStringList({QStringLiteral("+0 t=0 yields"), QStringLiteral("+0 t=0 cancel -> True"),
                          QStringLiteral("+1 t=0 yielder raised")}));
}

void TstTaskCancel::taskCancellingItselfRaisesAtItsNextAwait()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    ck::Task<> task;
    auto itself = [&]() -> QCoro::Task<> {
        log.note(QStringLiteral("cancel self -> ") + py(task.cancel()));
        try {
            co_await s->sleep(5s);
        } catch (const CancelledError &error) {
            log.note(QStringLiteral("raised: ") + error.message());
            throw;
        }
    };
    auto main = [&]() -> QCoro::Task<> {
        task = ck::spawn(s, itself);
        co_await waitAll(task);
    };
    cktest::runSync(main());
    QCOMPARE(log.lines(), QStringList({QStringLiteral("+0 t=0 cancel self -> True"),
                                       QStringLiteral("+1 t=0 raised: ")}));
    QCOMPARE(s->now(), std::chrono::nanoseconds(0));
    QVERIFY(task.isCancelled());
}

void TstTaskCancel::cancelMessageReachesTheAwaiter()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    auto main = [&]() -> QCoro::Task<> {
        auto task = ck::spawn(s, [s]() -> QCoro::Task<> { co_await s->sleep(10s); });
        co_await s->sleep(1s);
        task.cancel(QStringLiteral("too slow"));
        try {
            co_await task;
        } catch (const CancelledError &error) {
            log.note(QStringLiteral("raised: ") + error.message());
        }
    };
    cktest::runSync(main());
    QCOMPARE(log.lines(), QStringList({QStringLiteral("+0 t=1 raised: too slow")}));
}

QTEST_GUILESS_MAIN(TstTaskCancel)
#include "tst_taskcancel.moc"
