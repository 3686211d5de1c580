// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "coro/ascompleted.h"
#include "coro/gatherawaiter.h"
#include "coro/scheduler.h"
#include "coro/spawn.h"
#include "coro/timeouterror.h"
#include "coro/waitawaiter.h"
#include "corotest.h"
#include "iterationlog.h"

#include <chrono>
#include <stdexcept>

using namespace std::chrono_literals;
using ck::Scheduler;
using Log = cktest::IterationLog;

// ck::GatherAwaiter (asyncio.gather), ck::AsCompleted and ck::wait against CPython 3.11. Each
// case has a twin in tests/oracle/composition_twins.py, run on the oracle's virtual-time loop;
// the expected lines are what the twin prints (see IterationLog). std::invalid_argument stands
// for ValueError.
namespace {

QCoro::Task<QString> step(Scheduler *s, Log *log, QString name, std::chrono::nanoseconds delay,
                          QString error = {})
{
    co_await s->sleep(delay);
    if (!error.isEmpty()) {
        log->note(name + QStringLiteral(" fails"));
        throw std::invalid_argument(error.toStdString());
    }
    log->note(name + QStringLiteral(" done"));
    co_return name;
}

QString shown(const std::exception_ptr &error)
{
    try {
        std::rethrow_exception(error);
    } catch (const std::invalid_argument &e) {
        return QStringLiteral("ValueError(%1)").arg(QString::fromUtf8(e.what()));
    } catch (const std::exception &e) {
        return QStringLiteral("?(%1)").arg(QString::fromUtf8(e.what()));
    }
}

// "{t0, t2}": the tasks at these indexes.
QString names(const std::vector<std::size_t> &indexes)
{
    QStringList named;
    for (const std::size_t index : indexes)
        named.append(QStringLiteral("t%1").arg(index));
    return QLatin1Char('{') + named.join(QStringLiteral(", ")) + QLatin1Char('}');
}

// asyncio.wait(tasks[i] for i in indexes).
QCoro::Task<> waitAll(const std::vector<ck::Task<QString>> &tasks,
                      const std::vector<std::size_t> &indexes)
{
    std::vector<ck::detail::TaskCore *> cores;
    for (const std::size_t index : indexes)
        cores.push_back(&tasks[index].core());
    ck::WaitAwaiter all(std::move(cores), ck::ReturnWhen::AllCompleted);
    co_await all.wait();
}

} // namespace

class TstComposition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gatherRaisesTheFirstFailureAtOnce();
    void gatherWithReturnExceptionsKeepsTheOrder();
    void asCompletedGivesTheFinishingOrder();
    void asCompletedTiesKeepTheFinishingOrder();
    void asCompletedWithATimeout();
    void waitFirstCompleted();
    void waitFirstException();
};

void TstComposition::gatherRaisesTheFirstFailureAtOnce()
{
    // The other child is not cancelled: its later line still comes.
    // gather_raises_the_first_failure_at_once
    //   +0 t=0 gather
    //   +3 t=1 a fails
    //   +5 t=1 raised ValueError(a failed)
    //   +7 t=3 b done
    //   +10 t=6 later
    auto scheduler = cktest::virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    cktest::runInTask(s, [&]() -> QCoro::Task<> {
        log.note(QStringLiteral("gather"));
        std::vector<ck::Task<QString>> children;
        children.push_back(ck::spawn(
            s, [&] { return step(s, &log, QStringLiteral("a"), 1s, QStringLiteral("a failed")); }));
        children.push_back(ck::spawn(s, [&] { return step(s, &log, QStringLiteral("b"), 3s); }));
        try {
            co_await ck::GatherAwaiter::of(children);
        } catch (const std::invalid_argument &error) {
            log.note(QStringLiteral("raised ValueError(%1)").arg(QString::fromUtf8(error.what())));
        }
        co_await s->sleep(5s);
        log.note(QStringLiteral("later"));
    });
    QCOMPARE(log.lines(),
             QStringList({QStringLiteral("+0 t=0 gather"), QStringLiteral("+3 t=1 a fails"),
                          QStringLiteral("+5 t=1 raised ValueError(a failed)"),
                          QStringLiteral("+7 t=3 b done"), QStringLiteral("+10 t=6 later")}));
}

void TstComposition::gatherWithReturnExceptionsKeepsTheOrder()
{
    // gather_with_return_exceptions_keeps_the_order
    //   +0 t=0 gather
    //   +3 t=1 c done
    //   +6 t=2 a fails
    //   +9 t=3 b done
    //   +11 t=3 results ValueError(a failed), b, c
    auto scheduler = cktest::virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    cktest::runInTask(s, [&]() -> QCoro::Task<> {
        log.note(QStringLiteral("gather"));
        std::vector<ck::Task<QString>> children;
        children.push_back(ck::spawn(
            s, [&] { return step(s, &log, QStringLiteral("a"), 2s, QStringLiteral("a failed")); }));
        children.push_back(ck::spawn(s, [&] { return step(s, &log, QStringLiteral("b"), 3s); }));
        children.push_back(ck::spawn(s, [&] { return step(s, &log, QStringLiteral("c"), 1s); }));
        const std::vector<std::exception_ptr> outcomes =
            co_await ck::GatherAwaiter::of(children, ck::GatherAwaiter::Mode::ReturnExceptions);
        QStringList results;
        for (std::size_t i = 0; i < outcomes.size(); ++i)
            results.append(outcomes[i] ? shown(outcomes[i]) : children[i].result());
        log.note(QStringLiteral("results ") + results.join(QStringLiteral(", ")));
    });
    QCOMPARE(log.lines(),
             QStringList({QStringLiteral("+0 t=0 gather"), QStringLiteral("+3 t=1 c done"),
                          QStringLiteral("+6 t=2 a fails"), QStringLiteral("+9 t=3 b done"),
                          QStringLiteral("+11 t=3 results ValueError(a failed), b, c")}));
}

void TstComposition::asCompletedGivesTheFinishingOrder()
{
    // as_completed_gives_the_finishing_order
    //   +0 t=0 as_completed
    //   +3 t=1 b done
    //   +5 t=1 got b
    //   +7 t=2 c done
    //   +9 t=2 got c
    //   +11 t=3 a done
    //   +13 t=3 got a
    auto scheduler = cktest::virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    cktest::runInTask(s, [&]() -> QCoro::Task<> {
        std::vector<ck::Task<QString>> tasks;
        tasks.push_back(ck::spawn(s, [&] { return step(s, &log, QStringLiteral("a"), 3s); }));
        tasks.push_back(ck::spawn(s, [&] { return step(s, &log, QStringLiteral("b"), 1s); }));
        tasks.push_back(ck::spawn(s, [&] { return step(s, &log, QStringLiteral("c"), 2s); }));
        log.note(QStringLiteral("as_completed"));
        ck::AsCompleted<QString> completed(tasks);
        for (std::size_t i = 0; i < completed.size(); ++i) {
            const QString value = co_await completed.next();
            log.note(QStringLiteral("got ") + value);
        }
    });
    QCOMPARE(log.lines(),
             QStringList({QStringLiteral("+0 t=0 as_completed"), QStringLiteral("+3 t=1 b done"),
                          QStringLiteral("+5 t=1 got b"), QStringLiteral("+7 t=2 c done"),
                          QStringLiteral("+9 t=2 got c"), QStringLiteral("+11 t=3 a done"),
                          QStringLiteral("+13 t=3 got a")}));
}

void TstComposition::asCompletedTiesKeepTheFinishingOrder()
{
    // Two tasks done in one iteration: both are queued before the consumer wakes, and come out
    // in the order they finished (asyncio.Queue is FIFO).
    // as_completed_ties_keep_the_finishing_order
    //   +0 t=0 as_completed
    //   +3 t=1 b done
    //   +3 t=1 c done
    //   +5 t=1 got b
    //   +5 t=1 got c
    //   +7 t=2 a done
    //   +9 t=2 got a
    auto scheduler = cktest::virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    cktest::runInTask(s, [&]() -> QCoro::Task<> {
        std::vector<ck::Task<QString>> tasks;
        tasks.push_back(ck::spawn(s, [&] { return step(s, &log, QStringLiteral("a"), 2s); }));
        tasks.push_back(ck::spawn(s, [&] { return step(s, &log, QStringLiteral("b"), 1s); }));
        tasks.push_back(ck::spawn(s, [&] { return step(s, &log, QStringLiteral("c"), 1s); }));
        log.note(QStringLiteral("as_completed"));
        ck::AsCompleted<QString> completed(tasks);
        for (std::size_t i = 0; i < completed.size(); ++i) {
            const QString value = co_await completed.next();
            log.note(QStringLiteral("got ") + value);
        }
    });
    QCOMPARE(log.lines(),
             QStringList({QStringLiteral("+0 t=0 as_completed"), QStringLiteral("+3 t=1 b done"),
                          QStringLiteral("+3 t=1 c done"), QStringLiteral("+5 t=1 got b"),
                          QStringLiteral("+5 t=1 got c"), QStringLiteral("+7 t=2 a done"),
                          QStringLiteral("+9 t=2 got a")}));
}

void TstComposition::asCompletedWithATimeout()
{
    // as_completed_with_a_timeout
    //   +0 t=0 as_completed
    //   +3 t=1 b done
    //   +5 t=1 got b
    //   +7 t=2 TimeoutError
    //   +10 t=3 a done
    auto scheduler = cktest::virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    cktest::runInTask(s, [&]() -> QCoro::Task<> {
        std::vector<ck::Task<QString>> tasks;
        tasks.push_back(ck::spawn(s, [&] { return step(s, &log, QStringLiteral("a"), 3s); }));
        tasks.push_back(ck::spawn(s, [&] { return step(s, &log, QStringLiteral("b"), 1s); }));
        log.note(QStringLiteral("as_completed"));
        try {
            ck::AsCompleted<QString> completed(tasks, 2s);
            for (std::size_t i = 0; i < completed.size(); ++i) {
                const QString value = co_await completed.next();
                log.note(QStringLiteral("got ") + value);
            }
        } catch (const ck::TimeoutError &) {
            log.note(QStringLiteral("TimeoutError"));
        }
        const std::vector<std::size_t> both{0, 1};
        co_await waitAll(tasks, both);
    });
    QCOMPARE(log.lines(),
             QStringList({QStringLiteral("+0 t=0 as_completed"), QStringLiteral("+3 t=1 b done"),
                          QStringLiteral("+5 t=1 got b"), QStringLiteral("+7 t=2 TimeoutError"),
                          QStringLiteral("+10 t=3 a done")}));
}

void TstComposition::waitFirstCompleted()
{
    // wait_first_completed
    //   +0 t=0 wait
    //   +3 t=1 b done
    //   +5 t=1 done={t1} pending={t0, t2}
    //   +7 t=2 c done
    //   +10 t=3 a done
    //   +12 t=3 all done
    auto scheduler = cktest::virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    cktest::runInTask(s, [&]() -> QCoro::Task<> {
        std::vector<ck::Task<QString>> tasks;
        tasks.push_back(ck::spawn(s, [&] { return step(s, &log, QStringLiteral("a"), 3s); }));
        tasks.push_back(ck::spawn(s, [&] { return step(s, &log, QStringLiteral("b"), 1s); }));
        tasks.push_back(ck::spawn(s, [&] { return step(s, &log, QStringLiteral("c"), 2s); }));
        log.note(QStringLiteral("wait"));
        const ck::WaitResult result = co_await ck::wait(tasks, ck::ReturnWhen::FirstCompleted);
        log.note(
            QStringLiteral("done=%1 pending=%2").arg(names(result.done), names(result.pending)));
        co_await waitAll(tasks, result.pending);
        log.note(QStringLiteral("all done"));
    });
    QCOMPARE(log.lines(),
             QStringList({QStringLiteral("+0 t=0 wait"), QStringLiteral("+3 t=1 b done"),
                          QStringLiteral("+5 t=1 done={t1} pending={t0, t2}"),
                          QStringLiteral("+7 t=2 c done"), QStringLiteral("+10 t=3 a done"),
                          QStringLiteral("+12 t=3 all done")}));
}

void TstComposition::waitFirstException()
{
    // wait_first_exception
    //   +0 t=0 wait
    //   +3 t=1 a done
    //   +6 t=2 b fails
    //   +8 t=2 done={t0, t1} pending={t2}
    //   +10 t=5 c done
    auto scheduler = cktest::virtualScheduler();
    Scheduler *s = scheduler.get();
    Log log(s);
    cktest::runInTask(s, [&]() -> QCoro::Task<> {
        std::vector<ck::Task<QString>> tasks;
        tasks.push_back(ck::spawn(s, [&] { return step(s, &log, QStringLiteral("a"), 1s); }));
        tasks.push_back(ck::spawn(
            s, [&] { return step(s, &log, QStringLiteral("b"), 2s, QStringLiteral("b failed")); }));
        tasks.push_back(ck::spawn(s, [&] { return step(s, &log, QStringLiteral("c"), 5s); }));
        log.note(QStringLiteral("wait"));
        const ck::WaitResult result = co_await ck::wait(tasks, ck::ReturnWhen::FirstException);
        log.note(
            QStringLiteral("done=%1 pending=%2").arg(names(result.done), names(result.pending)));
        co_await waitAll(tasks, result.pending);
    });
    QCOMPARE(log.lines(),
             QStringList({QStringLiteral("+0 t=0 wait"), QStringLiteral("+3 t=1 a done"),
                          QStringLiteral("+6 t=2 b fails"),
                          QStringLiteral("+8 t=2 done={t0, t1} pending={t2}"),
                          QStringLiteral("+10 t=5 c done")}));
}

QTEST_GUILESS_MAIN(TstComposition)
#include "tst_composition.moc"
