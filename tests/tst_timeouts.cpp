// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "coro/cancellederror.h"
#include "coro/scheduler.h"
#include "coro/spawn.h"
#include "coro/timeout.h"
#include "coro/timeouterror.h"
#include "coro/timerhandle.h"
#include "coro/waitawaiter.h"
#include "coro/waitfor.h"
#include "corotest.h"
#include "iterationlog.h"

#include <chrono>

using namespace std::chrono_literals;
using ck::CancelledError;
using ck::Scheduler;
using cktest::py;
using Log = cktest::IterationLog;

// ck::Timeout (asyncio.timeout) and ck::waitFor (asyncio.wait_for) against CPython 3.11. Each
// case has a twin in tests/oracle/timeouts_twins.py, run on the oracle's virtual-time loop; the
// expected lines are what the twin prints (see IterationLog).
namespace {

QCoro::Task<int> sleepNoting(Scheduler *s, Log *log, QString name, std::chrono::nanoseconds delay,
                             int result = 0)
{
    try {
        co_await s->sleep(delay);
    } catch (const CancelledError &) {
        log->note(name + QStringLiteral(" raised CancelledError"));
        throw;
    }
    log->note(name + QStringLiteral(" done"));
    co_return result;
}

// asyncio.wait([task]).
QCoro::Task<> waitAll(ck::Task<> &task)
{
    ck::WaitAwaiter all(std::vector<ck::detail::TaskCore *>{&task.core()},
                        ck::ReturnWhen::AllCompleted);
    co_await all.wait();
}

std::optional<std::chrono::nanoseconds> after(Scheduler *s, std::chrono::nanoseconds delay)
{
    return ck::Timeout::deadlineAfter(*s, delay);
}

} // namespace

class TstTimeouts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeoutFiresInsideASleep();
    void timeoutNotFiring();
    void nestedTimeoutsInnerFires();
    void nestedTimeoutsOuterFires();
    void cancelledFromOutsideStaysCancelled();
    void cancelledFromOutsideAsTheTimeoutFires();
    void rescheduleOutsideTheBlockIsRefused();
    void timerCancelledOnceDueDoesNotRun();
    void waitForASlowRoutine();
    void waitForAFastRoutine();
    void waitForWithTimeoutZero();
    void waitForCancelledFromOutside();
};

void TstTimeouts::timeoutFiresInsideASleep()
{
    // timeout_fires_inside_a_sleep
    //   +0 t=0 enter
    //   +2 t=1 sleep raised CancelledError
    //   +2 t=1 TimeoutError expired=True
    //   +2 t=1 cancelling=0
    auto scheduler = cktest::virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    cktest::runInTask(s, [&]() -> QCoro::Task<> {
        log.note(QStringLiteral("enter"));
        ck::Timeout timeout(*s, after(s, 1s));
        try {
            co_await ck::within(timeout,
                                [&] { return sleepNoting(s, &log, QStringLiteral("sleep"), 5s); });
        } catch (const ck::TimeoutError &) {
            log.note(QStringLiteral("TimeoutError expired=") + py(timeout.expired()));
        }
        log.note(QStringLiteral("cancelling=%1").arg(s->currentTask()->cancelling()));
    });
    QCOMPARE(log.lines(), QStringList({QStringLiteral("+0 t=0 enter"),
                                       QStringLiteral("+2 t=1 sleep raised CancelledError"),
                                       QStringLiteral("+2 t=1 TimeoutError expired=True"),
                                       QStringLiteral("+2 t=1 cancelling=0")}));
}

void TstTimeouts::timeoutNotFiring()
{
    // timeout_not_firing
    //   +0 t=0 enter
    //   +2 t=1 sleep done
    //   +2 t=1 left expired=False
    //   +4 t=11 later
    auto scheduler = cktest::virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    cktest::runInTask(s, [&]() -> QCoro::Task<> {
        log.note(QStringLiteral("enter"));
        ck::Timeout timeout(*s, after(s, 5s));
        co_await ck::within(timeout,
                            [&] { return sleepNoting(s, &log, QStringLiteral("sleep"), 1s); });
        log.note(QStringLiteral("left expired=") + py(timeout.expired()));
        co_await s->sleep(10s);
        log.note(QStringLiteral("later"));
    });
    QCOMPARE(log.lines(),
             QStringList({QStringLiteral("+0 t=0 enter"), QStringLiteral("+2 t=1 sleep done"),
                          QStringLiteral("+2 t=1 left expired=False"),
                          QStringLiteral("+4 t=11 later")}));
    QCOMPARE(s->timerCount(), std::size_t(0)); // the timeout's timer went with the block
}

void TstTimeouts::nestedTimeoutsInnerFires()
{
    // nested_timeouts_inner_fires
    //   +0 t=0 enter
    //   +2 t=1 sleep raised CancelledError
    //   +2 t=1 inner TimeoutError inner=True outer=False
    //   +4 t=2 after done
    //   +4 t=2 left outer expired=False
    auto scheduler = cktest::virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    cktest::runInTask(s, [&]() -> QCoro::Task<> {
        log.note(QStringLiteral("enter"));
        ck::Timeout outer(*s, after(s, 5s));
        co_await ck::within(outer, [&]() -> QCoro::Task<> {
            ck::Timeout inner(*s, after(s, 1s));
            try {
                co_await ck::within(
                    inner, [&] { return sleepNoting(s, &log, QStringLiteral("sleep"), 10s); });
            } catch (const ck::TimeoutError &) {
                log.note(QStringLiteral("inner TimeoutError inner=%1 outer=%2")
                             .arg(py(inner.expired()), py(outer.expired())));
            }
            co_await sleepNoting(s, &log, QStringLiteral("after"), 1s);
        });
        log.note(QStringLiteral("left outer expired=") + py(outer.expired()));
    });
    QCOMPARE(log.lines(),
             QStringList({QStringLiteral("+0 t=0 enter"),
                          QStringLiteral("+2 t=1 sleep raised CancelledError"),
                          QStringLiteral("+2 t=1 inner TimeoutError inner=True outer=False"),
                          QStringLiteral("+4 t=2 after done"),
                          QStringLiteral("+4 t=2 left outer expired=False")}));
}

void TstTimeouts::nestedTimeoutsOuterFires()
{
    // nested_timeouts_outer_fires
    //   +0 t=0 enter
    //   +2 t=1 sleep raised CancelledError
    //   +2 t=1 inner passed CancelledError inner=False
    //   +2 t=1 outer TimeoutError expired=True
    auto scheduler = cktest::virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    cktest::runInTask(s, [&]() -> QCoro::Task<> {
        log.note(QStringLiteral("enter"));
        ck::Timeout outer(*s, after(s, 1s));
        try {
            co_await ck::within(outer, [&]() -> QCoro::Task<> {
                ck::Timeout inner(*s, after(s, 5s));
                try {
                    co_await ck::within(
                        inner, [&] { return sleepNoting(s, &log, QStringLiteral("sleep"), 10s); });
                } catch (const ck::TimeoutError &) {
                    log.note(QStringLiteral("inner TimeoutError"));
                } catch (const CancelledError &) {
                    log.note(QStringLiteral("inner passed CancelledError inner=") +
                             py(inner.expired()));
                    throw;
                }
            });
        } catch (const ck::TimeoutError &) {
            log.note(QStringLiteral("outer TimeoutError expired=") + py(outer.expired()));
        }
    });
    QCOMPARE(log.lines(),
             QStringList({QStringLiteral("+0 t=0 enter"),
                          QStringLiteral("+2 t=1 sleep raised CancelledError"),
                          QStringLiteral("+2 t=1 inner passed CancelledError inner=False"),
                          QStringLiteral("+2 t=1 outer TimeoutError expired=True")}));
}

void TstTimeouts::cancelledFromOutsideStaysCancelled()
{
    // cancelled_from_outside_stays_cancelled
    //   +0 t=1 cancel -> True
    //   +1 t=1 sleep raised CancelledError
    //   +3 t=1 cancelled=True
    auto scheduler = cktest::virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    cktest::runInTask(s, [&]() -> QCoro::Task<> {
        auto task = ck::spawn(s, [&]() -> QCoro::Task<> {
            try {
                co_await ck::withTimeout(
                    *s, 5s, [&] { return sleepNoting(s, &log, QStringLiteral("sleep"), 10s); });
            } catch (const ck::TimeoutError &) {
                log.note(QStringLiteral("TimeoutError"));
            }
        });
        co_await s->sleep(1s);
        log.note(QStringLiteral("cancel -> ") + py(task.cancel()));
        co_await waitAll(task);
        log.note(QStringLiteral("cancelled=") + py(task.isCancelled()));
    });
    QCOMPARE(log.lines(), QStringList({QStringLiteral("+0 t=1 cancel -> True"),
                                       QStringLiteral("+1 t=1 sleep raised CancelledError"),
                                       QStringLiteral("+3 t=1 cancelled=True")}));
}

void TstTimeouts::cancelledFromOutsideAsTheTimeoutFires()
{
    // Both cancel requests land in one iteration: uncancel() leaves one, so the block's
    // CancelledError is not turned into TimeoutError (timeouts.py 95).
    // cancelled_from_outside_as_the_timeout_fires
    //   +0 t=1 cancel -> True cancelling=2
    //   +0 t=1 sleep raised CancelledError
    //   +0 t=1 expired=True
    //   +2 t=1 cancelled=True
    auto scheduler = cktest::virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    cktest::runInTask(s, [&]() -> QCoro::Task<> {
        auto task = ck::spawn(s, [&]() -> QCoro::Task<> {
            ck::Timeout timeout(*s, after(s, 1s));
            try {
                co_await ck::within(
                    timeout, [&] { return sleepNoting(s, &log, QStringLiteral("sleep"), 10s); });
            } catch (const ck::TimeoutError &) {
                log.note(QStringLiteral("TimeoutError"));
            } catch (...) {
                log.note(QStringLiteral("expired=") + py(timeout.expired()));
                throw;
            }
            log.note(QStringLiteral("expired=") + py(timeout.expired()));
        });
        co_await s->sleep(1s);
        const bool cancelled = task.cancel();
        log.note(
            QStringLiteral("cancel -> %1 cancelling=%2").arg(py(cancelled)).arg(task.cancelling()));
        co_await waitAll(task);
        log.note(QStringLiteral("cancelled=") + py(task.isCancelled()));
    });
    QCOMPARE(log.lines(), QStringList({QStringLiteral("+0 t=1 cancel -> True cancelling=2"),
                                       QStringLiteral("+0 t=1 sleep raised CancelledError"),
                                       QStringLiteral("+0 t=1 expired=True"),
                                       QStringLiteral("+2 t=1 cancelled=True")}));
}

void TstTimeouts::rescheduleOutsideTheBlockIsRefused()
{
    // timeouts.py 41-44 and 75-76: RuntimeError in Python.
    auto scheduler = cktest::virtualScheduler();
    ck::Timeout timeout(*scheduler, std::nullopt);
    QVERIFY_THROWS_EXCEPTION(std::logic_error, timeout.reschedule(1s));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, timeout.enter()); // not inside a task
}

void TstTimeouts::timerCancelledOnceDueDoesNotRun()
{
    // A TimerHandle due in this iteration already sits in the ready queue, behind a step
    // scheduled in the previous one: that step cancels it, and it must not run (asyncio skips a
    // cancelled handle in _run_once) nor be freed twice.
    auto scheduler = cktest::virtualScheduler();
    Scheduler *s = scheduler.get();
    ck::TimerHandle handle;
    bool ran = false;
    bool pendingBeforeCancel = false;
    struct Flag
    {
        static void set(void *flag) { *static_cast<bool *>(flag) = true; }
    };
    cktest::runInTask(s, [&]() -> QCoro::Task<> {
        auto canceller = ck::spawn(s, [&]() -> QCoro::Task<> {
            co_await s->sleep(1s);
            co_await s->sleep(0s); // its next step comes before the handle's item
            pendingBeforeCancel = handle.isPending();
            handle.cancel();
        });
        co_await s->sleep(1s); // set first: this task runs first at t=1
        handle.callAt(*s, s->now(), ck::ReadyItem{&Flag::set, &ran});
        co_await canceller;
        co_await s->sleep(1s);
    });
    QVERIFY(pendingBeforeCancel);
    QVERIFY(!ran);
    QVERIFY(!handle.isPending());
}

void TstTimeouts::waitForASlowRoutine()
{
    // wait_for_a_slow_routine
    //   +0 t=0 wait_for
    //   +4 t=1 slow raised CancelledError
    //   +6 t=1 TimeoutError
    auto scheduler = cktest::virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    cktest::runInTask(s, [&]() -> QCoro::Task<> {
        log.note(QStringLiteral("wait_for"));
        try {
            co_await ck::waitFor(
                ck::spawn(s, [&] { return sleepNoting(s, &log, QStringLiteral("slow"), 5s); }), 1s);
        } catch (const ck::TimeoutError &) {
            log.note(QStringLiteral("TimeoutError"));
        }
    });
    QCOMPARE(log.lines(), QStringList({QStringLiteral("+0 t=0 wait_for"),
                                       QStringLiteral("+4 t=1 slow raised CancelledError"),
                                       QStringLiteral("+6 t=1 TimeoutError")}));
}

void TstTimeouts::waitForAFastRoutine()
{
    // wait_for_a_fast_routine
    //   +0 t=0 wait_for
    //   +3 t=1 fast done
    //   +5 t=1 result 42
    //   +7 t=11 later
    auto scheduler = cktest::virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    cktest::runInTask(s, [&]() -> QCoro::Task<> {
        log.note(QStringLiteral("wait_for"));
        const int result = co_await ck::waitFor(
            ck::spawn(s, [&] { return sleepNoting(s, &log, QStringLiteral("fast"), 1s, 42); }), 5s);
        log.note(QStringLiteral("result %1").arg(result));
        co_await s->sleep(10s);
        log.note(QStringLiteral("later"));
    });
    QCOMPARE(log.lines(),
             QStringList({QStringLiteral("+0 t=0 wait_for"), QStringLiteral("+3 t=1 fast done"),
                          QStringLiteral("+5 t=1 result 42"), QStringLiteral("+7 t=11 later")}));
}

void TstTimeouts::waitForWithTimeoutZero()
{
    // wait_for_with_timeout_zero
    //   +0 t=0 wait_for
    //   +3 t=0 TimeoutError
    auto scheduler = cktest::virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    cktest::runInTask(s, [&]() -> QCoro::Task<> {
        log.note(QStringLiteral("wait_for"));
        try {
            co_await ck::waitFor(
                ck::spawn(s, [&] { return sleepNoting(s, &log, QStringLiteral("slow"), 5s); }), 0s);
        } catch (const ck::TimeoutError &) {
            log.note(QStringLiteral("TimeoutError"));
        }
    });
    QCOMPARE(log.lines(), QStringList({QStringLiteral("+0 t=0 wait_for"),
                                       QStringLiteral("+3 t=0 TimeoutError")}));
}

void TstTimeouts::waitForCancelledFromOutside()
{
    // wait_for_cancelled_from_outside
    //   +0 t=1 cancel -> True
    //   +2 t=1 inner raised CancelledError
    //   +4 t=1 waiter raised CancelledError
    //   +6 t=1 cancelled=True
    auto scheduler = cktest::virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    cktest::runInTask(s, [&]() -> QCoro::Task<> {
        auto task = ck::spawn(s, [&]() -> QCoro::Task<> {
            try {
                co_await ck::waitFor(
                    ck::spawn(s, [&] { return sleepNoting(s, &log, QStringLiteral("inner"), 5s); }),
                    3s);
            } catch (const CancelledError &) {
                log.note(QStringLiteral("waiter raised CancelledError"));
                throw;
            }
        });
        co_await s->sleep(1s);
        log.note(QStringLiteral("cancel -> ") + py(task.cancel()));
        co_await waitAll(task);
        log.note(QStringLiteral("cancelled=") + py(task.isCancelled()));
    });
    QCOMPARE(log.lines(), QStringList({QStringLiteral("+0 t=1 cancel -> True"),
                                       QStringLiteral("+2 t=1 inner raised CancelledError"),
                                       QStringLiteral("+4 t=1 waiter raised CancelledError"),
                                       QStringLiteral("+6 t=1 cancelled=True")}));
}

QTEST_GUILESS_MAIN(TstTimeouts)
#include "tst_timeouts.moc"
