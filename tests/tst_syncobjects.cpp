// Issue 14, item 7: the scenario's named asyncio objects (Lock, Event, Semaphore, Condition) and
// the steps that use them, on the virtual clock, as CPython 3.11 runs the same programs. Each
// expectation is what `corokitchen code <case> --mode gather` printed under the oracle's
// virtual-time loop (PYTHONPATH=python /usr/bin/python3.11 -m corokitchen_oracle); the oracle
// also checks tests/data/oracle/sync-objects.json and the lock-event lesson in every mode.

#include "runharness.h"

#include "codegen/pythonprogram.h"
#include "scenario/scenarioloader.h"
#include "teach/narration.h"
#include "trace/recorder.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray scenarioJson(const QByteArray &objects, const QByteArray &tasks,
                        const QByteArray &routines = "[]")
{
    return R"({"format": "corokitchen-scenario/1", "id": "sync", "title": "t", "objects": )" +
           objects + R"(, "routines": )" + routines + R"(, "tasks": )" + tasks + "}";
}

QString refusalOf(const QByteArray &objects, const QByteArray &tasks)
{
    return ck::ScenarioLoader::fromJson(scenarioJson(objects, tasks), u"t.json"_s).error;
}

// Three tasks that each hold `counter` for 1 s.
const QByteArray kCounter = R"([{"name": "counter", "type": "Lock"}])";
const QByteArray kThreeCooks = R"([
    {"name": "a", "steps": [{"async_with": {"object": "counter", "steps": [
        {"log": "a: in"}, {"wait": 1}, {"log": "a: out"}]}}]},
    {"name": "b", "steps": [{"async_with": {"object": "counter", "steps": [
        {"log": "b: in"}, {"wait": 1}, {"log": "b: out"}]}}]},
    {"name": "c", "steps": [{"async_with": {"object": "counter", "steps": [
        {"log": "c: in"}, {"wait": 1}, {"log": "c: out"}]}}]}])";

// The ObjectWait spans named `name` ("counter.acquire()"), by lane.
std::vector<const ck::Span *> waits(const ck::Recorder &recorder, const QString &name)
{
    std::vector<const ck::Span *> found;
    for (const ck::Span &span : recorder.spans()) {
        if (span.kind == ck::SpanKind::ObjectWait && ck::AwaitText::ofSpan(recorder, span) == name)
            found.push_back(&span);
    }
    return found;
}

QStringList narration(const ck::Recorder &recorder)
{
    QStringList sentences;
    for (std::size_t i = 0; i < recorder.loopEvents().size(); ++i)
        sentences << ck::Narration::sentence(recorder, i, ck::Language::English);
    return sentences;
}

// Whether a sentence of the run's narration begins with `words` (what the loop does next
// follows them).
bool narrates(const ck::Recorder &recorder, const QString &words)
{
    const QStringList story = narration(recorder);
    const bool found = std::any_of(story.begin(), story.end(), [&words](const QString &sentence) {
        return sentence.startsWith(words);
    });
    if (!found)
        qWarning().noquote() << story.join(u'\n');
    return found;
}

} // namespace

class TstSyncObjects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lockContentionIsFifo();
    void lockIsReleasedOnException();
    void eventWaitAndSet();
    void semaphoreOfTwoWithThreeUsers();
    void boundedModeWaitsForANamedSemaphore();
    void conditionNotify();
    void deadlockEndsTheRun();
    void refusals();
    void syncModeRefuses();
    void pythonDeclaresTheObjects();
};

// python3.11 (gather):
//   0.000 a: in / 1.000 a: out / 1.000 b: in / 2.000 b: out / 2.000 c: in / 3.000 c: out
void TstSyncObjects::lockContentionIsFifo()
{
    cktest::VirtualRun run(cktest::fromJson(scenarioJson(kCounter, kThreeCooks).constData()),
                           cktest::mode(u"gather"_s), true);
    QCOMPARE(run.timedLines(),
             (QStringList{u"0.000 a: in"_s, u"1.000 a: out"_s, u"1.000 b: in"_s, u"2.000 b: out"_s,
                          u"2.000 c: in"_s, u"3.000 c: out"_s}));
    QCOMPARE(run.recorder().info().total, std::chrono::seconds(3));
    // b and c are drawn suspended in counter.acquire() until their turn.
    const auto acquires = waits(run.recorder(), u"counter.acquire()"_s);
    QCOMPARE(acquires.size(), std::size_t(2));
    QCOMPARE(acquires[0]->start, std::chrono::seconds(0));
    QCOMPARE(acquires[0]->end, std::chrono::seconds(1));
    QCOMPARE(acquires[1]->end, std::chrono::seconds(2));
    QVERIFY(ck::isSuspension(acquires[0]->kind));
    QVERIFY(narrates(run.recorder(),
                     u"b waits for the lock “counter” held by a (await counter.acquire())"_s));
}

// python3.11 (gather): 0.000 a: in / 0.500 a: caught / 0.500 b: in — the lock is released
// as the exception leaves `async with`, and b takes it on the next iteration.
void TstSyncObjects::lockIsReleasedOnException()
{
    const QByteArray tasks = R"([
        {"name": "a", "steps": [{"try": {"steps": [{"async_with": {"object": "counter", "steps": [
            {"log": "a: in"}, {"wait": 0.5},
            {"raise": {"type": "ValueError", "message": "burnt"}}]}}],
            "except": [{"type": "ValueError", "steps": [{"log": "a: caught"}]}]}}]},
        {"name": "b", "steps": [{"async_with": {"object": "counter", "steps": [
            {"log": "b: in"}]}}]}])";
    cktest::VirtualRun run(cktest::fromJson(scenarioJson(kCounter, tasks).constData()),
                           cktest::mode(u"gather"_s));
    QCOMPARE(run.timedLines(),
             (QStringList{u"0.000 a: in"_s, u"0.500 a: caught"_s, u"0.500 b: in"_s}));
    const ck::Span *b = run.span(ck::SpanKind::Task, u"b"_s);
    QVERIFY(b);
    QCOMPARE(b->state, ck::SpanState::Done);
}

// python3.11 (gather): 0.000 waiter: waits / 1.000 setter: set / 1.000 waiter: woken /
// 1.000 late: passes — wait() of a set Event returns at once, without a suspension.
void TstSyncObjects::eventWaitAndSet()
{
    const QByteArray objects = R"([{"name": "ready", "type": "Event"}])";
    const QByteArray tasks = R"([
        {"name": "waiter", "steps": [{"log": "waiter: waits"}, {"wait_event": "ready"},
            {"log": "waiter: woken"}]},
        {"name": "setter", "steps": [{"wait": 1}, {"set": "ready"}, {"log": "setter: set"}]},
        {"name": "late", "steps": [{"wait": 1}, {"wait_event": "ready"}, {"log": "late: passes"}]}
    ])";
    cktest::VirtualRun run(cktest::fromJson(scenarioJson(objects, tasks).constData()),
                           cktest::mode(u"gather"_s), true);
    QCOMPARE(run.timedLines(), (QStringList{u"0.000 waiter: waits"_s, u"1.000 setter: set"_s,
                                            u"1.000 late: passes"_s, u"1.000 waiter: woken"_s}));
    QCOMPARE(waits(run.recorder(), u"ready.wait()"_s).size(), std::size_t(1)); // not late's
    QVERIFY(narrates(run.recorder(), u"waiter is suspended at await ready.wait() until another "
                                     "task calls ready.set()"_s));
}

// python3.11 (gather): 0.000 u1 in / 0.000 u2 in / 1.000 u1 out / 1.000 u2 out / 1.000 u3 in /
// 2.000 u3 out.
void TstSyncObjects::semaphoreOfTwoWithThreeUsers()
{
    const QByteArray objects = R"([{"name": "pool", "type": "Semaphore", "value": 2}])";
    const QByteArray routines = R"([{"name": "user", "steps": [{"async_with": {"object": "pool",
        "steps": [{"log": "in"}, {"wait": 1}, {"log": "out"}]}}]}])";
    const QByteArray tasks = R"([{"name": "users", "steps": [{"gather": ["user", "user",
        "user"]}]}])";
    cktest::VirtualRun run(cktest::fromJson(scenarioJson(objects, tasks, routines).constData()),
                           cktest::mode(u"sequential"_s), true);
    QCOMPARE(run.timedLines(), (QStringList{u"0.000 in"_s, u"0.000 in"_s, u"1.000 out"_s,
                                            u"1.000 out"_s, u"1.000 in"_s, u"2.000 out"_s}));
    QVERIFY(narrates(run.recorder(), u"users/user waits for a free slot of the semaphore “pool”, "
                                     "held by users/user, users/user (await pool.acquire())"_s));
}

// bounded:2 is `async with semaphore:` around each task (the Python program's
// `semaphore = asyncio.Semaphore(2)`): its waits read as those of a scenario's Semaphore.
void TstSyncObjects::boundedModeWaitsForANamedSemaphore()
{
    const QByteArray tasks = R"([{"name": "a", "steps": [{"wait": 1}]},
        {"name": "b", "steps": [{"wait": 2}]}, {"name": "c", "steps": [{"wait": 1}]}])";
    cktest::VirtualRun run(cktest::fromJson(scenarioJson("[]", tasks).constData()),
                           cktest::mode(u"bounded:2"_s), true);
    QCOMPARE(run.total(), 2.0);
    QVERIFY(narrates(run.recorder(), u"c waits for a free slot of the semaphore “semaphore”, "
                                     "held by a, b (await semaphore.acquire())"_s));
    const auto &events = run.recorder().loopEvents();
    const auto waited = std::find_if(events.begin(), events.end(), [](const ck::LoopEvent &e) {
        return e.kind == ck::LoopEvent::Kind::Suspended && e.await == ck::LoopEvent::Await::Acquire;
    });
    QVERIFY(waited != events.end());
    QCOMPARE(waited->ref, int(ck::NamedObject::Type::Semaphore));
    QCOMPARE(waited->detail, u"semaphore"_s);
}

// python3.11 (gather): 0.000 w: waits (twice) / 0.500 n: notifies / 0.750 n: leaves /
// 0.750 w: notified / 0.750 w: notified — each waiter takes the lock again in turn.
void TstSyncObjects::conditionNotify()
{
    const QByteArray objects = R"([{"name": "cond", "type": "Condition"}])";
    const QByteArray routines = R"([
        {"name": "w", "steps": [{"async_with": {"object": "cond", "steps": [
            {"log": "w: waits"}, {"wait_condition": "cond"}, {"log": "w: notified"}]}}]},
        {"name": "n", "steps": [{"wait": 0.5}, {"async_with": {"object": "cond", "steps": [
            {"log": "n: notifies"}, {"notify_all": "cond"}, {"wait": 0.25},
            {"log": "n: leaves"}]}}]}])";
    const QByteArray tasks = R"([{"name": "t", "steps": [{"gather": ["w", "w", "n"]}]}])";
    cktest::VirtualRun run(cktest::fromJson(scenarioJson(objects, tasks, routines).constData()),
                           cktest::mode(u"gather"_s));
    QCOMPARE(run.timedLines(),
             (QStringList{u"0.000 w: waits"_s, u"0.000 w: waits"_s, u"0.500 n: notifies"_s,
                          u"0.750 n: leaves"_s, u"0.750 w: notified"_s, u"0.750 w: notified"_s}));
    QCOMPARE(waits(run.recorder(), u"cond.wait()"_s).size(), std::size_t(2));
}

// CPython's loop would wait forever (the oracle reports a deadlock): on the virtual clock the
// run ends, the waiting task cancelled with the reason, and a task never awaited that waits is
// cancelled when main() returns, as asyncio.run does.
void TstSyncObjects::deadlockEndsTheRun()
{
    const QByteArray objects = R"([{"name": "ready", "type": "Event"}])";
    const QByteArray tasks = R"([
        {"name": "w", "steps": [{"log": "waits"}, {"wait_event": "ready"}, {"log": "never"}]},
        {"name": "forgotten", "awaited": false, "steps": [{"wait_event": "ready"}]}])";
    cktest::VirtualRun stuck(cktest::fromJson(scenarioJson(objects, tasks).constData()),
                             cktest::mode(u"gather"_s));
    QCOMPARE(stuck.timedLines(), QStringList{u"0.000 waits"_s});
    const ck::Span *w = stuck.span(ck::SpanKind::Task, u"w"_s);
    QVERIFY(w);
    QCOMPARE(w->state, ck::SpanState::Cancelled);
    QVERIFY2(stuck.reasonOf(w).contains(u"deadlock"_s), qPrintable(stuck.reasonOf(w)));

    const QByteArray left = R"([{"name": "main_work", "steps": [{"wait": 1}]},
        {"name": "forgotten", "awaited": false, "steps": [{"wait_event": "ready"}]}])";
    cktest::VirtualRun ended(cktest::fromJson(scenarioJson(objects, left).constData()),
                             cktest::mode(u"gather"_s));
    const ck::Span *forgotten = ended.span(ck::SpanKind::Task, u"forgotten"_s);
    QVERIFY(forgotten);
    QCOMPARE(forgotten->state, ck::SpanState::Cancelled);
    QVERIFY(ended.recorder().info().mainError.isEmpty());
    QCOMPARE(ended.recorder().info().total, std::chrono::seconds(1));
}

void TstSyncObjects::refusals()
{
    const QByteArray event = R"([{"name": "ready", "type": "Event"}])";
    QCOMPARE(refusalOf(event, R"([{"name": "t", "steps": [{"async_with": {"object": "ready",
        "steps": []}}]}])"),
             u"t.json: tasks[0].steps[0].async_with.object: \"ready\" is an asyncio.Event, not an "
             "asyncio.Lock, asyncio.Semaphore or asyncio.Condition (async_with takes that)"_s);
    QCOMPARE(refusalOf(kCounter, R"([{"name": "t", "steps": [{"set": "counter"}]}])"),
             u"t.json: tasks[0].steps[0].set: \"counter\" is an asyncio.Lock, not an "
             "asyncio.Event (set takes that)"_s);
    QCOMPARE(refusalOf(event, R"([{"name": "t", "steps": [{"wait_event": "nobody"}]}])"),
             u"t.json: tasks[0].steps[0].wait_event: unknown object \"nobody\" (declare it in "
             "\"objects\")"_s);
    const QByteArray cond = R"([{"name": "cond", "type": "Condition"}])";
    QCOMPARE(refusalOf(cond, R"([{"name": "t", "steps": [{"wait_condition": "cond"}]}])"),
             u"t.json: tasks[0].steps[0].wait_condition: wait_condition must be inside "
             "{\"async_with\": {\"object\": \"cond\", ...}}: CPython raises RuntimeError when the "
             "condition's lock is not held"_s);
    QCOMPARE(refusalOf(kCounter, R"([{"name": "t", "steps": [{"async_with": {"object":
        "counter", "steps": [{"async_with": {"object": "counter", "steps": []}}]}}]}])"),
             u"t.json: tasks[0].steps[0].async_with.steps[0].async_with.object: \"counter\" is "
             "held already by an async_with around this one: a Lock cannot be taken twice, the "
             "task would wait for itself forever"_s);
    QCOMPARE(refusalOf(R"([{"name": "t", "type": "Lock"}])", R"([{"name": "t", "steps": []}])"),
             u"t.json: objects[0]: \"t\" is defined twice (first at tasks[0])"_s);
    QCOMPARE(refusalOf(R"([{"name": "a", "type": "Lock"}, {"name": "a", "type": "Event"}])",
                       R"([{"name": "t", "steps": []}])"),
             u"t.json: objects[1].name: the object \"a\" is declared twice"_s);
    QVERIFY(refusalOf(R"([{"name": "a", "type": "Mutex"}])", R"([{"name": "t", "steps": []}])")
                .startsWith(u"t.json: objects[0].type: \"type\" must be one of Lock, Event, "
                            "Semaphore, Condition, Queue"_s));
    QCOMPARE(refusalOf(R"([{"name": "a", "type": "Semaphore", "value": 0}])",
                       R"([{"name": "t", "steps": []}])"),
             u"t.json: objects[0].value: \"value\" must be a whole number from 1 to 1000000, "
             "found 0"_s);
    QCOMPARE(refusalOf(R"([{"name": "a", "type": "Lock", "maxsize": 2}])",
                       R"([{"name": "t", "steps": []}])"),
             u"t.json: objects[0].maxsize: a Lock takes no \"maxsize\""_s);
    QVERIFY(refusalOf(R"([{"name": "2a", "type": "Lock"}])", R"([{"name": "t", "steps": []}])")
                .startsWith(u"t.json: objects[0].name: an object's \"name\" must be an "
                            "identifier"_s));
    QCOMPARE(ck::ScenarioLoader::fromJson(
                 scenarioJson(kCounter,
                              R"([{"name": "t", "steps": [{"async_with": {"object": "counter",
                                  "steps": [{"call": {"routine": "r", "as": "v"}}]}}]}])",
                              R"([{"name": "r", "steps": [{"return": "x"}]}])"),
                 u"t.json"_s)
                 .error,
             u"t.json: tasks[0].steps[0]: return values, variables and f-strings inside an "
             "async_with are not followed yet: use them outside it"_s);
    // A Queue of any maxsize is read; its steps come later.
    QVERIFY(ck::ScenarioLoader::fromJson(
                scenarioJson(R"([{"name": "orders", "type": "Queue", "maxsize": 3},
                                 {"name": "any", "type": "Queue"}])",
                             R"([{"name": "t", "steps": []}])"),
                u"t.json"_s)
                .ok());
}

void TstSyncObjects::syncModeRefuses()
{
    const auto scenario = cktest::fromJson(scenarioJson(kCounter, kThreeCooks).constData());
    const QString refusal = cktest::mode(u"sync"_s).refusal(*scenario);
    QVERIFY2(refusal.contains(u"it uses the asyncio object “counter”, which needs an event loop, "
                              "and sync mode has none"_s),
             qPrintable(refusal));
}

void TstSyncObjects::pythonDeclaresTheObjects()
{
    const QByteArray objects = R"([{"name": "counter", "type": "Lock"},
        {"name": "pool", "type": "Semaphore", "value": 2}, {"name": "orders", "type": "Queue",
        "maxsize": 3}])";
    const auto scenario = cktest::fromJson(scenarioJson(objects, kThreeCooks).constData());
    const auto program = ck::PythonProgram::generate(*scenario, cktest::mode(u"gather"_s),
                                                     ck::Language::English, 1.0, nullptr);
    QVERIFY(program);
    const QString text = program->text;
    QVERIFY2(text.contains(u"import time\n\ncounter = asyncio.Lock()\npool = asyncio.Semaphore(2)\n"
                           "orders = asyncio.Queue(maxsize=3)\n"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"    async with counter:\n        print("_s));
}

QTEST_GUILESS_MAIN(TstSyncObjects)
#include "tst_syncobjects.moc"
