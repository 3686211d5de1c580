#include "trace/chrometraceexport.h"
#include "trace/criticalpath.h"
#include "trace/flowfinder.h"

#include "runharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <map>

using namespace std::chrono_literals;
using cktest::VirtualRun;

namespace ck {

namespace {

std::vector<Flow> flowsOf(const std::vector<Flow> &flows, Flow::Kind kind)
{
    std::vector<Flow> found;
    for (const Flow &flow : flows)
        if (flow.kind == kind)
            found.push_back(flow);
    return found;
}

int laneNamed(const Recorder &run, const QString &name)
{
    for (int lane = 0; lane < int(run.lanes().size()); ++lane)
        if (run.lanes()[std::size_t(lane)].name == name)
            return lane;
    return -2;
}

// `flow` leaves `from` at `fromTime` and enters `to`'s wait for an object as it ends at `toTime`.
void expectWake(const Recorder &run, const Flow &flow, const QString &from,
                std::chrono::nanoseconds fromTime, const QString &to,
                std::chrono::nanoseconds toTime)
{
    QCOMPARE(flow.fromLane, laneNamed(run, from));
    QCOMPARE(flow.from, fromTime);
    QCOMPARE(flow.toLane, laneNamed(run, to));
    QCOMPARE(flow.to, toTime);
    QVERIFY(flow.fromSpan >= 0);
    QVERIFY(flow.toSpan >= 0);
    const bool waitEnds = std::any_of(run.spans().begin(), run.spans().end(), [&](const Span &s) {
        return s.kind == SpanKind::ObjectWait && s.lane == flow.toLane && s.end == toTime &&
               s.state == SpanState::Done;
    });
    QVERIFY(waitEnds);
}

QStringList pathNames(const Recorder &run, const CriticalPath &path)
{
    QStringList names;
    for (const int span : path.spans())
        names << run.lanes()[std::size_t(run.spans()[std::size_t(span)].lane)].name +
                     QStringLiteral(" ") + AwaitText::ofSpan(run, run.spans()[std::size_t(span)]);
    return names;
}

} // namespace

// Who wakes whom (FlowFinder), what sets the total (CriticalPath), the flow events of the Chrome
// trace and the wait for a slot of Bounded mode's semaphore, on the kitchen's runs.
class TestFlows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gatherFansOutAndIn()
    {
        const VirtualRun run(cktest::builtin(QStringLiteral("kitchen")),
                             cktest::mode(QStringLiteral("gather")));
        const Recorder &recorder = *run.runner->recorder();
        const std::vector<Flow> flows = FlowFinder::of(recorder);
        const int coffee = laneNamed(recorder, QStringLiteral("brewCoffee"));
        const int bagel = laneNamed(recorder, QStringLiteral("toastBagel"));
        const auto out = flowsOf(flows, Flow::Kind::FanOut);
        QCOMPARE(out.size(), 2u);
        for (const Flow &flow : out) {
            QCOMPARE(flow.fromLane, kMainLane);
            QCOMPARE(flow.from, 0ns);
            QCOMPARE(flow.to, 0ns);
            QCOMPARE(recorder.spans()[std::size_t(flow.toSpan)].kind, SpanKind::Task);
        }
        QCOMPARE(out[0].toLane, coffee);
        QCOMPARE(out[1].toLane, bagel);
        const auto in = flowsOf(flows, Flow::Kind::FanIn);
        QCOMPARE(in.size(), 2u);
        QCOMPARE(in[0].fromLane, coffee);
        QCOMPARE(in[0].from, std::chrono::nanoseconds(3s));
        QCOMPARE(in[1].fromLane, bagel);
        QCOMPARE(in[1].from, std::chrono::nanoseconds(2s));
        for (const Flow &flow : in) { // the gather returns when the last child is done
            QCOMPARE(flow.toLane, kMainLane);
            QCOMPARE(flow.to, std::chrono::nanoseconds(3s));
        }
        const auto timers = flowsOf(flows, Flow::Kind::Timer);
        QCOMPARE(timers.size(), 2u);
        QCOMPARE(timers[0].from, std::chrono::nanoseconds(3s));
        QCOMPARE(timers[0].fromLane, coffee);
        QCOMPARE(recorder.spans()[std::size_t(timers[0].fromSpan)].kind, SpanKind::Wait);
        QCOMPARE(recorder.spans()[std::size_t(timers[0].toSpan)].kind, SpanKind::Task);
        QVERIFY(flowsOf(flows, Flow::Kind::Call).empty());
    }

    void sequentialCallsOneAfterTheOther()
    {
        const VirtualRun run(cktest::builtin(QStringLiteral("kitchen")),
                             cktest::mode(QStringLiteral("sequential")));
        const std::vector<Flow> flows = FlowFinder::of(*run.runner->recorder());
        const auto calls = flowsOf(flows, Flow::Kind::Call);
        const auto returns = flowsOf(flows, Flow::Kind::Return);
        QCOMPARE(calls.size(), 2u);
        QCOMPARE(returns.size(), 2u);
        QCOMPARE(calls[1].from, std::chrono::nanoseconds(3s)); // toastBagel once coffee returned
        QCOMPARE(returns[0].to, std::chrono::nanoseconds(3s));
        QCOMPARE(returns[1].to, std::chrono::nanoseconds(5s));
        QVERIFY(flowsOf(flows, Flow::Kind::FanOut).empty());
    }

    void sequentialPathAddsBothWaits()
    {
        const VirtualRun run(cktest::builtin(QStringLiteral("kitchen")),
                             cktest::mode(QStringLiteral("sequential")));
        const Recorder &recorder = *run.runner->recorder();
        const CriticalPath path = CriticalPath::of(recorder, FlowFinder::of(recorder));
        QCOMPARE(pathNames(recorder, path),
                 QStringList({QStringLiteral("brewCoffee asyncio.sleep(3)"),
                              QStringLiteral("toastBagel asyncio.sleep(2)")}));
        std::chrono::nanoseconds sum{0};
        for (const int span : path.spans())
            sum += recorder.spans()[std::size_t(span)].duration();
        QCOMPARE(sum, recorder.info().total);
        QCOMPARE(sum, std::chrono::nanoseconds(5s));
        QCOMPARE(path.sentence(recorder),
                 QStringLiteral("The total is set by brewCoffee's 3 s sleep, then toastBagel's 2 "
                                "s sleep: one after the other, they add up."));
    }

    void gatherPathIsTheLongestWait()
    {
        const VirtualRun run(cktest::builtin(QStringLiteral("kitchen")),
                             cktest::mode(QStringLiteral("gather")));
        const Recorder &recorder = *run.runner->recorder();
        const CriticalPath path = CriticalPath::of(recorder, FlowFinder::of(recorder));
        QCOMPARE(pathNames(recorder, path),
                 QStringList({QStringLiteral("brewCoffee asyncio.sleep(3)")}));
        QCOMPARE(path.flows().size(), 2u); // fan-out to coffee, coffee's end fans in
        QCOMPARE(path.sentence(recorder),
                 QStringLiteral("The total is set by brewCoffee's 3 s sleep; the other waits "
                                "overlap it."));
    }

    void boundedDrawsTheWaitForASlot()
    {
        const VirtualRun run(cktest::builtin(QStringLiteral("kitchen")),
                             cktest::mode(QStringLiteral("bounded:1")));
        const Recorder &recorder = *run.runner->recorder();
        const int bagel = laneNamed(recorder, QStringLiteral("toastBagel"));
        int slotWait = -1;
        for (int s = recorder.firstSpanOf(bagel); s >= 0; s = recorder.nextSpanOf(s))
            if (recorder.spans()[std::size_t(s)].kind == SpanKind::ObjectWait)
                slotWait = s;
        QVERIFY(slotWait >= 0);
        const Span &wait = recorder.spans()[std::size_t(slotWait)];
        QCOMPARE(wait.depth, 0);
        QCOMPARE(wait.start, std::chrono::nanoseconds(0s));
        QCOMPARE(wait.end, std::chrono::nanoseconds(3s)); // until coffee hands its slot on
        QCOMPARE(wait.state, SpanState::Done);
        const auto handOvers = flowsOf(FlowFinder::of(recorder), Flow::Kind::Slot);
        QCOMPARE(handOvers.size(), 1u);
        QCOMPARE(handOvers[0].fromLane, laneNamed(recorder, QStringLiteral("brewCoffee")));
        QCOMPARE(handOvers[0].toLane, bagel);
        QCOMPARE(handOvers[0].to, std::chrono::nanoseconds(3s));
        // One slot: the waits add up as in sequential, through the hand-over.
        const CriticalPath path = CriticalPath::of(recorder, FlowFinder::of(recorder));
        QCOMPARE(pathNames(recorder, path),
                 QStringList({QStringLiteral("brewCoffee asyncio.sleep(3)"),
                              QStringLiteral("toastBagel asyncio.sleep(2)")}));
    }

    void afterDependencyWakesTheTask()
    {
        // set_table waits for coffee, then for eggs, both done at 3 s: the engine (as the
        // Python program's `await done[...].wait()` one by one) suspends on the first only, as
        // eggs is done by the time coffee wakes it. Only the loop events say so.
        const VirtualRun run(cktest::scenarioNamed(QStringLiteral("scenario-example.json")),
                             cktest::mode(QStringLiteral("gather")), true);
        const Recorder &recorder = *run.runner->recorder();
        const auto afters = flowsOf(FlowFinder::of(recorder), Flow::Kind::After);
        QCOMPARE(afters.size(), 1u);
        const int table = laneNamed(recorder, QStringLiteral("set_table"));
        QCOMPARE(afters[0].fromLane, laneNamed(recorder, QStringLiteral("coffee")));
        for (const Flow &flow : afters) {
            QCOMPARE(flow.toLane, table);
            QCOMPARE(flow.from, std::chrono::nanoseconds(3s));
            QCOMPARE(flow.to, std::chrono::nanoseconds(3s));
            QCOMPARE(recorder.spans()[std::size_t(flow.toSpan)].kind, SpanKind::Task);
        }
        // The total runs through set_table and what it waited for, not main()'s gather at 0 s.
        const CriticalPath path = CriticalPath::of(recorder, FlowFinder::of(recorder));
        QVERIFY(!path.spans().empty());
        std::chrono::nanoseconds sum{0};
        for (const int span : path.spans())
            sum += recorder.spans()[std::size_t(span)].duration();
        QCOMPARE(sum, recorder.info().total);
    }

    // python3.11, Lock._wake_up_first and Event.set instrumented (gather): 1.5 toaster sets for
    // waiter / 2.0 barista_1 releases to barista_2.
    void lockReleaseAndEventSetWakeTheWaiter()
    {
        const VirtualRun run(cktest::builtin(QStringLiteral("lock-event")),
                             cktest::mode(QStringLiteral("gather")), true);
        const Recorder &recorder = *run.runner->recorder();
        const std::vector<Flow> flows = FlowFinder::of(recorder);
        const auto released = flowsOf(flows, Flow::Kind::Release);
        QCOMPARE(released.size(), 1u);
        expectWake(recorder, released[0], QStringLiteral("barista_1"), 2000ms,
                   QStringLiteral("barista_2"), 2000ms);
        const auto set = flowsOf(flows, Flow::Kind::Set);
        QCOMPARE(set.size(), 1u);
        expectWake(recorder, set[0], QStringLiteral("toaster"), 1500ms, QStringLiteral("waiter"),
                   1500ms);
        // One by one nobody waits: no arrow. Without loop events the run keeps no wakers.
        const VirtualRun sequential(cktest::builtin(QStringLiteral("lock-event")),
                                    cktest::mode(QStringLiteral("sequential")), true);
        const auto none = FlowFinder::of(*sequential.runner->recorder());
        QVERIFY(std::none_of(none.begin(), none.end(),
                             [](const Flow &flow) { return Flow::isObjectWake(flow.kind); }));
        const VirtualRun quiet(cktest::builtin(QStringLiteral("lock-event")),
                               cktest::mode(QStringLiteral("gather")));
        QVERIFY(flowsOf(FlowFinder::of(*quiet.runner->recorder()), Flow::Kind::Release).empty());
    }

    // python3.11, Event.set instrumented: 1.0 setter sets for w1 and w2 (its clear() right
    // after takes no wake-up back) / 2.0 setter sets for w3, who began to wait after the clear.
    void eventSetWakesEveryWaiterOfItsTurn()
    {
        const VirtualRun run(cktest::fromJson(R"({"format": "corokitchen-scenario/1",
            "id": "set", "title": "t", "objects": [{"name": "ready", "type": "Event"}],
            "tasks": [
                {"name": "w1", "steps": [{"wait_event": "ready"}]},
                {"name": "w2", "steps": [{"wait_event": "ready"}]},
                {"name": "w3", "steps": [{"wait": 1.5}, {"wait_event": "ready"}]},
                {"name": "setter", "steps": [{"wait": 1}, {"set": "ready"}, {"clear": "ready"},
                    {"wait": 1}, {"set": "ready"}]}]})"),
                             cktest::mode(QStringLiteral("gather")), true);
        const Recorder &recorder = *run.runner->recorder();
        const auto set = flowsOf(FlowFinder::of(recorder), Flow::Kind::Set);
        QCOMPARE(set.size(), 3u);
        const QString setter = QStringLiteral("setter");
        expectWake(recorder, set[0], setter, 1000ms, QStringLiteral("w1"), 1000ms);
        expectWake(recorder, set[1], setter, 1000ms, QStringLiteral("w2"), 1000ms);
        expectWake(recorder, set[2], setter, 2000ms, QStringLiteral("w3"), 2000ms);
    }

    // python3.11, Condition.notify instrumented: 1.0 notifier notifies w1, then w2 (the second
    // notify() skips w1, woken already) / 2.0 notifier notifies w3 (notify_all); each wait()
    // returns once it holds the lock again, at the same times.
    void conditionNotifyWakesTheFirstWaiters()
    {
        const VirtualRun run(cktest::fromJson(R"({"format": "corokitchen-scenario/1",
            "id": "notify", "title": "t", "objects": [{"name": "cond", "type": "Condition"}],
            "routines": [{"name": "waits", "steps": [{"async_with": {"object": "cond",
                "steps": [{"wait_condition": "cond"}]}}]}],
            "tasks": [
                {"name": "w1", "steps": [{"call": "waits"}]},
                {"name": "w2", "steps": [{"call": "waits"}]},
                {"name": "w3", "steps": [{"call": "waits"}]},
                {"name": "notifier", "steps": [{"wait": 1},
                    {"async_with": {"object": "cond", "steps": [{"notify": "cond"},
                                                                  {"notify": "cond"}]}},
                    {"wait": 1},
                    {"async_with": {"object": "cond", "steps": [{"notify_all": "cond"}]}}]}]})"),
                             cktest::mode(QStringLiteral("gather")), true);
        const Recorder &recorder = *run.runner->recorder();
        const auto notified = flowsOf(FlowFinder::of(recorder), Flow::Kind::Notify);
        QCOMPARE(notified.size(), 3u);
        const QString notifier = QStringLiteral("notifier");
        expectWake(recorder, notified[0], notifier, 1000ms, QStringLiteral("w1"), 1000ms);
        expectWake(recorder, notified[1], notifier, 1000ms, QStringLiteral("w2"), 1000ms);
        expectWake(recorder, notified[2], notifier, 2000ms, QStringLiteral("w3"), 2000ms);
        QVERIFY(flowsOf(FlowFinder::of(recorder), Flow::Kind::Release).empty());
    }

    // python3.11: boss cancels w1, queued first in cond.wait(), then notify() at once, in the
    // same turn: the notify skips w1's cancelled future and wakes w2 (1.0 boss notifies w2).
    void notifySkipsACancelledWaiter()
    {
        const VirtualRun run(cktest::fromJson(R"({"format": "corokitchen-scenario/1",
            "id": "skip", "title": "t", "objects": [{"name": "cond", "type": "Condition"}],
            "routines": [{"name": "waits", "steps": [{"async_with": {"object": "cond",
                "steps": [{"wait_condition": "cond"}]}}]}],
            "tasks": [
                {"name": "w1", "awaited": false, "steps": [{"call": "waits"}]},
                {"name": "w2", "steps": [{"call": "waits"}]},
                {"name": "boss", "steps": [{"wait": 1}, {"cancel": "w1"},
                    {"async_with": {"object": "cond", "steps": [{"notify": "cond"}]}}]}]})"),
                             cktest::mode(QStringLiteral("create-task")), true);
        const Recorder &recorder = *run.runner->recorder();
        const auto notified = flowsOf(FlowFinder::of(recorder), Flow::Kind::Notify);
        QCOMPARE(notified.size(), 1u);
        expectWake(recorder, notified[0], QStringLiteral("boss"), 1000ms, QStringLiteral("w2"),
                   1000ms);
    }

    // python3.11, Queue._wakeup_next instrumented (the lesson's program): at 0 customer_1's two
    // puts wake barista_1 and barista_2; barista_1's get wakes customer_2, barista_2's
    // customer_3, who finds the queue full again (customer_2 put twice) and waits on; at 2.0
    // barista_1's get wakes customer_3, at 2.5 barista_2's (its second put).
    void queuePutAndGetWakeTheWaiter()
    {
        const VirtualRun run(cktest::builtin(QStringLiteral("queue")),
                             cktest::mode(QStringLiteral("create-task")), true);
        const Recorder &recorder = *run.runner->recorder();
        const std::vector<Flow> flows = FlowFinder::of(recorder);
        const auto puts = flowsOf(flows, Flow::Kind::Put);
        QCOMPARE(puts.size(), 2u);
        expectWake(recorder, puts[0], QStringLiteral("shop/customer_1"), 0ms,
                   QStringLiteral("barista_1"), 0ms);
        expectWake(recorder, puts[1], QStringLiteral("shop/customer_1"), 0ms,
                   QStringLiteral("barista_2"), 0ms);
        const auto gets = flowsOf(flows, Flow::Kind::Get);
        QCOMPARE(gets.size(), 3u);
        expectWake(recorder, gets[0], QStringLiteral("barista_1"), 0ms,
                   QStringLiteral("shop/customer_2"), 0ms);
        expectWake(recorder, gets[1], QStringLiteral("barista_1"), 2000ms,
                   QStringLiteral("shop/customer_3"), 2000ms);
        expectWake(recorder, gets[2], QStringLiteral("barista_2"), 2500ms,
                   QStringLiteral("shop/customer_3"), 2500ms);
        // The chart's trace names them.
        const QByteArray json =
            ChromeTraceExport::toJson({run.runner->recorder().get()}, Language::English);
        QStringList names;
        for (const QJsonValue &event :
             QJsonDocument::fromJson(json).object()[u"traceEvents"].toArray())
            if (event[u"ph"].toString() == u"s")
                names << event[u"name"].toString();
        QCOMPARE(names.count(QStringLiteral("put")), 2);
        QCOMPARE(names.count(QStringLiteral("get")), 3);
    }

    void chromeTraceHasFlowEvents()
    {
        const VirtualRun run(cktest::builtin(QStringLiteral("kitchen")),
                             cktest::mode(QStringLiteral("gather")));
        const QByteArray json =
            ChromeTraceExport::toJson({run.runner->recorder().get()}, Language::English);
        const QJsonArray events = QJsonDocument::fromJson(json).object()[u"traceEvents"].toArray();
        std::map<int, QJsonObject> starts;
        std::map<int, QJsonObject> finishes;
        bool mainSlice = false;
        for (const QJsonValue &value : events) {
            const QJsonObject event = value.toObject();
            const QString phase = event[u"ph"].toString();
            if (phase == u"X" && event[u"tid"].toInt() == 0 && event[u"cat"].toString() == u"main")
                mainSlice = event[u"dur"].toInteger() == 3'000'000;
            if (phase == u"s")
                starts[event[u"id"].toInt()] = event;
            if (phase == u"f") {
                QCOMPARE(event[u"bp"].toString(), QStringLiteral("e"));
                finishes[event[u"id"].toInt()] = event;
            }
        }
        QVERIFY(mainSlice);          // main()'s flows bind to it
        QCOMPARE(starts.size(), 6u); // 2 fan-out, 2 fan-in, 2 timers
        QCOMPARE(finishes.size(), starts.size());
        int fanIns = 0;
        for (const auto &[id, start] : starts) {
            const QJsonObject &finish = finishes.at(id);
            QCOMPARE(start[u"cat"].toString(), QStringLiteral("flow"));
            QCOMPARE(finish[u"name"].toString(), start[u"name"].toString());
            QVERIFY(start[u"ts"].toInteger() <= finish[u"ts"].toInteger());
            if (start[u"name"].toString() == u"fan-in") {
                ++fanIns;
                QCOMPARE(finish[u"tid"].toInt(), 0);
                // Inside main()'s slice, which ends at 3 s.
                QCOMPARE(finish[u"ts"].toInteger(), 2'999'999);
            }
        }
        QCOMPARE(fanIns, 2);
    }
};

} // namespace ck

QTEST_GUILESS_MAIN(ck::TestFlows)
#include "tst_flows.moc"
