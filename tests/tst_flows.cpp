#include "trace/chrometraceexport.h"
#include "trace/criticalpath.h"
#include "trace/flowfinder.h"

#include "runharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

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
