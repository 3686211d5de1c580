// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "teach/receivingcoroutine.h"

#include <functional>
#include <memory>
#include <stdexcept>
#include <vector>

using ck::receive;
using ck::ReceivingCoroutine;

namespace {

// Counts itself, so a test sees whether a coroutine frame (and what is in it) still exists.
struct Alive
{
    explicit Alive(int *count) : count(count) { ++*count; }
    ~Alive() { --*count; }
    Alive(const Alive &) = delete;
    Alive &operator=(const Alive &) = delete;
    int *count;
};

// The seed's number_coroutine with a running total, so its state across entries shows.
ReceivingCoroutine<int> summing(std::vector<int> *seen, int *alive)
{
    Alive guard(alive);
    int total = 0;
    seen->push_back(-1); // reached the loop: the start ran
    for (;;) {
        const int x = co_await receive();
        total += x;
        seen->push_back(total);
    }
}

// Receives values until a zero, then ends.
ReceivingCoroutine<int> untilZero(std::vector<int> *seen)
{
    for (;;) {
        const int x = co_await receive();
        if (x == 0)
            co_return;
        seen->push_back(x);
    }
}

ReceivingCoroutine<int> throwing()
{
    const int x = co_await receive();
    if (x < 0)
        throw std::runtime_error("negative");
}

ReceivingCoroutine<std::unique_ptr<int>> owning(int *last)
{
    for (;;) {
        std::unique_ptr<int> value = co_await receive();
        *last = *value;
    }
}

// Sends into itself while it runs, through the pointer it is given.
ReceivingCoroutine<int> reentrant(ReceivingCoroutine<int> **self, QString *error)
{
    co_await receive();
    try {
        (*self)->send(2);
    } catch (const std::logic_error &e) {
        *error = QString::fromUtf8(e.what());
    }
}

QString failureOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const std::logic_error &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

} // namespace

class TstReceivingCoroutine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingRunsBeforeStart();
    void startRunsToTheFirstReceive();
    void sentValuesArriveInOrderAndStateSurvives();
    void aBodyThatEndsIsDone();
    void misuseThrows();
    void sendingIntoARunningCoroutineThrows();
    void exceptionsComeOutOfSend();
    void theOwnerDestroysTheFrame();
    void moveOnlyValues();
    void movingHandsOverTheFrame();
};

void TstReceivingCoroutine::nothingRunsBeforeStart()
{
    std::vector<int> seen;
    int alive = 0;
    auto co = summing(&seen, &alive);
    QVERIFY(co.isValid());
    QVERIFY(!co.isStarted());
    QVERIFY(!co.isReceiving());
    QVERIFY(!co.isDone());
    QVERIFY(seen.empty());
    QCOMPARE(alive, 0);
}

void TstReceivingCoroutine::startRunsToTheFirstReceive()
{
    std::vector<int> seen;
    int alive = 0;
    auto co = summing(&seen, &alive);
    co.start();
    QVERIFY(co.isStarted());
    QVERIFY(co.isReceiving());
    QCOMPARE(seen, std::vector<int>{-1});
    QCOMPARE(alive, 1);
}

void TstReceivingCoroutine::sentValuesArriveInOrderAndStateSurvives()
{
    std::vector<int> seen;
    int alive = 0;
    auto co = summing(&seen, &alive);
    co.start();
    co.send(1);
    co.send(2);
    co.send(3);
    QCOMPARE(seen, (std::vector<int>{-1, 1, 3, 6})); // `total` kept its value between sends
    QVERIFY(co.isReceiving());
    QVERIFY(!co.isDone());
}

void TstReceivingCoroutine::aBodyThatEndsIsDone()
{
    std::vector<int> seen;
    auto co = untilZero(&seen);
    co.start();
    co.send(4);
    co.send(0);
    QVERIFY(co.isDone());
    QVERIFY(!co.isReceiving());
    QCOMPARE(seen, std::vector<int>{4});
}

void TstReceivingCoroutine::misuseThrows()
{
    std::vector<int> seen;
    auto co = untilZero(&seen);
    QCOMPARE(failureOf([&] { co.send(1); }),
             QStringLiteral("ReceivingCoroutine: send before start"));
    co.start();
    QCOMPARE(failureOf([&] { co.start(); }), QStringLiteral("ReceivingCoroutine: already started"));
    co.send(0);
    QCOMPARE(failureOf([&] { co.send(1); }),
             QStringLiteral("ReceivingCoroutine: send into a finished coroutine"));
    auto other = std::move(co);
    QCOMPARE(failureOf([&] { co.start(); }),
             QStringLiteral("ReceivingCoroutine: no coroutine (moved from)"));
    QVERIFY(seen.empty());
}

void TstReceivingCoroutine::sendingIntoARunningCoroutineThrows()
{
    ReceivingCoroutine<int> *self = nullptr;
    QString error;
    auto co = reentrant(&self, &error);
    self = &co;
    co.start();
    co.send(1);
    QCOMPARE(error, QStringLiteral("ReceivingCoroutine: already running"));
    QVERIFY(co.isDone());
}

void TstReceivingCoroutine::exceptionsComeOutOfSend()
{
    auto co = throwing();
    co.start();
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, co.send(-1));
    QVERIFY(co.isDone());
}

void TstReceivingCoroutine::theOwnerDestroysTheFrame()
{
    std::vector<int> seen;
    int alive = 0;
    {
        auto co = summing(&seen, &alive);
        co.start();
        co.send(5);
        QCOMPARE(alive, 1);
    } // paused at receive(): the frame and its locals go with the owner, like Python's close()
    QCOMPARE(alive, 0);
    {
        auto co = summing(&seen, &alive);
    } // never started: the frame still goes
    QCOMPARE(alive, 0);
}

void TstReceivingCoroutine::moveOnlyValues()
{
    int last = 0;
    auto co = owning(&last);
    co.start();
    co.send(std::make_unique<int>(7));
    QCOMPARE(last, 7);
    co.send(std::make_unique<int>(8));
    QCOMPARE(last, 8);
}

void TstReceivingCoroutine::movingHandsOverTheFrame()
{
    std::vector<int> seen;
    int alive = 0;
    auto first = summing(&seen, &alive);
    first.start();
    first.send(2);
    ReceivingCoroutine<int> second = std::move(first);
    QVERIFY(!first.isValid());
    QVERIFY(!first.isStarted());
    QVERIFY(second.isStarted());
    second.send(3);
    QCOMPARE(seen, (std::vector<int>{-1, 2, 5}));
    second = summing(&seen, &alive); // the old frame goes, the new one has not started
    QCOMPARE(alive, 0);
    QVERIFY(!second.isStarted());
}

QTEST_GUILESS_MAIN(TstReceivingCoroutine)
#include "tst_receivingcoroutine.moc"
