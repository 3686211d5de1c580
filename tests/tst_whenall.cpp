// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "coro/scheduler.h"
#include "coro/spawn.h"
#include "coro/virtualclock.h"
#include "coro/whenall.h"
#include "corotest.h"

#include <chrono>
#include <stdexcept>

using namespace std::chrono_literals;
using ck::Scheduler;

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

QCoro::Task<> failAfter(Scheduler *scheduler, std::chrono::nanoseconds delay, QString message,
                        std::chrono::nanoseconds *finishedAt)
{
    co_await scheduler->sleep(delay);
    *finishedAt = scheduler->now();
    throw std::runtime_error(message.toStdString());
}

QCoro::Task<> doneAfter(Scheduler *scheduler, std::chrono::nanoseconds delay,
                        std::chrono::nanoseconds *finishedAt)
{
    co_await scheduler->sleep(delay);
    *finishedAt = scheduler->now();
}

} // namespace

class TstWhenAll : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tupleGivesValuesInArgumentOrder();
    void tupleWaitsForAllThenRethrows();
    void vectorWaitsForAllThenRethrowsFirstInTime();
    void vectorOfFinishedTasksDoesNotSuspend();
    void spawnStartsOnNextIteration();
    void tupleTakesTasksWithoutValue();
    void spawnGivesTheBodysValue();
};

void TstWhenAll::tupleGivesValuesInArgumentOrder()
{
    Scheduler scheduler(std::make_unique<ck::VirtualClock>());
    const auto [coffee, bagel] = cktest::runSync(ck::whenAll(
        textAfter(&scheduler, 3s, QStringLiteral("Coffee ready")), valueAfter(&scheduler, 2s, 42)));
    QCOMPARE(coffee, QStringLiteral("Coffee ready"));
    QCOMPARE(bagel, 42);
    QCOMPARE(scheduler.now(), std::chrono::nanoseconds(3s)); // max, not sum
}

void TstWhenAll::tupleWaitsForAllThenRethrows()
{
    Scheduler scheduler(std::make_unique<ck::VirtualClock>());
    std::chrono::nanoseconds failedAt{-1};
    auto failing = [](Scheduler *s, std::chrono::nanoseconds *at) -> QCoro::Task<int> {
        co_await s->sleep(1s);
        *at = s->now();
        throw std::runtime_error("boom");
    };
    try {
        cktest::runSync(ck::whenAll(failing(&scheduler, &failedAt), valueAfter(&scheduler, 4s, 1)));
        QFAIL("whenAll should have rethrown");
    } catch (const std::runtime_error &error) {
        QCOMPARE(QString::fromUtf8(error.what()), QStringLiteral("boom"));
    }
    QCOMPARE(failedAt, std::chrono::nanoseconds(1s));
    QCOMPARE(scheduler.now(), std::chrono::nanoseconds(4s)); // the other task was awaited
}

void TstWhenAll::vectorWaitsForAllThenRethrowsFirstInTime()
{
    Scheduler scheduler(std::make_unique<ck::VirtualClock>());
    std::chrono::nanoseconds lateFail{-1}, earlyFail{-1}, done{-1};
    std::vector<QCoro::Task<>> tasks;
    tasks.push_back(failAfter(&scheduler, 3s, QStringLiteral("late"), &lateFail));
    tasks.push_back(failAfter(&scheduler, 1s, QStringLiteral("early"), &earlyFail));
    tasks.push_back(doneAfter(&scheduler, 5s, &done));
    try {
        cktest::runSync(ck::whenAll(std::move(tasks)));
        QFAIL("whenAll should have rethrown");
    } catch (const std::runtime_error &error) {
        QCOMPARE(QString::fromUtf8(error.what()), QStringLiteral("early"));
    }
    QCOMPARE(done, std::chrono::nanoseconds(5s));
    QCOMPARE(scheduler.now(), std::chrono::nanoseconds(5s));
}

void TstWhenAll::vectorOfFinishedTasksDoesNotSuspend()
{
    auto finished = []() -> QCoro::Task<> { co_return; };
    std::vector<QCoro::Task<>> tasks;
    tasks.push_back(finished());
    tasks.push_back(finished());
    auto all = ck::whenAll(std::move(tasks));
    QVERIFY(all.isReady());
}

void TstWhenAll::spawnStartsOnNextIteration()
{
    Scheduler scheduler(std::make_unique<ck::VirtualClock>());
    QStringList log;
    auto body = [](QStringList *out) -> QCoro::Task<> {
        out->append(QStringLiteral("body"));
        co_return;
    };
    auto task = ck::spawn(&scheduler, [&log, body] { return body(&log); });
    log.append(QStringLiteral("caller"));
    QVERIFY(!task.isReady());
    cktest::runSync(std::move(task));
    QCOMPARE(log, QStringList({QStringLiteral("caller"), QStringLiteral("body")}));
}

void TstWhenAll::tupleTakesTasksWithoutValue()
{
    Scheduler scheduler(std::make_unique<ck::VirtualClock>());
    std::chrono::nanoseconds done{-1};
    const auto [coffee, nothing] =
        cktest::runSync(ck::whenAll(textAfter(&scheduler, 1s, QStringLiteral("Coffee ready")),
                                    doneAfter(&scheduler, 2s, &done)));
    QCOMPARE(coffee, QStringLiteral("Coffee ready"));
    QVERIFY((std::is_same_v<std::remove_cv_t<decltype(nothing)>, std::monostate>));
    QCOMPARE(done, std::chrono::nanoseconds(2s));
}

void TstWhenAll::spawnGivesTheBodysValue()
{
    Scheduler scheduler(std::make_unique<ck::VirtualClock>());
    auto task = ck::spawn(&scheduler, [&scheduler] { return valueAfter(&scheduler, 1s, 7); });
    QVERIFY(!task.isReady());
    QCOMPARE(cktest::runSync(std::move(task)), 7);
    QCOMPARE(scheduler.now(), std::chrono::nanoseconds(1s));
}

QTEST_GUILESS_MAIN(TstWhenAll)
#include "tst_whenall.moc"
