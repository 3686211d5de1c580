// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "codegen/pythonprogram.h"
#include "runharness.h"
#include "teach/narration.h"
#include "teach/pitfallfinder.h"
#include "trace/awaittext.h"

#include <algorithm>
#include <chrono>

using namespace std::chrono_literals;

namespace {

// Three to_thread calls of 2 s on a pool of 2 workers, and a task that ticks each second: the
// third call waits for a worker, and the loop runs `ticks` meanwhile (CPython 3.11 prints the
// same: tests/data/oracle/to-thread-pool.json in the oracle test, and test_corokitchen_oracle.py).
const char *const kPool = R"json({"format": "corokitchen-scenario/1", "id": "pool",
    "title": "pool", "threads": 2, "tasks": [
    {"name": "a", "steps": [{"log": "start a"}, {"to_thread": 2}, {"log": "end a"}]},
    {"name": "b", "steps": [{"log": "start b"}, {"to_thread": 2}, {"log": "end b"}]},
    {"name": "c", "steps": [{"log": "start c"}, {"to_thread": 2}, {"log": "end c"}]},
    {"name": "ticks", "steps": [{"log": "tick 0"}, {"wait": 1}, {"log": "tick 1"}, {"wait": 1},
                                {"log": "tick 2"}]}]})json";

const ck::Lane *laneNamed(const ck::Recorder &recorder, const QString &name)
{
    for (const ck::Lane &lane : recorder.lanes())
        if (lane.name == name)
            return &lane;
    return nullptr;
}

// The spans of `kind` on the lane named `lane`, as "start..end" in seconds.
QStringList spansOn(const ck::Recorder &recorder, const QString &lane, ck::SpanKind kind)
{
    QStringList out;
    for (const ck::Span &span : recorder.spans()) {
        if (span.kind == kind && recorder.lanes()[std::size_t(span.lane)].name == lane)
            out << QStringLiteral("%1..%2")
                       .arg(std::chrono::duration<double>(span.start).count())
                       .arg(std::chrono::duration<double>(span.end).count());
    }
    return out;
}

bool hasBlockingCall(const std::vector<ck::Pitfall> &pitfalls)
{
    return std::any_of(pitfalls.begin(), pitfalls.end(), [](const ck::Pitfall &pitfall) {
        return pitfall.kind == ck::Pitfall::Kind::BlockingCall;
    });
}

} // namespace

class TstToThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusals_data();
    void refusals();
    void threadsDefaultsToFive();
    void thirdCallWaitsForAWorker();
    void workerLanesShowTheThreadBusy();
    void loopEventsSayWhatIsAwaited();
    void realClockAtSpeed();
    void syncModeBlocks();
    void lessonFixesTheBlockingCall();
    void pythonSetsThePoolSize();
};

void TstToThread::refusals_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QByteArray>("step");
    QTest::addColumn<QString>("error");
    const QString threads = QStringLiteral("t: threads: \"threads\" must be a whole number of "
                                           "worker threads from 1 to 32, found %1");
    QTest::newRow("threads 0") << QByteArray(R"("threads": 0,)") << QByteArray("1")
                               << threads.arg(QStringLiteral("0"));
    QTest::newRow("threads 33") << QByteArray(R"("threads": 33,)") << QByteArray("1")
                                << threads.arg(QStringLiteral("33"));
    QTest::newRow("threads 1.5") << QByteArray(R"("threads": 1.5,)") << QByteArray("1")
                                 << threads.arg(QStringLiteral("1.5"));
    QTest::newRow("threads text") << QByteArray(R"("threads": "2",)") << QByteArray("1")
                                  << threads.arg(QStringLiteral("\"2\""));
    QTest::newRow("seconds text") << QByteArray() << QByteArray(R"("x")")
                                  << QStringLiteral("t: tasks[0].steps[0]: \"to_thread\" must be a "
                                                    "number of seconds");
    QTest::newRow("seconds negative")
        << QByteArray() << QByteArray("-1")
        << QStringLiteral("t: tasks[0].steps[0]: \"to_thread\" must be between 0 and 86400 "
                          "seconds, found -1");
}

void TstToThread::refusals()
{
    QFETCH(QByteArray, fields);
    QFETCH(QByteArray, step);
    QFETCH(QString, error);
    const QByteArray json = R"({"format": "corokitchen-scenario/1", "id": "t", "title": "t", )" +
                            fields + R"( "tasks": [{"name": "a", "steps": [{"to_thread": )" + step +
                            "}]}]}";
    const ck::ScenarioLoadResult loaded = ck::ScenarioLoader::fromJson(json, QStringLiteral("t"));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error, error);
}

void TstToThread::threadsDefaultsToFive()
{
    const auto scenario = cktest::fromJson(R"({"format": "corokitchen-scenario/1", "id": "t",
        "title": "t", "tasks": [{"name": "a", "steps": [{"to_thread": 1}]}]})");
    QCOMPARE(scenario->threads, 5);
    QCOMPARE(cktest::fromJson(kPool)->threads, 2);
}

void TstToThread::thirdCallWaitsForAWorker()
{
    cktest::VirtualRun run(cktest::fromJson(kPool), cktest::mode(QStringLiteral("gather")));
    QCOMPARE(run.timedLines(),
             QStringList({QStringLiteral("0.000 start a"), QStringLiteral("0.000 start b"),
                          QStringLiteral("0.000 start c"), QStringLiteral("0.000 tick 0"),
                          QStringLiteral("1.000 tick 1"), QStringLiteral("2.000 end a"),
                          QStringLiteral("2.000 end b"), QStringLiteral("2.000 tick 2"),
                          QStringLiteral("4.000 end c")}));
    QCOMPARE(run.total(), 4.0);
}

void TstToThread::workerLanesShowTheThreadBusy()
{
    cktest::VirtualRun run(cktest::fromJson(kPool), cktest::mode(QStringLiteral("gather")));
    const ck::Recorder &recorder = run.recorder();
    // The coroutine is suspended from its call on, the wait for a worker included...
    QCOMPARE(spansOn(recorder, QStringLiteral("c"), ck::SpanKind::Thread),
             QStringList{QStringLiteral("0..4")});
    // ...and the worker that a finished call freed runs the third call, time.sleep holding it.
    QCOMPARE(spansOn(recorder, QStringLiteral("a/worker 1"), ck::SpanKind::Block),
             QStringList{QStringLiteral("0..2")});
    QCOMPARE(spansOn(recorder, QStringLiteral("b/worker 2"), ck::SpanKind::Block),
             QStringList{QStringLiteral("0..2")});
    QCOMPARE(spansOn(recorder, QStringLiteral("c/worker 1"), ck::SpanKind::Block),
             QStringList{QStringLiteral("2..4")});
    const ck::Lane *worker = laneNamed(recorder, QStringLiteral("c/worker 1"));
    QVERIFY(worker);
    QCOMPARE(worker->worker, 1);
    QCOMPARE(recorder.lanes()[std::size_t(worker->parent)].name, QStringLiteral("c"));
    QVERIFY(!laneNamed(recorder, QStringLiteral("c/worker 2")));
    QVERIFY(run.span(ck::SpanKind::Thread, QStringLiteral("asyncio.to_thread(time.sleep, 2)")));
    QVERIFY(run.span(ck::SpanKind::Block, QStringLiteral("time.sleep(2)")));
    QCOMPARE(ck::spanKindName(ck::SpanKind::Thread), QStringLiteral("thread"));
    QVERIFY(ck::isSuspension(ck::SpanKind::Thread));
}

void TstToThread::loopEventsSayWhatIsAwaited()
{
    cktest::VirtualRun run(cktest::builtin(QStringLiteral("to-thread")),
                           cktest::mode(QStringLiteral("gather")), true);
    const ck::Recorder &recorder = run.recorder();
    const auto &events = recorder.loopEvents();
    const auto suspended = std::find_if(events.begin(), events.end(), [](const auto &event) {
        return event.await == ck::LoopEvent::Await::Thread;
    });
    QVERIFY(suspended != events.end());
    QCOMPARE(suspended->kind, ck::LoopEvent::Kind::Suspended);
    QCOMPARE(ck::AwaitText::ofEvent(recorder, *suspended),
             QStringLiteral("asyncio.to_thread(time.sleep, 2)"));
    const std::size_t index = std::size_t(suspended - events.begin());
    // The loop goes on with another task at once.
    QCOMPARE(ck::Narration::sentence(recorder, index, ck::Language::English),
             QStringLiteral("toastBagel is suspended at await asyncio.to_thread(time.sleep, 2): a "
                            "worker thread runs the blocking call, and the loop runs other tasks "
                            "meanwhile; the loop starts brewCoffee."));
    // The worker's return, not a timer, makes toastBagel ready.
    const auto ready = std::find_if(events.begin(), events.end(), [](const auto &event) {
        return event.kind == ck::LoopEvent::Kind::Ready;
    });
    QVERIFY(ready != events.end());
    QCOMPARE(ready->time, 2s);
    QCOMPARE(ck::Narration::sentence(recorder, std::size_t(ready - events.begin()),
                                     ck::Language::English),
             QStringLiteral("The worker thread returns from toastBagel's blocking call: toastBagel "
                            "joins the ready queue."));
    // Nothing blocks the loop: no Blocked event, brewCoffee starts at once.
    QVERIFY(std::none_of(events.begin(), events.end(), [](const auto &event) {
        return event.kind == ck::LoopEvent::Kind::Blocked;
    }));
}

void TstToThread::realClockAtSpeed()
{
    // 20x: the 4 s of scenario time take 0.2 s. Late wake-ups on a busy machine only add.
    cktest::RealRun run(cktest::fromJson(kPool), cktest::mode(QStringLiteral("gather")), 20.0);
    QCOMPARE(run.lines().last(), QStringLiteral("end c"));
    QVERIFY2(run.total() >= 4.0 && run.total() < 5.0, qPrintable(QString::number(run.total())));
    const ck::Span *third = nullptr;
    for (const ck::Span &span : run.recorder().spans())
        if (span.kind == ck::SpanKind::Block &&
            run.recorder().lanes()[std::size_t(span.lane)].name.startsWith(QLatin1Char('c')))
            third = &span;
    QVERIFY(third);
    // It waited for a worker: it starts when the first two calls end, never before.
    QVERIFY(third->start >= 2s);
    QVERIFY(third->start < 3s);
}

void TstToThread::syncModeBlocks()
{
    cktest::VirtualRun run(cktest::builtin(QStringLiteral("to-thread")),
                           cktest::mode(QStringLiteral("sync")));
    QCOMPARE(run.total(), 5.0);
    QVERIFY(run.span(ck::SpanKind::Block, QStringLiteral("time.sleep(2)")));
    QVERIFY(!run.span(ck::SpanKind::Thread, QStringLiteral("asyncio.to_thread(time.sleep, 2)")));
}

void TstToThread::lessonFixesTheBlockingCall()
{
    const ck::Strategy gather = cktest::mode(QStringLiteral("gather"));
    const auto lesson = cktest::builtin(QStringLiteral("to-thread"));
    cktest::VirtualRun fixed(lesson, gather);
    QCOMPARE(fixed.total(), 3.0);
    QVERIFY(!hasBlockingCall(ck::PitfallFinder::find(*lesson, gather, fixed.recorder())));
    const auto pitfall = cktest::builtin(QStringLiteral("blocking-call"));
    cktest::VirtualRun blocked(pitfall, gather);
    QCOMPARE(blocked.total(), 5.0);
    QVERIFY(hasBlockingCall(ck::PitfallFinder::find(*pitfall, gather, blocked.recorder())));
    QVERIFY(!lesson->title.in(ck::Language::Korean).isEmpty());
    QVERIFY(lesson->description.in(ck::Language::Korean) !=
            lesson->description.in(ck::Language::English));
}

void TstToThread::pythonSetsThePoolSize()
{
    QString error;
    const auto async = ck::PythonProgram::generate(*cktest::fromJson(kPool),
                                                   cktest::mode(QStringLiteral("gather")),
                                                   ck::Language::English, 1.0, &error);
    QVERIFY(async);
    QVERIFY(async->text.contains(QStringLiteral("from concurrent.futures import "
                                                "ThreadPoolExecutor\n")));
    QVERIFY(async->text.contains(QStringLiteral(
        "    asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(2))\n")));
    QVERIFY(async->text.contains(QStringLiteral("    await asyncio.to_thread(time.sleep, 2)")));
    const auto sync =
        ck::PythonProgram::generate(*cktest::fromJson(kPool), cktest::mode(QStringLiteral("sync")),
                                    ck::Language::English, 1.0, &error);
    QVERIFY(sync);
    QVERIFY(!sync->text.contains(QStringLiteral("ThreadPoolExecutor")));
    QVERIFY(sync->text.contains(QStringLiteral("    time.sleep(2)\n")));
}

QTEST_GUILESS_MAIN(TstToThread)
#include "tst_tothread.moc"
