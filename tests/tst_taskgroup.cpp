// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "coro/cancellederror.h"
#include "coro/exceptiongroup.h"
#include "coro/scheduler.h"
#include "coro/spawn.h"
#include "coro/taskgroup.h"
#include "coro/waitawaiter.h"
#include "corotest.h"
#include "iterationlog.h"

#include <chrono>
#include <stdexcept>

using namespace std::chrono_literals;
using ck::CancelledError;
using ck::Scheduler;
using cktest::py;
using Log = cktest::IterationLog;

// ck::TaskGroup (asyncio.TaskGroup) against CPython 3.11. Each case has a twin in
// tests/oracle/taskgroup_twins.py, run on the oracle's virtual-time loop; the expected lines
// are what the twin prints (see IterationLog). std::invalid_argument stands for ValueError.
namespace {

QCoro::Task<QString> child(Scheduler *s, Log *log, QString name, std::chrono::nanoseconds delay,
                           QString error = {})
{
    try {
        co_await s->sleep(delay);
    } catch (const CancelledError &) {
        log->note(name + QStringLiteral(" raised CancelledError"));
        throw;
    }
    if (!error.isEmpty()) {
        log->note(name + QStringLiteral(" fails"));
        throw std::invalid_argument(error.toStdString());
    }
    log->note(name + QStringLiteral(" done"));
    co_return name;
}

// "ExceptionGroup 2: ValueError(a failed), ValueError(b failed)"
QString describe(const ck::ExceptionGroup &group)
{
    QStringList members;
    for (const std::exception_ptr &error : group.exceptions()) {
        try {
            std::rethrow_exception(error);
        } catch (const std::invalid_argument &e) {
            members.append(QStringLiteral("ValueError(%1)").arg(QString::fromUtf8(e.what())));
        } catch (const std::exception &e) {
            members.append(QStringLiteral("?(%1)").arg(QString::fromUtf8(e.what())));
        }
    }
    return QStringLiteral("ExceptionGroup %1: %2")
        .arg(group.exceptions().size())
        .arg(members.join(QStringLiteral(", ")));
}

QCoro::Task<> waitAll(ck::Task<> &task)
{
    ck::WaitAwaiter all(std::vector<ck::detail::TaskCore *>{&task.core()},
                        ck::ReturnWhen::AllCompleted);
    co_await all.wait();
}

} // namespace

class TstTaskGroup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneChildFails();
    void twoChildrenFailAtOnce();
    void theBodyFails();
    void exitWaitsForEveryChild();
    void parentCancelledFromOutside();
    void createTaskOutsideTheGroupIsRefused();
};

void TstTaskGroup::oneChildFails()
{
    // one_child_fails
    //   +0 t=0 enter
    //   +3 t=1 a fails
    //   +5 t=1 b raised CancelledError
    //   +5 t=1 body raised CancelledError
    //   +7 t=1 ExceptionGroup 1: ValueError(a failed)
    //   +7 t=1 cancelling=0
    auto scheduler = cktest::virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    cktest::runInTask(s, [&]() -> QCoro::Task<> {
        log.note(QStringLiteral("enter"));
        try {
            co_await ck::withTaskGroup(*s, [&](ck::TaskGroup &group) -> QCoro::Task<> {
                group.createTask([&] {
                    return child(s, &log, QStringLiteral("a"), 1s, QStringLiteral("a failed"));
                });
                group.createTask([&] { return child(s, &log, QStringLiteral("b"), 5s); });
                try {
                    co_await s->sleep(10s);
                } catch (const CancelledError &) {
                    log.note(QStringLiteral("body raised CancelledError"));
                    throw;
                }
            });
        } catch (const ck::ExceptionGroup &error) {
            log.note(describe(error));
        }
        log.note(QStringLiteral("cancelling=%1").arg(s->currentTask()->cancelling()));
    });
    QCOMPARE(log.lines(),
             QStringList({QStringLiteral("+0 t=0 enter"), QStringLiteral("+3 t=1 a fails"),
                          QStringLiteral("+5 t=1 b raised CancelledError"),
                          QStringLiteral("+5 t=1 body raised CancelledError"),
                          QStringLiteral("+7 t=1 ExceptionGroup 1: ValueError(a failed)"),
                          QStringLiteral("+7 t=1 cancelling=0")}));
}

void TstTaskGroup::twoChildrenFailAtOnce()
{
    // two_children_fail_at_once
    //   +0 t=0 enter
    //   +3 t=1 a fails
    //   +3 t=1 b fails
    //   +5 t=1 c raised CancelledError
    //   +7 t=1 ExceptionGroup 2: ValueError(a failed), ValueError(b failed)
    auto scheduler = cktest::virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    cktest::runInTask(s, [&]() -> QCoro::Task<> {
        log.note(QStringLiteral("enter"));
        try {
            co_await ck::withTaskGroup(*s, [&](ck::TaskGroup &group) -> QCoro::Task<> {
                group.createTask([&] {
                    return child(s, &log, QStringLiteral("a"), 1s, QStringLiteral("a failed"));
                });
                group.createTask([&] {
                    return child(s, &log, QStringLiteral("b"), 1s, QStringLiteral("b failed"));
                });
                group.createTask([&] { return child(s, &log, QStringLiteral("c"), 5s); });
                co_return;
            });
        } catch (const ck::ExceptionGroup &error) {
            log.note(describe(error));
        }
    });
    QCOMPARE(log.lines(),
             QStringList({QStringLiteral("+0 t=0 enter"), QStringLiteral("+3 t=1 a fails"),
                          QStringLiteral("+3 t=1 b fails"),
                          QStringLiteral("+5 t=1 c raised CancelledError"),
                          QStringLiteral("+7 t=1 ExceptionGroup 2: ValueError(a failed), "
                                         "ValueError(b failed)")}));
}

void TstTaskGroup::theBodyFails()
{
    // the_body_fails
    //   +0 t=0 enter
    //   +3 t=1 body fails
    //   +4 t=1 a raised CancelledError
    //   +6 t=1 ExceptionGroup 1: ValueError(body failed)
    auto scheduler = cktest::virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    cktest::runInTask(s, [&]() -> QCoro::Task<> {
        log.note(QStringLiteral("enter"));
        try {
            co_await ck::withTaskGroup(*s, [&](ck::TaskGroup &group) -> QCoro::Task<> {
                group.createTask([&] { return child(s, &log, QStringLiteral("a"), 5s); });
                co_await s->sleep(1s);
                log.note(QStringLiteral("body fails"));
                throw std::invalid_argument("body failed");
            });
        } catch (const ck::ExceptionGroup &error) {
            log.note(describe(error));
        }
    });
    QCOMPARE(log.lines(),
             QStringList({QStringLiteral("+0 t=0 enter"), QStringLiteral("+3 t=1 body fails"),
                          QStringLiteral("+4 t=1 a raised CancelledError"),
                          QStringLiteral("+6 t=1 ExceptionGroup 1: ValueError(body failed)")}));
}

void TstTaskGroup::exitWaitsForEveryChild()
{
    // exit_waits_for_every_child
    //   +0 t=0 enter
    //   +0 t=0 body ends
    //   +3 t=1 b done
    //   +6 t=2 a done
    //   +8 t=2 left: a b
    auto scheduler = cktest::virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    cktest::runInTask(s, [&]() -> QCoro::Task<> {
        log.note(QStringLiteral("enter"));
        ck::TaskGroup group(*s);
        group.enter();
        ck::Task<QString> &first =
            group.createTask([&] { return child(s, &log, QStringLiteral("a"), 2s); });
        ck::Task<QString> &second =
            group.createTask([&] { return child(s, &log, QStringLiteral("b"), 1s); });
        log.note(QStringLiteral("body ends"));
        co_await group.exit(nullptr);
        log.note(QStringLiteral("left: %1 %2").arg(first.result(), second.result()));
    });
    QCOMPARE(log.lines(),
             QStringList({QStringLiteral("+0 t=0 enter"), QStringLiteral("+0 t=0 body ends"),
                          QStringLiteral("+3 t=1 b done"), QStringLiteral("+6 t=2 a done"),
                          QStringLiteral("+8 t=2 left: a b")}));
}

void TstTaskGroup::parentCancelledFromOutside()
{
    // parent_cancelled_from_outside
    //   +0 t=1 cancel -> True
    //   +2 t=1 a raised CancelledError
    //   +4 t=1 parent raised CancelledError
    //   +6 t=1 cancelled=True
    auto scheduler = cktest::virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    cktest::runInTask(s, [&]() -> QCoro::Task<> {
        auto parent = ck::spawn(s, [&]() -> QCoro::Task<> {
            try {
                co_await ck::withTaskGroup(*s, [&](ck::TaskGroup &group) -> QCoro::Task<> {
                    group.createTask([&] { return child(s, &log, QStringLiteral("a"), 5s); });
                    co_await s->sleep(10s);
                });
            } catch (const CancelledError &) {
                log.note(QStringLiteral("parent raised CancelledError"));
                throw;
            }
        });
        co_await s->sleep(1s);
        log.note(QStringLiteral("cancel -> ") + py(parent.cancel()));
        co_await waitAll(parent);
        log.note(QStringLiteral("cancelled=") + py(parent.isCancelled()));
    });
    QCOMPARE(log.lines(), QStringList({QStringLiteral("+0 t=1 cancel -> True"),
                                       QStringLiteral("+2 t=1 a raised CancelledError"),
                                       QStringLiteral("+4 t=1 parent raised CancelledError"),
                                       QStringLiteral("+6 t=1 cancelled=True")}));
}

void TstTaskGroup::createTaskOutsideTheGroupIsRefused()
{
    // taskgroups.py 138-143: RuntimeError in Python.
    auto scheduler = cktest::virtualScheduler();
    Scheduler *s = scheduler.get();
    ck::TaskGroup group(*s);
    QVERIFY_THROWS_EXCEPTION(std::logic_error,
                             group.createTask([s]() -> QCoro::Task<> { co_await s->sleep(1s); }));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, group.enter()); // no parent task
}

QTEST_GUILESS_MAIN(TstTaskGroup)
#include "tst_taskgroup.moc"
