// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "coro/asynccondition.h"
#include "coro/asyncevent.h"
#include "coro/asynclock.h"
#include "coro/asyncqueue.h"
#include "coro/cancellederror.h"
#include "coro/scheduler.h"
#include "coro/spawn.h"
#include "coro/syncusageerror.h"
#include "coro/virtualclock.h"
#include "corotest.h"
#include "waitall.h"

#include <QFile>

#include <chrono>
#include <cstdint>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;
using ck::CancelledError;
using ck::Scheduler;
using cktest::waitAll;

// AsyncLock, AsyncCondition, AsyncQueue and AsyncEvent against CPython 3.11's asyncio.Lock,
// Condition, Queue and Event. Each case has a twin in tests/oracle/sync_twins.py, run on the
// oracle's virtual-time loop; the expected lines here are what the twin prints: what happened,
// the loop iteration it happened in (counted from the first line) and the virtual time. The
// ctest `sync_twins` runs both and compares the printouts (this test writes its own to the file
// named by CK_SYNC_TWINS_LOG).
namespace {

class Log
{
public:
    explicit Log(Scheduler *scheduler) : m_scheduler(scheduler) {}

    void note(const QString &what)
    {
        if (m_lines.isEmpty())
            m_first = m_scheduler->iterations();
        const double seconds = std::chrono::duration<double>(m_scheduler->now()).count();
        m_lines.append(u"+%1 t=%2 %3"_s.arg(m_scheduler->iterations() - m_first)
                           .arg(QString::number(seconds, 'g'), what));
    }
    const QStringList &lines() const { return m_lines; }

private:
    Scheduler *m_scheduler;
    std::uint64_t m_first = 0;
    QStringList m_lines;
};

// Appends the case's printout, as the twin prints it, to $CK_SYNC_TWINS_LOG.
void recordTwin(const QString &name, const Log &log)
{
    const QString path = qEnvironmentVariable("CK_SYNC_TWINS_LOG");
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::Append | QIODevice::Text))
        return;
    QString text = name + u'\n';
    for (const QString &line : log.lines())
        text += u"  "_s + line + u'\n';
    file.write(text.toUtf8());
}

QString py(bool value)
{
    return value ? u"True"_s : u"False"_s;
}

QString errorText(const ck::SyncUsageError &error)
{
    return error.pythonType() + u": "_s + error.message();
}

std::unique_ptr<Scheduler> virtualScheduler()
{
    return std::make_unique<Scheduler>(std::make_unique<ck::VirtualClock>());
}

QCoro::Task<> lockUser(Scheduler *s, ck::AsyncLock *lock, Log *log, QString name, bool asks)
{
    if (asks)
        log->note(name + u" asks, locked="_s + py(lock->locked()));
    try {
        co_await lock->acquire();
    } catch (const CancelledError &) {
        log->note(name + u" raised, locked="_s + py(lock->locked()));
        throw;
    }
    log->note(name + u" holds"_s);
    co_await s->sleep(1s);
    lock->release();
}

QCoro::Task<> conditionWaiter(Scheduler *s, ck::AsyncCondition *condition, Log *log, QString name)
{
    co_await condition->acquire();
    log->note(name + u" waits"_s);
    co_await condition->wait();
    log->note(name + u" woke, locked="_s + py(condition->locked()));
    co_await s->sleep(250ms);
    condition->release();
}

// try: wait() except CancelledError: note; raise; finally: release().
QCoro::Task<> cancelledWaiter(ck::AsyncCondition *condition, Log *log, QString name, bool quoted)
{
    co_await condition->acquire();
    try {
        co_await condition->wait();
        log->note(name + u" woke"_s);
    } catch (const CancelledError &error) {
        log->note(quoted ? name + u" raised '%1', locked=%2"_s.arg(error.message(),
                                                                   py(condition->locked()))
                         : name + u" raised"_s);
        condition->release();
        throw;
    }
    condition->release();
}

QCoro::Task<> producer(ck::AsyncQueue<QString> *queue, Log *log, QString name, int count)
{
    for (int k = 0; k < count; ++k) {
        const QString item = name + u'-' + QString::number(k);
        co_await queue->put(item);
        log->note(u"%1 put %2 qsize=%3"_s.arg(name, item).arg(queue->qsize()));
    }
}

QCoro::Task<> worker(Scheduler *s, ck::AsyncQueue<QString> *queue, Log *log, QString name)
{
    try {
        while (true) {
            const QString item = co_await queue->get();
            log->note(name + u" got "_s + item);
            co_await s->sleep(1s);
            queue->taskDone();
        }
    } catch (const CancelledError &) {
        log->note(name + u" cancelled"_s);
        throw;
    }
}

QCoro::Task<> getter(ck::AsyncQueue<QString> *queue, Log *log, QString name)
{
    QString item;
    try {
        item = co_await queue->get();
    } catch (const CancelledError &) {
        log->note(u"%1 raised, qsize=%2"_s.arg(name).arg(queue->qsize()));
        throw;
    }
    log->note(name + u" got "_s + item);
}

QCoro::Task<> putter(ck::AsyncQueue<QString> *queue, Log *log, QString name)
{
    try {
        co_await queue->put(name);
    } catch (const CancelledError &) {
        log->note(name + u" raised, full="_s + py(queue->full()));
        throw;
    }
    log->note(name + u" put"_s);
}

QCoro::Task<> eventWaiter(ck::AsyncEvent *event, Log *log, QString name)
{
    co_await event->wait();
    log->note(name + u" woke: True, is_set="_s + py(event->isSet()));
}

} // namespace

class TstAsyncSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lockNewcomerQueuesBehindTheWokenWaiter();
    void lockWokenWaiterCancelledHandsTheLockOn();
    void lockQueuedWaiterCancelledIsSkipped();
    void lockReleaseWhenUnlockedRaises();
    void conditionNotifyWakesInOrderAndReacquires();
    void conditionWaitCancelledReacquiresBeforeRaising();
    void conditionNotifiedWaiterCancelledLosesTheNotification();
    void conditionNotifySkipsWaitersAlreadyDone();
    void conditionWaitForRechecksThePredicate();
    void queueThreeProducersTwoWorkersMaxsizeTwo();
    void queueWokenGetterCancelledHandsTheItemOn();
    void queueWokenGetterFindingNothingQueuesAgain();
    void queueWokenPutterCancelledHandsTheSlotOn();
    void queueNowaitErrorsAndTaskDone();
    void eventClearKeepsAGivenWakeUp();
    void eventWaiterWokenThenCancelledRaises();
};

void TstAsyncSync::lockNewcomerQueuesBehindTheWokenWaiter()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    ck::AsyncLock lock(*s);
    auto main = [&]() -> QCoro::Task<> {
        co_await lock.acquire();
        auto first = ck::spawn(s, [&] { return lockUser(s, &lock, &log, u"a"_s, true); });
        co_await s->sleep(500ms);
        // Its first step runs before a resumes: it must queue behind a.
        auto newcomer = ck::spawn(s, [&] { return lockUser(s, &lock, &log, u"newcomer"_s, true); });
        lock.release();
        log.note(u"main released, locked="_s + py(lock.locked()));
        co_await waitAll(first, newcomer);
        log.note(u"locked="_s + py(lock.locked()));
    };
    cktest::runSync(main());
    recordTwin(u"lock_newcomer_queues_behind_the_woken_waiter"_s, log);
    QCOMPARE(
        log.lines(),
        QStringList({u"+0 t=0 a asks, locked=True"_s, u"+2 t=0.5 main released, locked=False"_s,
                     u"+3 t=0.5 newcomer asks, locked=False"_s, u"+3 t=0.5 a holds"_s,
                     u"+6 t=1.5 newcomer holds"_s, u"+10 t=2.5 locked=False"_s}));
    QCOMPARE(lock.waiters(), std::size_t(0));
}

void TstAsyncSync::lockWokenWaiterCancelledHandsTheLockOn()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    ck::AsyncLock lock(*s);
    auto main = [&]() -> QCoro::Task<> {
        co_await lock.acquire();
        auto first = ck::spawn(s, [&] { return lockUser(s, &lock, &log, u"a"_s, false); });
        auto second = ck::spawn(s, [&] { return lockUser(s, &lock, &log, u"b"_s, false); });
        co_await s->sleep(500ms);
        lock.release(); // a's future gets its result; a has not resumed yet
        log.note(u"release, cancel a -> %1 locked=%2"_s.arg(py(first.cancel()), py(lock.locked())));
        co_await waitAll(first, second);
        log.note(u"locked="_s + py(lock.locked()));
    };
    cktest::runSync(main());
    recordTwin(u"lock_woken_waiter_cancelled_hands_the_lock_on"_s, log);
    QCOMPARE(log.lines(), QStringList({u"+0 t=0.5 release, cancel a -> True locked=False"_s,
                                       u"+1 t=0.5 a raised, locked=False"_s, u"+2 t=0.5 b holds"_s,
                                       u"+6 t=1.5 locked=False"_s}));
}

void TstAsyncSync::lockQueuedWaiterCancelledIsSkipped()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    ck::AsyncLock lock(*s);
    auto user = [](Scheduler *s, ck::AsyncLock *lock, Log *log, QString name) {
        log->note(name + u" asks"_s);
        return lockUser(s, lock, log, name, false);
    };
    auto main = [&]() -> QCoro::Task<> {
        co_await lock.acquire();
        auto first = ck::spawn(s, [&] { return user(s, &lock, &log, u"a"_s); });
        auto second = ck::spawn(s, [&] { return user(s, &lock, &log, u"b"_s); });
        co_await s->sleep(500ms);
        log.note(u"cancel a -> "_s + py(first.cancel()));
        lock.release(); // the first waiter's future is done (cancelled): nobody is woken here
        auto newcomer = ck::spawn(s, [&] { return user(s, &lock, &log, u"c"_s); });
        co_await waitAll(first, second, newcomer);
        log.note(u"locked="_s + py(lock.locked()));
    };
    cktest::runSync(main());
    recordTwin(u"lock_queued_waiter_cancelled_is_skipped"_s, log);
    QCOMPARE(
        log.lines(),
        QStringList({u"+0 t=0 a asks"_s, u"+0 t=0 b asks"_s, u"+2 t=0.5 cancel a -> True"_s,
                     u"+3 t=0.5 a raised, locked=False"_s, u"+3 t=0.5 c asks"_s,
                     u"+4 t=0.5 b holds"_s, u"+7 t=1.5 c holds"_s, u"+11 t=2.5 locked=False"_s}));
}

void TstAsyncSync::lockReleaseWhenUnlockedRaises()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    ck::AsyncLock lock(*s);
    auto main = [&]() -> QCoro::Task<> {
        try {
            lock.release();
        } catch (const ck::SyncUsageError &error) {
            log.note(errorText(error));
        }
        co_await lock.acquire();
        lock.release();
        log.note(u"locked="_s + py(lock.locked()));
    };
    cktest::runSync(main());
    recordTwin(u"lock_release_when_unlocked_raises"_s, log);
    QCOMPARE(log.lines(), QStringList({u"+0 t=0 RuntimeError: Lock is not acquired."_s,
                                       u"+0 t=0 locked=False"_s}));
}

void TstAsyncSync::conditionNotifyWakesInOrderAndReacquires()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    ck::AsyncCondition condition(*s);
    auto main = [&]() -> QCoro::Task<> {
        auto w0 = ck::spawn(s, [&] { return conditionWaiter(s, &condition, &log, u"w0"_s); });
        auto w1 = ck::spawn(s, [&] { return conditionWaiter(s, &condition, &log, u"w1"_s); });
        auto w2 = ck::spawn(s, [&] { return conditionWaiter(s, &condition, &log, u"w2"_s); });
        co_await s->sleep(1s);
        co_await condition.acquire();
        condition.notify(2);
        log.note(u"notify(2)"_s);
        co_await s->sleep(500ms); // the notified ones wait for the lock meanwhile
        condition.release();
        log.note(u"main released"_s);
        co_await s->sleep(1s);
        co_await condition.acquire();
        condition.notifyAll();
        log.note(u"notify_all()"_s);
        condition.release();
        co_await waitAll(w0, w1, w2);
        log.note(u"locked="_s + py(condition.locked()));
    };
    cktest::runSync(main());
    recordTwin(u"condition_notify_wakes_in_order_and_reacquires"_s, log);
    QCOMPARE(log.lines(),
             QStringList({u"+0 t=0 w0 waits"_s, u"+0 t=0 w1 waits"_s, u"+0 t=0 w2 waits"_s,
                          u"+2 t=1 notify(2)"_s, u"+5 t=1.5 main released"_s,
                          u"+6 t=1.5 w0 woke, locked=True"_s, u"+9 t=1.75 w1 woke, locked=True"_s,
                          u"+13 t=2.5 notify_all()"_s, u"+14 t=2.5 w2 woke, locked=True"_s,
                          u"+18 t=2.75 locked=False"_s}));
    QCOMPARE(condition.waiters(), std::size_t(0));
}

void TstAsyncSync::conditionWaitCancelledReacquiresBeforeRaising()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    ck::AsyncCondition condition(*s);
    auto main = [&]() -> QCoro::Task<> {
        auto once =
            ck::spawn(s, [&] { return cancelledWaiter(&condition, &log, u"once"_s, true); });
        auto twice =
            ck::spawn(s, [&] { return cancelledWaiter(&condition, &log, u"twice"_s, true); });
        co_await s->sleep(500ms);
        co_await condition.acquire();
        log.note(u"cancel once -> %1, twice -> %2"_s.arg(py(once.cancel(u"stop"_s)),
                                                         py(twice.cancel(u"stop"_s))));
        co_await s->sleep(500ms);
        // While it waits for the lock.
        log.note(u"cancel twice again -> "_s + py(twice.cancel(u"again"_s)));
        co_await s->sleep(500ms);
        condition.release();
        log.note(u"main released"_s);
        co_await waitAll(once, twice);
        log.note(u"locked="_s + py(condition.locked()));
    };
    cktest::runSync(main());
    recordTwin(u"condition_wait_cancelled_reacquires_before_raising"_s, log);
    QCOMPARE(
        log.lines(),
        QStringList({u"+0 t=0.5 cancel once -> True, twice -> True"_s,
                     u"+3 t=1 cancel twice again -> True"_s, u"+6 t=1.5 main released"_s,
                     u"+7 t=1.5 once raised 'stop', locked=True"_s,
                     u"+8 t=1.5 twice raised '', locked=True"_s, u"+10 t=1.5 locked=False"_s}));
}

void TstAsyncSync::conditionNotifiedWaiterCancelledLosesTheNotification()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    ck::AsyncLock lock(*s);
    ck::AsyncCondition condition(lock); // over a lock of its user's
    auto main = [&]() -> QCoro::Task<> {
        auto first = ck::spawn(s, [&] { return cancelledWaiter(&condition, &log, u"a"_s, false); });
        auto second =
            ck::spawn(s, [&] { return cancelledWaiter(&condition, &log, u"b"_s, false); });
        co_await s->sleep(500ms);
        co_await condition.acquire();
        condition.notify(1);
        log.note(u"notify(1), cancel a -> "_s + py(first.cancel()));
        condition.release();
        co_await s->sleep(1s);
        log.note(u"b still waits: "_s + py(!second.isDone()));
        co_await condition.acquire();
        condition.notify();
        condition.release();
        co_await waitAll(first, second);
    };
    cktest::runSync(main());
    recordTwin(u"condition_notified_waiter_cancelled_loses_the_notification"_s, log);
    QCOMPARE(log.lines(),
             QStringList({u"+0 t=0.5 notify(1), cancel a -> True"_s, u"+1 t=0.5 a raised"_s,
                          u"+3 t=1.5 b still waits: True"_s, u"+4 t=1.5 b woke"_s}));
    QVERIFY(!lock.locked());
}

void TstAsyncSync::conditionNotifySkipsWaitersAlreadyDone()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    ck::AsyncCondition condition(*s);
    auto main = [&]() -> QCoro::Task<> {
        auto w0 = ck::spawn(s, [&] { return cancelledWaiter(&condition, &log, u"w0"_s, false); });
        auto w1 = ck::spawn(s, [&] { return cancelledWaiter(&condition, &log, u"w1"_s, false); });
        auto w2 = ck::spawn(s, [&] { return cancelledWaiter(&condition, &log, u"w2"_s, false); });
        auto w3 = ck::spawn(s, [&] { return cancelledWaiter(&condition, &log, u"w3"_s, false); });
        co_await s->sleep(500ms);
        co_await condition.acquire();
        log.note(u"cancel w0 -> "_s + py(w0.cancel()));
        condition.notify(1); // w0's future is cancelled: w1
        condition.notify(1); // w1's has its result: w2
        log.note(u"notify(1) twice"_s);
        condition.release();
        co_await s->sleep(1s);
        log.note(u"w3 still waits: "_s + py(!w3.isDone()));
        co_await condition.acquire();
        condition.notifyAll();
        condition.release();
        co_await waitAll(w0, w1, w2, w3);
    };
    cktest::runSync(main());
    recordTwin(u"condition_notify_skips_waiters_already_done"_s, log);
    QCOMPARE(log.lines(),
             QStringList({u"+0 t=0.5 cancel w0 -> True"_s, u"+0 t=0.5 notify(1) twice"_s,
                          u"+1 t=0.5 w0 raised"_s, u"+1 t=0.5 w1 woke"_s, u"+1 t=0.5 w2 woke"_s,
                          u"+3 t=1.5 w3 still waits: True"_s, u"+4 t=1.5 w3 woke"_s}));
}

void TstAsyncSync::conditionWaitForRechecksThePredicate()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    ck::AsyncCondition condition(*s);
    int items = 0;
    auto consumer = [](ck::AsyncCondition *condition, Log *log, int *items) -> QCoro::Task<> {
        co_await condition->acquire();
        const bool result = co_await condition->waitFor([items] { return *items >= 2; });
        log->note(u"predicate true: %1, items=%2"_s.arg(py(result)).arg(*items));
        condition->release();
    };
    auto main = [&]() -> QCoro::Task<> {
        auto task = ck::spawn(s, [&] { return consumer(&condition, &log, &items); });
        for (int round = 0; round < 2; ++round) {
            co_await s->sleep(1s);
            co_await condition.acquire();
            ++items;
            condition.notifyAll();
            log.note(u"notify_all, items=%1"_s.arg(items));
            condition.release();
        }
        co_await waitAll(task);
        try {
            condition.notify();
        } catch (const ck::SyncUsageError &error) {
            log.note(errorText(error));
        }
        try {
            co_await condition.wait();
        } catch (const ck::SyncUsageError &error) {
            log.note(errorText(error));
        }
    };
    cktest::runSync(main());
    recordTwin(u"condition_wait_for_rechecks_the_predicate"_s, log);
    QCOMPARE(log.lines(),
             QStringList({u"+0 t=1 notify_all, items=1"_s, u"+3 t=2 notify_all, items=2"_s,
                          u"+4 t=2 predicate true: True, items=2"_s,
                          u"+6 t=2 RuntimeError: cannot notify on un-acquired lock"_s,
                          u"+6 t=2 RuntimeError: cannot wait on un-acquired lock"_s}));
}

void TstAsyncSync::queueThreeProducersTwoWorkersMaxsizeTwo()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    ck::AsyncQueue<QString> queue(*s, 2);
    auto main = [&]() -> QCoro::Task<> {
        auto p0 = ck::spawn(s, [&] { return producer(&queue, &log, u"p0"_s, 2); });
        auto p1 = ck::spawn(s, [&] { return producer(&queue, &log, u"p1"_s, 2); });
        auto p2 = ck::spawn(s, [&] { return producer(&queue, &log, u"p2"_s, 2); });
        auto w0 = ck::spawn(s, [&] { return worker(s, &queue, &log, u"w0"_s); });
        auto w1 = ck::spawn(s, [&] { return worker(s, &queue, &log, u"w1"_s); });
        co_await waitAll(p0, p1, p2);
        log.note(u"producers done, qsize=%1 full=%2"_s.arg(queue.qsize()).arg(py(queue.full())));
        co_await queue.join();
        log.note(u"joined, empty="_s + py(queue.empty()));
        w0.cancel();
        w1.cancel();
        co_await waitAll(w0, w1);
        log.note(u"workers cancelled="_s + py(w0.isCancelled() && w1.isCancelled()));
    };
    cktest::runSync(main());
    recordTwin(u"queue_three_producers_two_workers_maxsize_two"_s, log);
    QCOMPARE(log.lines(),
             QStringList({u"+0 t=0 p0 put p0-0 qsize=1"_s, u"+0 t=0 p0 put p0-1 qsize=2"_s,
                          u"+0 t=0 w0 got p0-0"_s, u"+0 t=0 w1 got p0-1"_s,
                          u"+1 t=0 p1 put p1-0 qsize=1"_s, u"+1 t=0 p1 put p1-1 qsize=2"_s,
                          u"+4 t=1 w0 got p1-0"_s, u"+4 t=1 w1 got p1-1"_s,
                          u"+5 t=1 p2 put p2-0 qsize=1"_s, u"+5 t=1 p2 put p2-1 qsize=2"_s,
                          u"+7 t=1 producers done, qsize=2 full=True"_s, u"+9 t=2 w0 got p2-0"_s,
                          u"+9 t=2 w1 got p2-1"_s, u"+12 t=3 joined, empty=True"_s,
                          u"+13 t=3 w0 cancelled"_s, u"+13 t=3 w1 cancelled"_s,
                          u"+15 t=3 workers cancelled=True"_s}));
    QCOMPARE(queue.unfinishedTasks(), 0);
    QCOMPARE(queue.getters(), std::size_t(0));
    QCOMPARE(queue.putters(), std::size_t(0));
}

void TstAsyncSync::queueWokenGetterCancelledHandsTheItemOn()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    ck::AsyncQueue<QString> queue(*s);
    auto main = [&]() -> QCoro::Task<> {
        auto first = ck::spawn(s, [&] { return getter(&queue, &log, u"a"_s); });
        auto second = ck::spawn(s, [&] { return getter(&queue, &log, u"b"_s); });
        auto third = ck::spawn(s, [&] { return getter(&queue, &log, u"c"_s); });
        co_await s->sleep(500ms);
        queue.putNowait(u"x"_s); // wakes a
        log.note(u"put x, cancel a -> "_s + py(first.cancel()));
        co_await s->sleep(500ms);
        log.note(u"cancel c -> "_s + py(third.cancel())); // queued: skipped by the next put
        queue.putNowait(u"y"_s);
        log.note(u"put y"_s);
        co_await waitAll(first, second, third);
        log.note(u"qsize=%1"_s.arg(queue.qsize()));
    };
    cktest::runSync(main());
    recordTwin(u"queue_woken_getter_cancelled_hands_the_item_on"_s, log);
    QCOMPARE(log.lines(),
             QStringList({u"+0 t=0.5 put x, cancel a -> True"_s, u"+1 t=0.5 a raised, qsize=1"_s,
                          u"+2 t=0.5 b got x"_s, u"+4 t=1 cancel c -> True"_s, u"+4 t=1 put y"_s,
                          u"+5 t=1 c raised, qsize=1"_s, u"+7 t=1 qsize=1"_s}));
    QCOMPARE(queue.getters(), std::size_t(0));
}

void TstAsyncSync::queueWokenGetterFindingNothingQueuesAgain()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    ck::AsyncQueue<QString> queue(*s);
    auto main = [&]() -> QCoro::Task<> {
        auto task = ck::spawn(s, [&] { return getter(&queue, &log, u"getter"_s); });
        co_await s->sleep(500ms);
        queue.putNowait(u"x"_s); // wakes the getter, which then finds the queue empty
        log.note(u"put x, main took "_s + queue.getNowait());
        co_await s->sleep(500ms);
        queue.putNowait(u"y"_s);
        log.note(u"put y"_s);
        co_await waitAll(task);
    };
    cktest::runSync(main());
    recordTwin(u"queue_woken_getter_finding_nothing_queues_again"_s, log);
    QCOMPARE(log.lines(), QStringList({u"+0 t=0.5 put x, main took x"_s, u"+3 t=1 put y"_s,
                                       u"+4 t=1 getter got y"_s}));
}

void TstAsyncSync::queueWokenPutterCancelledHandsTheSlotOn()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    ck::AsyncQueue<QString> queue(*s, 1);
    queue.putNowait(u"held"_s);
    auto main = [&]() -> QCoro::Task<> {
        auto first = ck::spawn(s, [&] { return putter(&queue, &log, u"a"_s); });
        auto second = ck::spawn(s, [&] { return putter(&queue, &log, u"b"_s); });
        co_await s->sleep(500ms);
        const QString got = queue.getNowait();
        log.note(u"got %1, cancel a -> %2"_s.arg(got, py(first.cancel())));
        co_await waitAll(first, second);
        log.note(u"qsize=%1 full=%2"_s.arg(queue.qsize()).arg(py(queue.full())));
    };
    cktest::runSync(main());
    recordTwin(u"queue_woken_putter_cancelled_hands_the_slot_on"_s, log);
    QCOMPARE(log.lines(), QStringList({u"+0 t=0.5 got held, cancel a -> True"_s,
                                       u"+1 t=0.5 a raised, full=False"_s, u"+2 t=0.5 b put"_s,
                                       u"+4 t=0.5 qsize=1 full=True"_s}));
    QCOMPARE(queue.putters(), std::size_t(0));
}

void TstAsyncSync::queueNowaitErrorsAndTaskDone()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    ck::AsyncQueue<int> queue(*s, 1);
    auto main = [&]() -> QCoro::Task<> {
        log.note(u"maxsize=%1 empty=%2 full=%3"_s.arg(queue.maxsize())
                     .arg(py(queue.empty()), py(queue.full())));
        try {
            queue.getNowait();
        } catch (const ck::QueueEmpty &) {
            log.note(u"QueueEmpty"_s);
        }
        queue.putNowait(1);
        try {
            queue.putNowait(2);
        } catch (const ck::QueueFull &) {
            log.note(u"QueueFull"_s);
        }
        const bool full = queue.full();
        const std::size_t size = queue.qsize();
        log.note(u"qsize=%1 full=%2 got %3"_s.arg(size).arg(py(full)).arg(queue.getNowait()));
        queue.taskDone();
        try {
            queue.taskDone();
        } catch (const ck::SyncUsageError &error) {
            log.note(errorText(error));
        }
        co_await queue.join(); // nothing unfinished: returns at once
        log.note(u"joined"_s);
    };
    cktest::runSync(main());
    recordTwin(u"queue_nowait_errors_and_task_done"_s, log);
    QCOMPARE(log.lines(),
             QStringList({u"+0 t=0 maxsize=1 empty=True full=False"_s, u"+0 t=0 QueueEmpty"_s,
                          u"+0 t=0 QueueFull"_s, u"+0 t=0 qsize=1 full=True got 1"_s,
                          u"+0 t=0 ValueError: task_done() called too many times"_s,
                          u"+0 t=0 joined"_s}));
}

void TstAsyncSync::eventClearKeepsAGivenWakeUp()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    ck::AsyncEvent event(*s);
    auto main = [&]() -> QCoro::Task<> {
        auto first = ck::spawn(s, [&] { return eventWaiter(&event, &log, u"a"_s); });
        co_await s->sleep(500ms);
        event.set();
        event.clear(); // a's future already has its result
        log.note(u"set, clear: is_set="_s + py(event.isSet()));
        auto second = ck::spawn(s, [&] { return eventWaiter(&event, &log, u"b"_s); });
        co_await s->sleep(500ms);
        log.note(u"b still waits: "_s + py(!second.isDone()));
        event.set();
        log.note(u"set"_s);
        co_await event.wait(); // set: at once
        log.note(u"main passed"_s);
        co_await waitAll(first, second);
    };
    cktest::runSync(main());
    recordTwin(u"event_clear_keeps_a_given_wake_up"_s, log);
    QCOMPARE(log.lines(),
             QStringList({u"+0 t=0.5 set, clear: is_set=False"_s,
                          u"+1 t=0.5 a woke: True, is_set=False"_s, u"+3 t=1 b still waits: True"_s,
                          u"+3 t=1 set"_s, u"+3 t=1 main passed"_s,
                          u"+4 t=1 b woke: True, is_set=True"_s}));
}

void TstAsyncSync::eventWaiterWokenThenCancelledRaises()
{
    auto scheduler = virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    ck::AsyncEvent event(*s);
    auto waiter = [](ck::AsyncEvent *event, Log *log, QString name) -> QCoro::Task<> {
        try {
            co_await event->wait();
        } catch (const CancelledError &) {
            log->note(name + u" raised, is_set="_s + py(event->isSet()));
            throw;
        }
        log->note(name + u" woke"_s);
    };
    auto main = [&]() -> QCoro::Task<> {
        auto first = ck::spawn(s, [&] { return waiter(&event, &log, u"a"_s); });
        auto second = ck::spawn(s, [&] { return waiter(&event, &log, u"b"_s); });
        co_await s->sleep(500ms);
        event.set(); // both futures get their result
        log.note(u"set, cancel a -> "_s + py(first.cancel()));
        co_await waitAll(first, second);
        log.note(u"a cancelled="_s + py(first.isCancelled()));
    };
    cktest::runSync(main());
    recordTwin(u"event_waiter_woken_then_cancelled_raises"_s, log);
    QCOMPARE(log.lines(),
             QStringList({u"+0 t=0.5 set, cancel a -> True"_s, u"+1 t=0.5 a raised, is_set=True"_s,
                          u"+1 t=0.5 b woke"_s, u"+3 t=0.5 a cancelled=True"_s}));
}

QTEST_GUILESS_MAIN(TstAsyncSync)
#include "tst_asyncsync.moc"
