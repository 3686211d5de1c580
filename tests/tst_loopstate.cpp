// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "runharness.h"
#include "teach/loopstate.h"

using State = ck::CoroutineState::State;
using namespace std::chrono_literals;

namespace {

// The loop state after the first `count` events of the run.
ck::LoopState stateAfter(const ck::Recorder &recorder, std::size_t count)
{
    ck::LoopState state(recorder);
    for (std::size_t i = 0; i < count; ++i)
        state.apply(recorder.loopEvents()[i]);
    return state;
}

// The index just past the first event of `kind` on `lane` (at or after `from`).
std::size_t after(const ck::Recorder &recorder, int lane, ck::LoopEvent::Kind kind,
                  std::size_t from = 0)
{
    const auto &events = recorder.loopEvents();
    for (std::size_t i = from; i < events.size(); ++i) {
        if (events[i].lane == lane && events[i].kind == kind)
            return i + 1;
    }
    throw std::runtime_error("no such event");
}

const char *kBlocking = R"({"format":"corokitchen-scenario/1","id":"b","title":"b",
    "tasks":[{"name":"slow","steps":[{"wait":0.5},{"block":2}]},
             {"name":"fast","steps":[{"wait":1}]}]})";

} // namespace

class TstLoopState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createdTasksQueueUp();
    void idleWithTwoTimers();
    void firedTimerIsReadyThenRuns();
    void gatherWakesMainWhenAllAreDone();
    void blockingHoldsTheLoop();
    void heartbeatSeesTheBlock();
    void heartbeatLeavesTheOrderAlone_data();
    void heartbeatLeavesTheOrderAlone();
    void everythingEndsDone();
};

void TstLoopState::createdTasksQueueUp()
{
    cktest::VirtualRun run(cktest::builtin(QStringLiteral("kitchen")),
                           cktest::mode(QStringLiteral("gather")), true);
    const auto &recorder = run.recorder();
    // main has created both tasks and suspended at the gather
    const ck::LoopState state = stateAfter(recorder, 4);
    QCOMPARE(state.readyQueue(), (std::vector<int>{0, 1}));
    QCOMPARE(state.coroutine(ck::kMainLane).state, State::Awaiting);
    QCOMPARE(state.coroutine(ck::kMainLane).awaiting,
             QStringLiteral("asyncio.gather(brewCoffee(), toastBagel())"));
    QCOMPARE(state.coroutine(0).state, State::Ready);
    QVERIFY(!state.isIdle());
}

void TstLoopState::idleWithTwoTimers()
{
    cktest::VirtualRun run(cktest::builtin(QStringLiteral("kitchen")),
                           cktest::mode(QStringLiteral("gather")), true);
    const auto &recorder = run.recorder();
    const ck::LoopState state =
        stateAfter(recorder, after(recorder, 1, ck::LoopEvent::Kind::Suspended));
    using Timer = std::pair<int, std::chrono::nanoseconds>;
    QCOMPARE(state.timers(), (std::vector<Timer>{{1, 2s}, {0, 3s}}));
    QVERIFY(state.readyQueue().empty());
    QCOMPARE(state.current(), ck::LoopState::kNobody);
    QVERIFY(state.isIdle());
    QCOMPARE(state.coroutine(0).state, State::OnTimer);
    QCOMPARE(state.coroutine(0).awaiting, QStringLiteral("asyncio.sleep(3)"));
    QCOMPARE(state.coroutine(0).location, ck::CodeLocation::task(0, 1));
}

void TstLoopState::firedTimerIsReadyThenRuns()
{
    cktest::VirtualRun run(cktest::builtin(QStringLiteral("kitchen")),
                           cktest::mode(QStringLiteral("gather")), true);
    const auto &recorder = run.recorder();
    const std::size_t fired = after(recorder, 1, ck::LoopEvent::Kind::Ready);
    ck::LoopState state = stateAfter(recorder, fired);
    QCOMPARE(state.time(), 2s);
    QCOMPARE(state.readyQueue(), std::vector<int>{1});
    QCOMPARE(state.coroutine(1).state, State::Ready);
    QCOMPARE(state.timers().size(), std::size_t(1));
    state.apply(recorder.loopEvents()[fired]);
    QCOMPARE(state.coroutine(1).state, State::Running);
    QCOMPARE(state.current(), 1);
    QVERIFY(state.readyQueue().empty());
}

void TstLoopState::gatherWakesMainWhenAllAreDone()
{
    cktest::VirtualRun run(cktest::builtin(QStringLiteral("kitchen")),
                           cktest::mode(QStringLiteral("gather")), true);
    const auto &recorder = run.recorder();
    const ck::LoopState afterBagel =
        stateAfter(recorder, after(recorder, 1, ck::LoopEvent::Kind::Finished));
    QCOMPARE(afterBagel.coroutine(1).state, State::Done);
    QCOMPARE(afterBagel.coroutine(ck::kMainLane).state, State::Awaiting);
    const ck::LoopState afterCoffee =
        stateAfter(recorder, after(recorder, 0, ck::LoopEvent::Kind::Finished));
    QCOMPARE(afterCoffee.coroutine(ck::kMainLane).state, State::Ready);
    QCOMPARE(afterCoffee.readyQueue(), std::vector<int>{ck::kMainLane});
}

void TstLoopState::blockingHoldsTheLoop()
{
    cktest::VirtualRun run(cktest::fromJson(kBlocking), cktest::mode(QStringLiteral("gather")),
                           true);
    const auto &recorder = run.recorder();
    const ck::LoopState state =
        stateAfter(recorder, after(recorder, 0, ck::LoopEvent::Kind::Blocked));
    QVERIFY(state.isBlocked());
    QCOMPARE(state.current(), 0);
    QCOMPARE(state.coroutine(0).deadline, 2500ms);
    QVERIFY(!state.isIdle());
    // fast's timer came due during the block: it is still pending, not run
    QCOMPARE(state.coroutine(1).state, State::OnTimer);
}

void TstLoopState::heartbeatSeesTheBlock()
{
    cktest::VirtualRun run(cktest::fromJson(kBlocking), cktest::mode(QStringLiteral("gather")),
                           true);
    const auto &samples = run.recorder().lagSamples();
    QCOMPARE(samples.size(), std::size_t(10)); // 0.05 s to 0.45 s, and the late one
    const auto worst = std::max_element(samples.begin(), samples.end(),
                                        [](const auto &a, const auto &b) { return a.lag < b.lag; });
    // The beat due at 0.5 s is ready with slow's timer, but slow runs first and blocks: the
    // beat wakes when the block ends at 2.5 s.
    QCOMPARE(worst->time, 2500ms);
    QCOMPARE(worst->lag, 2000ms);
    for (const ck::LagSample &sample : samples) {
        if (&sample != &*worst)
            QCOMPARE(sample.lag, 0ns); // the virtual clock is never late otherwise
    }
}

void TstLoopState::heartbeatLeavesTheOrderAlone_data()
{
    QTest::addColumn<QString>("mode");
    for (const char *mode : {"gather", "create-task", "bounded:2", "sequential", "sync"})
        QTest::newRow(mode) << QString::fromLatin1(mode);
}

void TstLoopState::heartbeatLeavesTheOrderAlone()
{
    QFETCH(QString, mode);
    const auto scenario = cktest::scenarioNamed(QStringLiteral("tricky-asyncio.json"));
    cktest::VirtualRun plain(scenario, cktest::mode(mode));
    cktest::VirtualRun teaching(scenario, cktest::mode(mode), true);
    QCOMPARE(teaching.timedLines(), plain.timedLines());
    QCOMPARE(teaching.total(), plain.total());
    QVERIFY(plain.recorder().loopEvents().empty());
    QVERIFY(!teaching.recorder().loopEvents().empty());
}

void TstLoopState::everythingEndsDone()
{
    cktest::VirtualRun run(cktest::builtin(QStringLiteral("api-calls")),
                           cktest::mode(QStringLiteral("create-task")), true);
    const auto &recorder = run.recorder();
    const ck::LoopState state = stateAfter(recorder, recorder.loopEvents().size());
    QVERIFY(state.isFinished());
    QVERIFY(!state.isIdle());
    for (const ck::CoroutineState &coroutine : state.coroutines())
        QCOMPARE(coroutine.state, State::Done);
    QVERIFY(state.timers().empty());
    QVERIFY(state.readyQueue().empty());
}

QTEST_GUILESS_MAIN(TstLoopState)
#include "tst_loopstate.moc"
