// Issue 14, item 6: the asyncio.Queue steps put, get, task_done and join, on the virtual clock,
// as CPython 3.11 runs the same programs (queues.py). Each expectation is what the program
// `corokitchen code <case> --mode gather` writes printed under python3.11 (its own loop, times
// rounded to the virtual clock's); the oracle also checks tests/data/oracle/queue-steps.json and
// the queue lesson in every mode.

#include "runharness.h"

#include "codegen/pythonprogram.h"
#include "scenario/scenarioloader.h"
#include "teach/loopstate.h"
#include "teach/narration.h"
#include "trace/recorder.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QByteArray scenarioJson(const QByteArray &tasks,
                        const QByteArray &objects = R"([{"name": "orders", "type": "Queue",
                            "maxsize": 2}, {"name": "machine", "type": "Lock"}])")
{
    return R"({"format": "corokitchen-scenario/1", "id": "queue", "title": "t", "objects": )" +
           objects + R"(, "tasks": )" + tasks + "}";
}

QString refusalOf(const QByteArray &tasks)
{
    return ck::ScenarioLoader::fromJson(scenarioJson(tasks), u"t.json"_s).error;
}

// The ObjectWait spans that await `name` ("orders.get()"), in the order they began.
std::vector<const ck::Span *> waits(const ck::Recorder &recorder, const QString &name)
{
    std::vector<const ck::Span *> found;
    for (const ck::Span &span : recorder.spans()) {
        if (span.kind == ck::SpanKind::ObjectWait && ck::AwaitText::ofSpan(recorder, span) == name)
            found.push_back(&span);
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const ck::Span *a, const ck::Span *b) { return a->start < b->start; });
    return found;
}

// Whether a sentence of the run's narration begins with `words` (what the loop does next
// follows them).
bool narrates(const ck::Recorder &recorder, const QString &words)
{
    QStringList story;
    for (std::size_t i = 0; i < recorder.loopEvents().size(); ++i)
        story << ck::Narration::sentence(recorder, i, ck::Language::English);
    if (std::any_of(story.cbegin(), story.cend(),
                    [&words](const QString &sentence) { return sentence.startsWith(words); }))
        return true;
    qWarning().noquote() << story.join(u'\n');
    return false;
}

} // namespace

class TstQueueSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void producerAndWorkerAsCPython();
    void putWaitsWhileFull();
    void getWaitsWhileEmpty();
    void joinReturnsAfterTheLastTaskDone();
    void gettersAreServedInOrder();
    void taskDoneTooOftenRaisesValueError();
    void refusals();
    void syncModeRefuses();
    void pythonProgram();
};

// tests/data/oracle/queue-steps.json, python3.11 (gather):
//   0.000 producer: put order 0      0.000 producer: put order 1      0.000 worker: got order 0
//   0.000 producer: put order 2      1.000 worker: got order 1        1.000 producer: put order 3
//   2.000 worker: got order 2        3.000 worker: got order 3        4.000 producer: all done
//   4.000 producer: spare empty again
void TstQueueSteps::producerAndWorkerAsCPython()
{
    cktest::VirtualRun run(cktest::scenarioNamed(u"oracle/queue-steps.json"_s),
                           cktest::mode(u"gather"_s));
    QCOMPARE(run.timedLines(),
             (QStringList{u"0.000 producer: put order 0"_s, u"0.000 producer: put order 1"_s,
                          u"0.000 worker: got order 0"_s, u"0.000 producer: put order 2"_s,
                          u"1.000 worker: got order 1"_s, u"1.000 producer: put order 3"_s,
                          u"2.000 worker: got order 2"_s, u"3.000 worker: got order 3"_s,
                          u"4.000 producer: all done"_s, u"4.000 producer: spare empty again"_s}));
    QCOMPARE(run.recorder().info().total, std::chrono::seconds(4));
    // The worker, never awaited, waits in get() when main() returns: asyncio.run cancels it.
    const ck::Span *worker = run.span(ck::SpanKind::Task, u"worker"_s);
    QVERIFY(worker);
    QCOMPARE(worker->state, ck::SpanState::Cancelled);
}

// maxsize 2: the third put waits for the worker's first get (a turn of the loop), the fourth
// for its second, at 1 s.
void TstQueueSteps::putWaitsWhileFull()
{
    cktest::VirtualRun run(cktest::scenarioNamed(u"oracle/queue-steps.json"_s),
                           cktest::mode(u"gather"_s), true);
    const auto puts = waits(run.recorder(), u"orders.put(...)"_s);
    QCOMPARE(puts.size(), std::size_t(2));
    // The event-loop view says why the producer waits, and how full the queue is.
    ck::LoopState state(run.recorder());
    int producer = -1;
    for (const ck::LoopEvent &event : run.recorder().loopEvents()) {
        state.apply(event);
        if (event.kind == ck::LoopEvent::Kind::Suspended &&
            event.await == ck::LoopEvent::Await::QueuePut) {
            producer = event.lane;
            break;
        }
    }
    QVERIFY(producer >= 0);
    QCOMPARE(state.coroutine(producer).awaiting,
             u"orders.put(...): waiting for a slot in queue “orders” (2/2)"_s);
    QCOMPARE(puts[0]->start, std::chrono::seconds(0));
    QCOMPARE(puts[0]->end, std::chrono::seconds(0));
    QCOMPARE(puts[1]->start, std::chrono::seconds(0));
    QCOMPARE(puts[1]->end, std::chrono::seconds(1));
    QVERIFY(ck::isSuspension(puts[1]->kind));
    QCOMPARE(puts[1]->state, ck::SpanState::Done);
    QVERIFY(narrates(run.recorder(),
                     u"producer waits: the queue “orders” is full (2 of 2), until a get() takes "
                     "an item out (await orders.put(...))"_s));
    // The spare queue is never full: its put is not drawn.
    QVERIFY(waits(run.recorder(), u"spare.put(...)"_s).empty());
}

// The worker starts first and finds the queue empty; after the last order it waits again until
// asyncio.run cancels it. A get with an item there does not suspend.
void TstQueueSteps::getWaitsWhileEmpty()
{
    cktest::VirtualRun run(cktest::scenarioNamed(u"oracle/queue-steps.json"_s),
                           cktest::mode(u"gather"_s), true);
    const auto gets = waits(run.recorder(), u"orders.get()"_s);
    QCOMPARE(gets.size(), std::size_t(2));
    QCOMPARE(gets[0]->start, std::chrono::seconds(0));
    QCOMPARE(gets[0]->state, ck::SpanState::Done);
    QCOMPARE(gets[1]->start, std::chrono::seconds(4));
    QCOMPARE(gets[1]->state, ck::SpanState::Cancelled);
    QVERIFY(waits(run.recorder(), u"spare.get()"_s).empty());
    QVERIFY(narrates(run.recorder(), u"worker waits: the queue “orders” is empty, until a put() "
                                     "brings an item (await orders.get())"_s));
}

// join() waits from the last put (1 s) to the last task_done() (4 s); the spare queue's join,
// with nothing unfinished, returns at once.
void TstQueueSteps::joinReturnsAfterTheLastTaskDone()
{
    cktest::VirtualRun run(cktest::scenarioNamed(u"oracle/queue-steps.json"_s),
                           cktest::mode(u"gather"_s), true);
    const auto joins = waits(run.recorder(), u"orders.join()"_s);
    QCOMPARE(joins.size(), std::size_t(1));
    QCOMPARE(joins[0]->start, std::chrono::seconds(1));
    QCOMPARE(joins[0]->end, std::chrono::seconds(4));
    QVERIFY(waits(run.recorder(), u"spare.join()"_s).empty());
    QVERIFY(narrates(run.recorder(), u"producer waits at await orders.join() until every item "
                                     "put in “orders” is marked done with task_done()"_s));
}

// Three getters wait on an empty queue; items come back in FIFO order to the getters in the
// order they queued. python3.11 (gather):
//   0.000 a got first / 0.000 b got second / 0.000 c got third
void TstQueueSteps::gettersAreServedInOrder()
{
    const QByteArray tasks = R"([
        {"name": "a", "steps": [{"get": {"queue": "orders", "as": "x"}},
            {"log": {"f": "a got {x}"}}]},
        {"name": "b", "steps": [{"get": {"queue": "orders", "as": "x"}},
            {"log": {"f": "b got {x}"}}]},
        {"name": "c", "steps": [{"get": {"queue": "orders", "as": "x"}},
            {"log": {"f": "c got {x}"}}]},
        {"name": "p", "steps": [{"put": {"queue": "orders", "item": "first"}},
            {"put": {"queue": "orders", "item": "second"}},
            {"put": {"queue": "orders", "item": "third"}}]}])";
    cktest::VirtualRun run(cktest::fromJson(scenarioJson(tasks).constData()),
                           cktest::mode(u"gather"_s));
    QCOMPARE(run.timedLines(), (QStringList{u"0.000 a got first"_s, u"0.000 b got second"_s,
                                            u"0.000 c got third"_s}));
}

// python3.11: ValueError: task_done() called too many times
void TstQueueSteps::taskDoneTooOftenRaisesValueError()
{
    const QByteArray tasks = R"([{"name": "t", "steps": [{"put": {"queue": "orders",
        "item": "x"}}, {"get": "orders"}, {"task_done": "orders"}, {"task_done": "orders"},
        {"log": "never"}]}])";
    cktest::VirtualRun run(cktest::fromJson(scenarioJson(tasks).constData()),
                           cktest::mode(u"gather"_s));
    QVERIFY(run.timedLines().isEmpty());
    const ck::Span *t = run.span(ck::SpanKind::Task, u"t"_s);
    QVERIFY(t);
    QCOMPARE(t->state, ck::SpanState::Failed);
    QCOMPARE(run.reasonOf(t), u"ValueError: task_done() called too many times"_s);
}

void TstQueueSteps::refusals()
{
    QCOMPARE(refusalOf(R"([{"name": "t", "steps": [{"get": "nobody"}]}])"),
             u"t.json: tasks[0].steps[0].get: unknown object \"nobody\" (declare it in "
             "\"objects\")"_s);
    QCOMPARE(refusalOf(R"([{"name": "t", "steps": [{"put": {"queue": "machine",
        "item": "x"}}]}])"),
             u"t.json: tasks[0].steps[0].put.queue: \"machine\" is an asyncio.Lock, not an "
             "asyncio.Queue (put takes that)"_s);
    QCOMPARE(refusalOf(R"([{"name": "t", "steps": [{"join": 3}]}])"),
             u"t.json: tasks[0].steps[0].join: \"join\" must be the name of one of the "
             "scenario's queues, found 3"_s);
    QCOMPARE(refusalOf(R"([{"name": "t", "steps": [{"put": {"queue": "orders"}}]}])"),
             u"t.json: tasks[0].steps[0].put: \"item\" is missing"_s);
    // `orders = await orders.get()` would make the queue a local of the function.
    QCOMPARE(refusalOf(R"([{"name": "t", "steps": [{"get": {"queue": "orders",
        "as": "orders"}}]}])"),
             u"t.json: tasks[0].steps[0].get.as: a variable cannot be called \"orders\": the "
             "programs use that name"_s);
    // A get's item bound in a loop is the loop's: after it, it is not followed.
    QCOMPARE(refusalOf(R"([{"name": "t", "steps": [{"repeat": {"times": 1, "steps": [
        {"get": {"queue": "orders", "as": "x"}}]}}, {"log": {"f": "{x}"}}]}])"),
             u"t.json: tasks[0].steps[1].log.f: unknown variable \"x\": bind it in this "
             "function first, with \"as\" in a call or gather"_s);
    // An item may go on to another queue, but not grow each time it goes round its own.
    QVERIFY(ck::ScenarioLoader::fromJson(
                scenarioJson(R"([{"name": "t", "steps": [{"put": {"queue": "orders", "item": "a"}},
                    {"get": {"queue": "orders", "as": "v"}},
                    {"put": {"queue": "spare", "item": {"f": "{v}!"}}}]}])",
                             R"([{"name": "orders", "type": "Queue"},
                                 {"name": "spare", "type": "Queue"}])"),
                u"t.json"_s)
                .ok());
    QCOMPARE(refusalOf(R"([{"name": "t", "steps": [{"put": {"queue": "orders", "item": "a"}},
        {"forever": [{"get": {"queue": "orders", "as": "v"}},
            {"put": {"queue": "orders", "item": {"f": "{v}!"}}}]}]}])"),
             u"t.json: objects: an item got from a queue is put back in an f-string that makes "
             "it longer each round: its length is not followed"_s);
}

void TstQueueSteps::syncModeRefuses()
{
    const auto scenario = cktest::fromJson(
        scenarioJson(R"([{"name": "t", "steps": [{"join": "orders"}]}])").constData());
    const QString refusal = cktest::mode(u"sync"_s).refusal(*scenario);
    QVERIFY2(refusal.contains(u"it uses the asyncio object “orders”, which needs an event loop, "
                              "and sync mode has none"_s),
             qPrintable(refusal));
}

void TstQueueSteps::pythonProgram()
{
    const auto scenario = cktest::scenarioNamed(u"oracle/queue-steps.json"_s);
    const auto program = ck::PythonProgram::generate(*scenario, cktest::mode(u"gather"_s),
                                                     ck::Language::English, 1.0, nullptr);
    QVERIFY(program);
    const QString text = program->text;
    for (const QString &line :
         {u"orders = asyncio.Queue(maxsize=2)\nspare = asyncio.Queue()\n"_s,
          u"    while True:\n        item = await orders.get()\n"_s,
          u"        orders.task_done()\n"_s, u"        await orders.put(f\"order {i}\")\n"_s,
          u"    await orders.join()\n"_s,
          u"    await spare.put(\"left\")\n    await spare.get()\n"_s})
        QVERIFY2(text.contains(line), qPrintable(text));
}

QTEST_GUILESS_MAIN(TstQueueSteps)
#include "tst_queuesteps.moc"
