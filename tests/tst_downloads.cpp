// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "coro/cancellederror.h"
#include "coro/spawn.h"
#include "corotest.h"
#include "net/loopbackconnection.h"
#include "net/loopbackserver.h"
#include "run/downloadexecutor.h"
#include "run/idealtime.h"
#include "run/runplan.h"
#include "run/runpreflight.h"
#include "runharness.h"
#include "timingbounds.h"

using namespace std::chrono_literals;
using ck::SpanKind;
using ck::SpanState;

namespace {

double seconds(std::chrono::nanoseconds time)
{
    return std::chrono::duration<double>(time).count();
}

QByteArray scenarioOf(const QByteArray &tasks, const QByteArray &routines = "[]")
{
    return R"({"format":"corokitchen-scenario/1","id":"d","title":"d","routines":)" + routines +
           R"(,"tasks":)" + tasks + "}";
}

std::vector<const ck::Span *> chunksOf(const ck::Recorder &recorder, int lane)
{
    std::vector<const ck::Span *> chunks;
    for (const auto &span : recorder.spans())
        if (span.kind == SpanKind::Chunk && span.lane == lane)
            chunks.push_back(&span);
    return chunks;
}

// The download span of `lane` (a task's lane), the first one.
const ck::Span *downloadOf(const ck::Recorder &recorder, int lane)
{
    for (const auto &span : recorder.spans())
        if (span.kind == SpanKind::Download && span.lane == lane)
            return &span;
    return nullptr;
}

using cktest::RealRun;

// The first step (a download) of a scenario's only task, run in a ck::Task of its own so that a
// test can cancel it, as a program cancels a task; then, if `after` is positive, a sleep.
struct CancellableDownload
{
    std::unique_ptr<ck::Scheduler> scheduler;
    std::shared_ptr<ck::Recorder> recorder = std::make_shared<ck::Recorder>();
    std::shared_ptr<ck::RunContext> context;
    ck::Task<> task;
    std::chrono::nanoseconds raisedAt{-1}; // when CancelledError came out of the download step

    CancellableDownload(std::unique_ptr<ck::Clock> clock, const QByteArray &tasks,
                        std::chrono::nanoseconds after = {})
        : scheduler(std::make_unique<ck::Scheduler>(std::move(clock)))
    {
        auto scenario = cktest::fromJson(scenarioOf(tasks).constData());
        recorder->addLane(ck::Lane{scenario->tasks[0].name, -1, 0, false});
        const ck::Strategy gather = cktest::mode(QStringLiteral("gather"));
        context = std::make_shared<ck::RunContext>(*scheduler, scenario, gather, recorder,
                                                   ck::RunPlan::of(*scenario, {gather}));
        context->time().markOrigin();
        task = ck::spawn(scheduler.get(), [this, after] { return body(after); });
    }

    QCoro::Task<> body(std::chrono::nanoseconds after)
    {
        const ck::Step *step = &context->scenario().tasks[0].steps[0];
        try {
            co_await ck::DownloadExecutor::run(context, step, ck::CodeLocation::task(0, 0), 0, 1);
            if (after.count() > 0)
                co_await scheduler->sleep(after);
        } catch (const ck::CancelledError &) {
            raisedAt = context->time().elapsed();
            throw;
        }
    }

    const ck::Span *download() const
    {
        for (const auto &span : recorder->spans())
            if (span.kind == SpanKind::Download)
                return &span;
        return nullptr;
    }
};

} // namespace

class TstDownloads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void virtualDownloadIsPacedExactly();
    void virtualStreamingHandlesEachChunkAsItArrives();
    void virtualDropAndTimeoutRaiseInTheirTasks();
    void simulationFollowsTheServersPacing();
    void urlDownloadNeedsTheRealClock();
    void idealTimeOfDownloads();
    void builtinsOnTheVirtualClock();
    void httpDownloadsGatherBeatsSequential();
    void faultsRaiseTheirPythonExceptions();
    void stopAbortsEveryReply();
    void streamingOverLoopbackKeepsOrder();
    void realChunksAreNeverEarlyAndBarelyLate();
    void cancelledVirtualDownloadRaisesAndClosesItsSpans();
    void cancelledRealDownloadAbortsItsConnection();
    void waitAfterARealDownloadIsCancellable();
};

void TstDownloads::virtualDownloadIsPacedExactly()
{
    cktest::VirtualRun run(
        cktest::fromJson(scenarioOf(R"([{"name":"get","steps":[{"download":{"bytes":100000,
            "rate":50000,"latency":0.5,"chunk":25000}},{"log":"got it"}]}])")
                             .constData()),
        cktest::mode(QStringLiteral("gather")));
    QCOMPARE(run.total(), 2.5);
    const auto chunks = chunksOf(run.recorder(), 0);
    QCOMPARE(chunks.size(), std::size_t(4));
    const double arrivals[] = {1.0, 1.5, 2.0, 2.5};
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        QCOMPARE(seconds(chunks[i]->end), arrivals[i]);
        QCOMPARE(chunks[i]->bytes(), qint64(25000));
    }
    QCOMPARE(seconds(chunks[0]->start), 0.0); // from the request to the first bytes
    QCOMPARE(run.timedLines(), QStringList{QStringLiteral("2.500 got it")});
}

void TstDownloads::virtualStreamingHandlesEachChunkAsItArrives()
{
    // Chunks arrive at 1.0, 1.5, 2.0, 2.5; playing takes 0.75 s each, so playing falls behind
    // and each chunk waits for the previous one to be played: 1.75, 2.5, 3.25, 4.0.
    cktest::VirtualRun run(
        cktest::fromJson(scenarioOf(R"([{"name":"watch","steps":[{"download":{"bytes":100000,
            "rate":50000,"latency":0.5,"chunk":25000,"each":"play"}}]}])",
                                    R"([{"name":"play","steps":[{"log":"play"},{"wait":0.75}]}])")
                             .constData()),
        cktest::mode(QStringLiteral("gather")));
    QCOMPARE(run.timedLines(),
             QStringList({QStringLiteral("1.000 play"), QStringLiteral("1.750 play"),
                          QStringLiteral("2.500 play"), QStringLiteral("3.250 play")}));
    QCOMPARE(run.total(), 4.0);
    QCOMPARE(chunksOf(run.recorder(), 0).size(), std::size_t(4));
}

void TstDownloads::virtualDropAndTimeoutRaiseInTheirTasks()
{
    // Each fault raises in its own task (ConnectionError at the cut, TimeoutError once the
    // timeout passes without data), where `except OSError` catches it; the other task goes on.
    cktest::VirtualRun run(cktest::fromJson(scenarioOf(R"([
            {"name":"dropped","steps":[{"try":{"steps":[{"download":{"bytes":100000,
                "rate":100000,"chunk":10000,"drop_after":30000}}],
                "except":[{"type":"OSError","steps":[{"log":"dropped: caught"}]}]}}]},
            {"name":"slow","steps":[{"try":{"steps":[{"download":{"bytes":10,"latency":5,
                "timeout":1}}],"except":[{"type":"OSError","steps":[{"log":"slow: caught"}]}]}}]},
            {"name":"fine","steps":[{"wait":2},{"log":"fine"}]}])")
                                                .constData()),
                           cktest::mode(QStringLiteral("gather")));
    QCOMPARE(run.runner->failures(), QStringList());
    QCOMPARE(run.timedLines(),
             QStringList({QStringLiteral("0.300 dropped: caught"),
                          QStringLiteral("1.000 slow: caught"), QStringLiteral("2.000 fine")}));
    QCOMPARE(run.recorder().reasonOf(*downloadOf(run.recorder(), 0)),
             QStringLiteral("ConnectionError: connection closed after 30000 of 100000 bytes"));
    QCOMPARE(run.recorder().reasonOf(*downloadOf(run.recorder(), 1)),
             QStringLiteral("TimeoutError: timed out: no data for 1 s"));
    QCOMPARE(seconds(downloadOf(run.recorder(), 1)->end), 1.0);
    QCOMPARE(seconds(downloadOf(run.recorder(), 0)->end), 0.3);
    QCOMPARE(downloadOf(run.recorder(), 0)->state, SpanState::Failed);
}

void TstDownloads::simulationFollowsTheServersPacing()
{
    // Like the loopback server: a cut that falls inside a chunk sends that chunk short, when the
    // rate has earned its bytes; a body of nothing still ends when the status line arrives.
    auto scenario = cktest::fromJson(scenarioOf(R"([
        {"name":"cut","steps":[{"download":{"bytes":100000,"rate":100000,"latency":0.5,
                                            "chunk":10000,"drop_after":25000}}]},
        {"name":"empty","steps":[{"download":{"bytes":0,"latency":0.4}}]}])")
                                         .constData());
    cktest::VirtualRun run(scenario, cktest::mode(QStringLiteral("gather")));
    const auto chunks = chunksOf(run.recorder(), 0);
    QCOMPARE(chunks.size(), std::size_t(3));
    QCOMPARE(chunks.back()->bytes(), qint64(5000));
    QCOMPARE(seconds(chunks.back()->end), 0.75);
    QCOMPARE(seconds(run.span(SpanKind::Task, QStringLiteral("cut"))->end), 0.75);
    QCOMPARE(seconds(run.span(SpanKind::Task, QStringLiteral("empty"))->end), 0.4);
    QCOMPARE(run.span(SpanKind::Task, QStringLiteral("empty"))->state, SpanState::Done);
    QCOMPARE(ck::IdealTime::of(*scenario, cktest::mode(QStringLiteral("gather"))),
             std::chrono::nanoseconds(750ms));
}

void TstDownloads::urlDownloadNeedsTheRealClock()
{
    auto scenario = cktest::fromJson(scenarioOf(R"([{"name":"a","steps":[{"wait":1}]},
                       {"name":"b","steps":[{"log":"x"},{"download":{"url":"/bytes/10"}}]}])")
                                         .constData());
    ck::VirtualClock virtualClock;
    ck::RealClock realClock;
    const auto gather = cktest::mode(QStringLiteral("gather"));
    QCOMPARE(ck::RunPreflight::refusal(*scenario, gather, virtualClock),
             QStringLiteral("tasks[1].steps[1]: a download from a URL needs the real clock (the "
                            "virtual clock can only simulate {\"bytes\": N} downloads)"));
    QVERIFY(ck::RunPreflight::refusal(*scenario, gather, realClock).isEmpty());
}

void TstDownloads::idealTimeOfDownloads()
{
    auto scenario = cktest::fromJson(
        scenarioOf(R"([{"name":"get","steps":[{"download":{"bytes":100000,"rate":50000,
                       "latency":0.5,"chunk":25000,"each":"play"}}]}])",
                   R"([{"name":"play","steps":[{"wait":0.75}]}])")
            .constData());
    QCOMPARE(ck::IdealTime::of(*scenario, cktest::mode(QStringLiteral("gather"))),
             std::chrono::nanoseconds(4s));
}

void TstDownloads::builtinsOnTheVirtualClock()
{
    cktest::VirtualRun movie(cktest::builtin(QStringLiteral("movie-stream")),
                             cktest::mode(QStringLiteral("gather")));
    const QStringList lines = movie.timedLines();
    QVERIFY(lines.contains(QStringLiteral("0.700 streaming: playing a chunk")));
    QVERIFY(lines.contains(QStringLiteral("2.200 download first: playing the whole movie")));
    QCOMPARE(movie.total(), 4.2);
    cktest::VirtualRun sequential(cktest::builtin(QStringLiteral("http-downloads")),
                                  cktest::mode(QStringLiteral("sequential")));
    cktest::VirtualRun gathered(cktest::builtin(QStringLiteral("http-downloads")),
                                cktest::mode(QStringLiteral("gather")));
    QCOMPARE(sequential.total(), 1.6 + 1.7 + 2.05);
    QCOMPARE(gathered.total(), 2.05);
}

void TstDownloads::httpDownloadsGatherBeatsSequential()
{
    // The built-in at 4x: about 1.3 s of wall time one by one, 0.5 s gathered.
    auto scenario = cktest::builtin(QStringLiteral("http-downloads"));
    RealRun sequential(scenario, cktest::mode(QStringLiteral("sequential")), 4.0);
    RealRun gathered(scenario, cktest::mode(QStringLiteral("gather")), 4.0);
    QVERIFY(sequential.runner->failures().isEmpty());
    QVERIFY(gathered.runner->failures().isEmpty());
    QVERIFY2(gathered.total() <= 0.7 * sequential.total(),
             qPrintable(QStringLiteral("%1 vs %2").arg(gathered.total()).arg(sequential.total())));
    QVERIFY2(sequential.total() >= 1.6 + 1.7 + 2.05 - 0.05,
             qPrintable(QString::number(sequential.total())));
    for (int lane = 0; lane < 3; ++lane)
        QVERIFY(chunksOf(*gathered.runner->recorder(), lane).size() >= 3);
}

void TstDownloads::faultsRaiseTheirPythonExceptions()
{
    // Every fault on the real clock is the exception the generated program raises; each task
    // catches its own (an uncaught one would end main() and cancel the others).
    const auto caught = [](const char *name, const char *download) {
        return QByteArray(R"({"name":")") + name + R"(","steps":[{"try":{"steps":[{"download":)" +
               download + R"(}],"except":[{"type":"OSError","steps":[{"log":")" + name +
               R"( caught"}]}]}}]})";
    };
    RealRun run(
        cktest::fromJson(
            scenarioOf("[" + caught("good", R"({"bytes":50000,"rate":500000,"chunk":10000})") +
                       "," + caught("missing", R"({"url":"/missing"})") + "," +
                       caught("refused", R"({"url":"http://127.0.0.1:1/"})") + "," +
                       caught("dropped", R"({"bytes":50000,"chunk":5000,"drop_after":20000})") +
                       "," + caught("silent", R"({"bytes":10,"latency":2,"timeout":0.2})") + "]")
                .constData()),
        cktest::mode(QStringLiteral("gather")));
    QCOMPARE(run.runner->failures(), QStringList());
    QCOMPARE(downloadOf(run.recorder(), 0)->state, SpanState::Done);
    QCOMPARE(run.recorder().reasonOf(*downloadOf(run.recorder(), 1)),
             QStringLiteral("ConnectionError: HTTP 404 Not Found"));
    QCOMPARE(run.recorder().reasonOf(*downloadOf(run.recorder(), 2)),
             QStringLiteral("ConnectionRefusedError: connection refused: http://127.0.0.1:1/"));
    QCOMPARE(run.recorder().reasonOf(*downloadOf(run.recorder(), 3)),
             QStringLiteral("ConnectionError: connection closed after 20000 of 50000 bytes"));
    QCOMPARE(run.recorder().reasonOf(*downloadOf(run.recorder(), 4)),
             QStringLiteral("TimeoutError: timed out: no data for 0.2 s"));
    QStringList lines = run.lines();
    lines.sort();
    QCOMPARE(lines,
             (QStringList{QStringLiteral("dropped caught"), QStringLiteral("missing caught"),
                          QStringLiteral("refused caught"), QStringLiteral("silent caught")}));
}

void TstDownloads::stopAbortsEveryReply()
{
    ck::Scheduler scheduler(std::make_unique<ck::RealClock>(1.0));
    ck::Runner runner(scheduler,
                      cktest::fromJson(scenarioOf(R"([
        {"name":"a","steps":[{"download":{"bytes":1000000,"rate":100000,"chunk":10000}}]},
        {"name":"b","steps":[{"download":{"bytes":1000000,"rate":100000,"chunk":10000,
                                          "each":"p"}}]}])",
                                                  R"([{"name":"p","steps":[{"wait":0.01}]}])")
                                           .constData()),
                      cktest::mode(QStringLiteral("gather")));
    QSignalSpy finished(&runner, &ck::Runner::finished);
    runner.start();
    QTest::qWait(150);
    runner.stop();
    QVERIFY(finished.wait(2000));
    QVERIFY(runner.recorder()->info().cancelled);
    QVERIFY(runner.recorder()->info().total < 1s);
    QTRY_COMPARE(ck::LoopbackConnection::instanceCount(), 0); // the server saw both go
}

void TstDownloads::streamingOverLoopbackKeepsOrder()
{
    RealRun run(cktest::fromJson(scenarioOf(R"([{"name":"watch","steps":[{"download":{
            "bytes":40000,"rate":400000,"chunk":10000,"each":"play"}}]}])",
                                            R"([{"name":"play","steps":[{"log":"play"},
                                                {"wait":0.02}]}])")
                                     .constData()),
                cktest::mode(QStringLiteral("gather")));
    QVERIFY(run.runner->failures().isEmpty());
    const auto &spans = run.runner->recorder()->spans();
    std::vector<double> plays;
    for (const auto &span : spans)
        if (span.kind == SpanKind::Routine)
            plays.push_back(seconds(span.start));
    QCOMPARE(plays.size(), std::size_t(4)); // 40000 bytes in 10000-byte deliveries
    QVERIFY(std::is_sorted(plays.begin(), plays.end()));
    QVERIFY(chunksOf(*run.runner->recorder(), 0).size() >= 2);
}

void TstDownloads::realChunksAreNeverEarlyAndBarelyLate()
{
    // Over loopback each chunk arrives when the server's pacing sends it: at latency + (bytes so
    // far) / rate of scenario time, never before, and late only by the connection's set-up, the
    // server's millisecond timer and scheduling (a few milliseconds on a quiet machine).
    RealRun run(cktest::fromJson(scenarioOf(R"([{"name":"get","steps":[{"download":{
            "bytes":40000,"rate":100000,"latency":0.1,"chunk":10000}}]}])")
                                     .constData()),
                cktest::mode(QStringLiteral("gather")));
    QVERIFY(run.runner->failures().isEmpty());
    const auto chunks = chunksOf(*run.runner->recorder(), 0);
    QCOMPARE(chunks.size(), std::size_t(4));
    const auto late = cktest::lateBound<std::chrono::nanoseconds>(150ms, 2s);
    for (std::size_t index = 0; index < chunks.size(); ++index) {
        const auto due = 100ms + (index + 1) * 100ms;
        const auto end = chunks[index]->end;
        QVERIFY2(end >= due && end <= due + late,
                 qPrintable(QStringLiteral("chunk %1 at %2 s").arg(index).arg(seconds(end))));
    }
}

void TstDownloads::cancelledVirtualDownloadRaisesAndClosesItsSpans()
{
    // Chunks arrive at 1.0, 1.5, 2.0, 2.5; the task is cancelled at 1.2, waiting for the second.
    CancellableDownload run(std::make_unique<ck::VirtualClock>(),
                            R"([{"name":"get","steps":[{"download":{"bytes":100000,
            "rate":50000,"latency":0.5,"chunk":25000}}]}])");
    ck::Scheduler *s = run.scheduler.get();
    bool cancelled = false;
    std::uint64_t cancelIteration = 0;
    std::uint64_t raisedIteration = 0;
    auto main = [&]() -> QCoro::Task<> {
        co_await s->sleep(1200ms);
        cancelled = run.task.cancel(QStringLiteral("enough"));
        cancelIteration = s->iterations();
        try {
            co_await run.task;
        } catch (const ck::CancelledError &) {
            raisedIteration = s->iterations();
        }
    };
    cktest::runSync(main());
    QVERIFY(cancelled);
    QVERIFY(run.task.isCancelled());
    QCOMPARE(seconds(run.raisedAt), 1.2);
    // Raised one iteration after the cancel, seen by the awaiter one later (as for a sleep).
    QCOMPARE(raisedIteration - cancelIteration, std::uint64_t(2));
    const ck::Span *download = run.download();
    QVERIFY(download);
    QCOMPARE(download->state, SpanState::Cancelled);
    QCOMPARE(seconds(download->end), 1.2);
    // The last line of CPython's traceback for task.cancel("enough").
    QCOMPARE(run.recorder->reasonOf(*download),
             QStringLiteral("asyncio.exceptions.CancelledError: enough"));
    const auto chunks = chunksOf(*run.recorder, 0);
    QCOMPARE(chunks.size(), std::size_t(2));
    QCOMPARE(chunks[0]->state, SpanState::Done);
    QCOMPARE(chunks[1]->state, SpanState::Cancelled); // the one on its way, no byte of it
    QCOMPARE(seconds(chunks[1]->start), 1.0);
    QCOMPARE(seconds(chunks[1]->end), 1.2);
    QCOMPARE(chunks[1]->bytes(), qint64(0));
    QCOMPARE(s->timerCount(), std::size_t(0)); // the pacing timer went with it
}

void TstDownloads::cancelledRealDownloadAbortsItsConnection()
{
    // 1 MB at 100 kB/s from the embedded server: ten seconds, cancelled after its first chunk.
    CancellableDownload run(std::make_unique<ck::RealClock>(1.0),
                            R"([{"name":"get","steps":[{"download":{"bytes":1000000,
            "rate":100000,"chunk":10000}}]}])");
    ck::Scheduler *s = run.scheduler.get();
    bool raised = false;
    QElapsedTimer wall;
    qint64 cancelToRaise = -1;
    auto main = [&]() -> QCoro::Task<> {
        while (chunksOf(*run.recorder, 0).empty())
            co_await s->sleep(5ms);
        wall.start();
        run.task.cancel();
        try {
            co_await run.task;
        } catch (const ck::CancelledError &) {
            raised = true;
            cancelToRaise = wall.elapsed();
        }
    };
    cktest::runSync(main(), 5s);
    QVERIFY(raised);
    QVERIFY(run.task.isCancelled());
    QVERIFY2(cancelToRaise < 1000, qPrintable(QString::number(cancelToRaise)));
    const ck::Span *download = run.download();
    QVERIFY(download);
    QCOMPARE(download->state, SpanState::Cancelled);
    QVERIFY(download->end < 5s);
    const auto chunks = chunksOf(*run.recorder, 0);
    QVERIFY(chunks.size() >= 2);
    QCOMPARE(chunks.back()->state, SpanState::Cancelled);
    QVERIFY(chunks.back()->end <= download->end);
    for (std::size_t i = 0; i + 1 < chunks.size(); ++i)
        QCOMPARE(chunks[i]->state, SpanState::Done);
    QTRY_COMPARE(ck::LoopbackConnection::instanceCount(), 0); // the server saw it go
}

void TstDownloads::waitAfterARealDownloadIsCancellable()
{
    // The network resumed the download; the task's next wait is still one it can be cancelled in.
    CancellableDownload run(std::make_unique<ck::RealClock>(1.0),
                            R"([{"name":"get","steps":[{"download":{"bytes":1000,
            "chunk":1000}}]}])",
                            10s);
    ck::Scheduler *s = run.scheduler.get();
    bool raised = false;
    auto main = [&]() -> QCoro::Task<> {
        while (!run.download() || run.download()->state == SpanState::Running)
            co_await s->sleep(5ms);
        co_await s->sleep(20ms); // the task is in its ten-second sleep
        run.task.cancel();
        try {
            co_await run.task;
        } catch (const ck::CancelledError &) {
            raised = true;
        }
    };
    cktest::runSync(main(), 5s);
    QVERIFY(raised);
    QCOMPARE(run.download()->state, SpanState::Done);
    QVERIFY(run.raisedAt < 2s);
    QCOMPARE(s->timerCount(), std::size_t(0));
}

QTEST_GUILESS_MAIN(TstDownloads)
#include "tst_downloads.moc"
