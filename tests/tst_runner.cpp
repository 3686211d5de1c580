// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "runharness.h"
#include "timingbounds.h"

#include <QFile>

#include <chrono>

using namespace std::chrono_literals;
using ck::SpanKind;
using ck::SpanState;
using cktest::VirtualRun;

namespace {

double seconds(std::chrono::nanoseconds time)
{
    return std::chrono::duration<double>(time).count();
}

} // namespace

class TstRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinTotals_data();
    void builtinTotals();
    void seedPrintOrder_data();
    void seedPrintOrder();
    void koreanLines();
    void taskSpanStartsAtFirstStepAndRoutinesNest();
    void gatheredRoutinesGetLanesOfTheirOwn();
    void blockingStepDelaysOtherTasks();
    void syncModeBlocksEveryWait();
    void afterWaitsForPredecessors();
    void afterARaisingTaskWaitsUntilCancelled();
    void afterARaisingTaskAwaitedFirstIsADeadlock();
    void sequentialRefusesTaskBeforeItsPredecessor();
    void boundedAdmitsInFileOrder();
    void unawaitedTaskIsCancelledWhenMainReturns();
    void unawaitedTaskThatEndsInTimeIsDone();
    void syncRefusesUnawaitedTasks();
    void stopCancelsEverySleepAtOnce();
    void destroyingARunnerMidRunIsClean();
    void realClockRunMatchesVirtualWithinTolerance();
    void realClockKeepsTheOrderOfSameInstantWakeUps_data();
    void realClockKeepsTheOrderOfSameInstantWakeUps();
};

void TstRunner::builtinTotals_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<double>("total");
    const struct
    {
        const char *id;
        double sync, sequential, gather, createTask, bounded2;
    } expected[] = {
        {"kitchen", 5, 5, 3, 3, 3},       {"api-calls", 9, 9, 3, 3, 6},
        {"two-downloads", 4, 4, 2, 2, 2}, {"download-chunks", 4, 4, 4, 4, 4},
        {"blocking-call", 5, 5, 5, 5, 5},
    };
    for (const auto &row : expected) {
        const QString id = QString::fromLatin1(row.id);
        const std::pair<const char *, double> modes[] = {{"sync", row.sync},
                                                         {"sequential", row.sequential},
                                                         {"gather", row.gather},
                                                         {"create-task", row.createTask},
                                                         {"bounded:2", row.bounded2}};
        for (const auto &[mode, total] : modes)
            QTest::addRow("%s %s", row.id, mode) << id << QString::fromLatin1(mode) << total;
    }
}

void TstRunner::builtinTotals()
{
    QFETCH(QString, scenario);
    QFETCH(QString, mode);
    QFETCH(double, total);
    VirtualRun run(cktest::builtin(scenario), cktest::mode(mode));
    QCOMPARE(run.recorder().info().total, std::chrono::nanoseconds(std::llround(total * 1e9)));
    QVERIFY(run.runner->failures().isEmpty());
}

void TstRunner::seedPrintOrder_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("lines");
    const QStringList kitchenSync{
        QStringLiteral("0.000 Start brewCoffee()"),
        QStringLiteral("3.000 End brewCoffee()"),
        QStringLiteral("3.000 Start toastBagel()"),
        QStringLiteral("5.000 End toastBagel()"),
        QStringLiteral("5.000 Result of brewCoffee : Coffee ready"),
        QStringLiteral("5.000 Result of toastBagel : Bagel toasted"),
    };
    const QStringList kitchenConcurrent{
        QStringLiteral("0.000 Start brewCoffee()"),
        QStringLiteral("0.000 Start toastBagel()"),
        QStringLiteral("2.000 End toastBagel()"),
        QStringLiteral("3.000 End brewCoffee()"),
        QStringLiteral("3.000 Result of brewCoffee : Coffee ready"),
        QStringLiteral("3.000 Result of toastBagel : Bagel toasted"),
    };
    QTest::newRow("seed 003 synchronous") << "kitchen"
                                          << "sync" << kitchenSync;
    QTest::newRow("kitchen sequential") << "kitchen"
                                        << "sequential" << kitchenSync;
    QTest::newRow("seed 003 gather") << "kitchen"
                                     << "gather" << kitchenConcurrent;
    QTest::newRow("seed 003 create_task") << "kitchen"
                                          << "create-task" << kitchenConcurrent;
    QTest::newRow("seed 001 two downloads")
        << "two-downloads"
        << "gather"
        << QStringList{QStringLiteral("0.000 A: start"), QStringLiteral("0.000 B: start"),
                       QStringLiteral("2.000 A: done"), QStringLiteral("2.000 B: done")};
    QTest::newRow("seed 001 download_file")
        << "download-chunks"
        << "sequential"
        << QStringList{QStringLiteral("0.000 Download started"),
                       QStringLiteral("0.000 Chunk 1 request sent"),
                       QStringLiteral("2.000 Chunk 1 response received"),
                       QStringLiteral("2.000 First chunk done"),
                       QStringLiteral("2.000 Chunk 2 request sent"),
                       QStringLiteral("4.000 Chunk 2 response received"),
                       QStringLiteral("4.000 Second chunk done"),
                       QStringLiteral("4.000 Result of download_file : data1data2")};
}

void TstRunner::seedPrintOrder()
{
    QFETCH(QString, scenario);
    QFETCH(QString, mode);
    QFETCH(QStringList, lines);
    VirtualRun run(cktest::builtin(scenario), cktest::mode(mode));
    QCOMPARE(run.timedLines(), lines);
}

void TstRunner::koreanLines()
{
    VirtualRun run(cktest::builtin(QStringLiteral("two-downloads")),
                   cktest::mode(QStringLiteral("gather")));
    QCOMPARE(run.lines(ck::Language::Korean),
             QStringList({QStringLiteral("A: 시작"), QStringLiteral("B: 시작"),
                          QStringLiteral("A: 완료"), QStringLiteral("B: 완료")}));
}

void TstRunner::taskSpanStartsAtFirstStepAndRoutinesNest()
{
    VirtualRun run(cktest::builtin(QStringLiteral("download-chunks")),
                   cktest::mode(QStringLiteral("sequential")));
    const ck::Span *task = run.span(SpanKind::Task, QStringLiteral("download_file"));
    const ck::Span *chunk2 = run.span(SpanKind::Routine, QStringLiteral("fetch_chunk_2"));
    QVERIFY(task && chunk2);
    QCOMPARE(task->start, 0ns);
    QCOMPARE(task->end, std::chrono::nanoseconds(4s));
    QCOMPARE(task->state, SpanState::Done);
    QCOMPARE(chunk2->lane, task->lane);
    QCOMPARE(chunk2->depth, 1);
    QCOMPARE(chunk2->start, std::chrono::nanoseconds(2s));
    QCOMPARE(chunk2->end, std::chrono::nanoseconds(4s));
    int waits = 0;
    for (const auto &span : run.recorder().spans()) {
        if (span.kind == SpanKind::Wait) {
            ++waits;
            QCOMPARE(span.depth, 2);
            QCOMPARE(span.duration(), std::chrono::nanoseconds(2s));
        }
    }
    QCOMPARE(waits, 2);
}

void TstRunner::gatheredRoutinesGetLanesOfTheirOwn()
{
    VirtualRun run(cktest::fromJson(R"({"format":"corokitchen-scenario/1","id":"g","title":"g",
        "routines":[{"name":"fast","steps":[{"wait":1}]},{"name":"slow","steps":[{"wait":2}]}],
        "tasks":[{"name":"main_task","steps":[{"gather":["fast","slow"]},{"log":"both done"}]}]})"),
                   cktest::mode(QStringLiteral("gather")));
    QCOMPARE(run.total(), 2.0);
    const auto &lanes = run.recorder().lanes();
    QCOMPARE(lanes.size(), std::size_t(3));
    QCOMPARE(lanes[1].name, QStringLiteral("main_task/fast"));
    QCOMPARE(lanes[1].parent, 0);
    QCOMPARE(lanes[2].name, QStringLiteral("main_task/slow"));
    const ck::Span *slow = run.span(SpanKind::Routine, QStringLiteral("slow"));
    QVERIFY(slow);
    QCOMPARE(slow->lane, 2);
    QCOMPARE(slow->depth, 0);
    QCOMPARE(run.timedLines(), QStringList{QStringLiteral("2.000 both done")});
}

void TstRunner::blockingStepDelaysOtherTasks()
{
    // time.sleep inside a coroutine holds the loop: the other task's 1 s sleep ends at 2 s.
    VirtualRun run(cktest::fromJson(R"({"format":"corokitchen-scenario/1","id":"b","title":"b",
        "tasks":[{"name":"sleeper","steps":[{"wait":1},{"log":"woke"}]},
                 {"name":"blocker","steps":[{"block":2},{"log":"unblocked"}]}]})"),
                   cktest::mode(QStringLiteral("gather")));
    QCOMPARE(run.timedLines(),
             QStringList({QStringLiteral("2.000 unblocked"), QStringLiteral("2.000 woke")}));
    const ck::Span *block = run.span(SpanKind::Block, QStringLiteral("time.sleep(2)"));
    QVERIFY(block);
    QCOMPARE(block->duration(), std::chrono::nanoseconds(2s));
}

void TstRunner::syncModeBlocksEveryWait()
{
    VirtualRun run(cktest::builtin(QStringLiteral("kitchen")),
                   cktest::mode(QStringLiteral("sync")));
    int blocks = 0;
    for (const auto &span : run.recorder().spans()) {
        QVERIFY(span.kind != SpanKind::Wait);
        blocks += span.kind == SpanKind::Block;
    }
    QCOMPARE(blocks, 2);
}

void TstRunner::afterWaitsForPredecessors()
{
    VirtualRun run(cktest::fromJson(R"({"format":"corokitchen-scenario/1","id":"a","title":"a",
        "tasks":[{"name":"serve","after":["cook"],"steps":[{"log":"serve"},{"wait":1}]},
                 {"name":"cook","steps":[{"wait":2},{"log":"cooked"}]},
                 {"name":"tidy","steps":[{"wait":0.5},{"log":"tidy"}]}]})"),
                   cktest::mode(QStringLiteral("gather")));
    QCOMPARE(run.timedLines(),
             QStringList({QStringLiteral("0.500 tidy"), QStringLiteral("2.000 cooked"),
                          QStringLiteral("2.000 serve")}));
    const ck::Span *serve = run.span(SpanKind::Task, QStringLiteral("serve"));
    QVERIFY(serve);
    QCOMPARE(serve->start, std::chrono::nanoseconds(2s));
    QCOMPARE(run.total(), 3.0);
}

// CPython 3.11 on the program `code` writes: first raises at 1 s, main() raises it from the
// gather, and asyncio.run cancels second, still at `await done["first"].wait()` (the raise skips
// done["first"].set()), and third: nothing is printed, the traceback ends "ValueError: bad".
void TstRunner::afterARaisingTaskWaitsUntilCancelled()
{
    cktest::VirtualRun run(
        cktest::fromJson(R"({"format":"corokitchen-scenario/1","id":"a","title":"a",
        "tasks":[{"name":"first","steps":[{"wait":1},{"raise":{"type":"ValueError","message":"bad"}}]},
                 {"name":"second","after":["first"],"steps":[{"log":"never"}]},
                 {"name":"third","steps":[{"wait":3},{"log":"never either"}]}]})"),
        cktest::mode(QStringLiteral("gather")), true);
    QVERIFY(run.timedLines().isEmpty());
    QCOMPARE(run.recorder().info().mainError, QStringLiteral("ValueError: bad"));
    QVERIFY(!run.span(SpanKind::Task, QStringLiteral("second"))); // its body never ran
    const auto &events = run.recorder().loopEvents();
    const auto second = std::find_if(events.begin(), events.end(), [](const ck::LoopEvent &e) {
        return e.lane == 1 && e.kind == ck::LoopEvent::Kind::Finished;
    });
    QVERIFY(second != events.end());
    QCOMPARE(second->state, SpanState::Cancelled);
    QCOMPARE(second->time, std::chrono::nanoseconds(1s));
}

// main() awaits second before first: CPython's loop waits forever once first has raised (the
// oracle reports "deadlock at 1.0 s"); on the virtual clock the run ends there, second
// cancelled with the deadlock's reason, which main() raises.
void TstRunner::afterARaisingTaskAwaitedFirstIsADeadlock()
{
    cktest::VirtualRun run(
        cktest::fromJson(R"({"format":"corokitchen-scenario/1","id":"a","title":"a",
        "tasks":[{"name":"second","after":["first"],"steps":[{"log":"never"}]},
                 {"name":"first","steps":[{"wait":1},{"raise":{"type":"ValueError","message":"bad"}}]}]})"),
        cktest::mode(QStringLiteral("create-task")));
    QVERIFY(run.timedLines().isEmpty());
    const QString error = run.recorder().info().mainError;
    QVERIFY2(error.startsWith(QStringLiteral("asyncio.exceptions.CancelledError: deadlock")),
             qPrintable(error));
}

void TstRunner::sequentialRefusesTaskBeforeItsPredecessor()
{
    auto scenario = cktest::fromJson(R"({"format":"corokitchen-scenario/1","id":"a","title":"a",
        "tasks":[{"name":"serve","after":["cook"],"steps":[{"wait":1}]},
                 {"name":"cook","steps":[{"wait":2}]}]})");
    QCOMPARE(cktest::mode(QStringLiteral("sequential")).refusal(*scenario),
             QStringLiteral(
                 "tasks[0] \"serve\" comes after \"cook\", which runs later in sequential mode"));
    QVERIFY(cktest::mode(QStringLiteral("gather")).refusal(*scenario).isEmpty());
}

void TstRunner::boundedAdmitsInFileOrder()
{
    VirtualRun run(cktest::fromJson(R"({"format":"corokitchen-scenario/1","id":"b","title":"b",
        "tasks":[{"name":"t1","steps":[{"wait":2}]},{"name":"t2","steps":[{"wait":1}]},
                 {"name":"t3","steps":[{"wait":1}]},{"name":"t4","steps":[{"wait":1}]}]})"),
                   cktest::mode(QStringLiteral("bounded:2")));
    QCOMPARE(seconds(run.span(SpanKind::Task, QStringLiteral("t1"))->start), 0.0);
    QCOMPARE(seconds(run.span(SpanKind::Task, QStringLiteral("t2"))->start), 0.0);
    QCOMPARE(seconds(run.span(SpanKind::Task, QStringLiteral("t3"))->start), 1.0);
    QCOMPARE(seconds(run.span(SpanKind::Task, QStringLiteral("t4"))->start), 2.0);
    QCOMPARE(run.total(), 3.0);
}

void TstRunner::unawaitedTaskIsCancelledWhenMainReturns()
{
    VirtualRun run(cktest::builtin(QStringLiteral("forgotten-task")),
                   cktest::mode(QStringLiteral("gather")));
    QCOMPARE(run.timedLines(), (QStringList{
                                   QStringLiteral("0.000 Start sendReceipt()"),
                                   QStringLiteral("0.000 Start brewCoffee()"),
                                   QStringLiteral("0.000 Start toastBagel()"),
                                   QStringLiteral("2.000 End toastBagel()"),
                                   QStringLiteral("3.000 End brewCoffee()"),
                                   QStringLiteral("3.000 Result of brewCoffee : Coffee ready"),
                                   QStringLiteral("3.000 Result of toastBagel : Bagel toasted"),
                               }));
    QCOMPARE(run.total(), 3.0);
    QVERIFY(!run.recorder().info().cancelled); // the user did not stop it
    QVERIFY(run.runner->failures().isEmpty());
    const auto &spans = run.recorder().spans();
    const auto receipt = std::find_if(spans.begin(), spans.end(), [&](const ck::Span &span) {
        return span.kind == ck::SpanKind::Task &&
               run.recorder().nameOf(span) == QLatin1String("sendReceipt");
    });
    QVERIFY(receipt != spans.end());
    QCOMPARE(receipt->state, ck::SpanState::Cancelled);
    QCOMPARE(receipt->end, std::chrono::nanoseconds(3s));
    QVERIFY(run.recorder().lanes()[0].detached);
}

void TstRunner::unawaitedTaskThatEndsInTimeIsDone()
{
    // One by one, main() takes 5 s: the receipt (4 s) goes out before asyncio.run cancels.
    VirtualRun run(cktest::builtin(QStringLiteral("forgotten-task")),
                   cktest::mode(QStringLiteral("sequential")));
    QVERIFY(run.lines().contains(QStringLiteral("Receipt sent")));
    QCOMPARE(run.lines().first(), QStringLiteral("Start brewCoffee()")); // main runs it inline
    QCOMPARE(run.total(), 5.0);
}

void TstRunner::syncRefusesUnawaitedTasks()
{
    const QString refusal = cktest::mode(QStringLiteral("sync"))
                                .refusal(*cktest::builtin(QStringLiteral("forgotten-task")));
    QCOMPARE(refusal, QStringLiteral("tasks[0] \"sendReceipt\" is created as a task and never "
                                     "awaited: that needs an event loop, and sync mode has none"));
}

void TstRunner::stopCancelsEverySleepAtOnce()
{
    ck::Scheduler scheduler(std::make_unique<ck::RealClock>(1.0));
    ck::Runner runner(scheduler, cktest::builtin(QStringLiteral("kitchen")),
                      cktest::mode(QStringLiteral("gather")));
    QSignalSpy finished(&runner, &ck::Runner::finished);
    runner.start();
    QTimer::singleShot(50, &runner, [&] { runner.stop(); });
    QVERIFY(finished.wait(1000)); // far less than the 3 s the run would take
    const auto &info = runner.recorder()->info();
    QVERIFY(info.cancelled);
    QVERIFY(info.total < 1s);
    int cancelledTasks = 0;
    for (const auto &span : runner.recorder()->spans())
        cancelledTasks += span.kind == SpanKind::Task && span.state == SpanState::Cancelled;
    QCOMPARE(cancelledTasks, 2);
    QVERIFY(runner.failures().isEmpty()); // cancelled is not failed
    QCOMPARE(scheduler.timerCount(), std::size_t(0));
}

void TstRunner::destroyingARunnerMidRunIsClean()
{
    ck::Scheduler scheduler(std::make_unique<ck::VirtualClock>());
    std::shared_ptr<const ck::Recorder> recorder;
    {
        ck::Runner runner(scheduler, cktest::builtin(QStringLiteral("api-calls")),
                          cktest::mode(QStringLiteral("gather")));
        runner.start();
        recorder = runner.recorder();
    } // destroyed before its first step ran: cancels; coroutines unwind on the scheduler
    QTRY_VERIFY(recorder->info().finished);
    QVERIFY(recorder->info().cancelled);
    QVERIFY(!scheduler.hasWork());
}

void TstRunner::realClockRunMatchesVirtualWithinTolerance()
{
    // 5x speed: the kitchen's 3 s take 600 ms of wall time; scenario times stay in seconds.
    // Never early; late by at most 1.5 s of scenario time (300 ms of wall time, which a loaded
    // machine keeps to), where timers that wake at half speed end 3 s late; 10 s beside other
    // tests.
    ck::Scheduler scheduler(std::make_unique<ck::RealClock>(5.0));
    ck::Runner runner(scheduler, cktest::builtin(QStringLiteral("kitchen")),
                      cktest::mode(QStringLiteral("gather")));
    QSignalSpy finished(&runner, &ck::Runner::finished);
    runner.start();
    QVERIFY(finished.wait(10000));
    const auto &info = runner.recorder()->info();
    QVERIFY2(info.total >= 3s &&
                 info.total <= 3s + cktest::lateBound<std::chrono::milliseconds>(1500ms, 10s),
             qPrintable(QString::number(seconds(info.total))));
    // The same in wall time, which a clock at the wrong speed (scenario time still right) fails.
    QVERIFY2(info.wallTotal >= 600ms &&
                 info.wallTotal <= 600ms + cktest::lateBound<std::chrono::milliseconds>(300ms, 2s),
             qPrintable(QString::number(seconds(info.wallTotal))));
}

void TstRunner::realClockKeepsTheOrderOfSameInstantWakeUps_data()
{
    QTest::addColumn<QString>("mode");
    for (const char *mode : {"gather", "create-task", "bounded:2"})
        QTest::newRow(mode) << QString::fromLatin1(mode);
}

void TstRunner::realClockKeepsTheOrderOfSameInstantWakeUps()
{
    // b's and r1's timers are both due at 1 s, set microseconds apart on the real clock; b then
    // blocks. Fired in one iteration (as asyncio does), r1 ends before d, which waits for b,
    // can start: the order of the virtual clock. Fired one by one, d would jump ahead.
    QFETCH(QString, mode);
    const auto scenario = cktest::scenarioNamed(QStringLiteral("tricky-asyncio.json"));
    VirtualRun exact(scenario, cktest::mode(mode));
    ck::Scheduler scheduler(std::make_unique<ck::RealClock>(10.0));
    ck::Runner runner(scheduler, scenario, cktest::mode(mode));
    QSignalSpy finished(&runner, &ck::Runner::finished);
    runner.start();
    QVERIFY(finished.wait(5000));
    QStringList lines;
    for (const ck::LogLine &line : runner.recorder()->logLines())
        lines << line.text.english();
    QCOMPARE(lines, exact.lines());
}

QTEST_GUILESS_MAIN(TstRunner)
#include "tst_runner.moc"
