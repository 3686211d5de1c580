#include <QStringList>
#include <QTest>

#include "trace/recorder.h"

#include <chrono>
#include <vector>

using namespace std::chrono_literals;
using std::chrono::nanoseconds;

namespace {

int begin(ck::Recorder &recorder, int lane, int depth, ck::SpanKind kind, nanoseconds start)
{
    ck::Span span;
    span.lane = lane;
    span.depth = std::int16_t(depth);
    span.kind = kind;
    span.start = start;
    return recorder.beginSpan(span);
}

std::vector<int> spansOf(const ck::Recorder &recorder, int lane)
{
    std::vector<int> spans;
    for (int s = recorder.firstSpanOf(lane); s >= 0; s = recorder.nextSpanOf(s))
        spans.push_back(s);
    return spans;
}

} // namespace

class TstRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachLaneChainsItsSpans();
    void summaryFollowsEnds();
    void untilKeepsTheChains();
    void failuresAndDownloadsAreKeptUp();
    void namesAreKeptBesideTheSpans();
    void reasonsAreKeptBesideTheSpans();
    void aSpanHoldsBytesOrAskedNeverBoth();
};

void TstRecorder::eachLaneChainsItsSpans()
{
    ck::Recorder recorder;
    recorder.reserve(3, 8);
    for (int lane = 0; lane < 3; ++lane)
        recorder.addLane(ck::Lane{QStringLiteral("t%1").arg(lane), -1, lane});
    begin(recorder, 0, 0, ck::SpanKind::Task, 0s);  // 0
    begin(recorder, 1, 0, ck::SpanKind::Task, 0s);  // 1
    begin(recorder, 0, 1, ck::SpanKind::Wait, 0s);  // 2
    begin(recorder, 1, 1, ck::SpanKind::Chunk, 2s); // 3
    begin(recorder, 1, 1, ck::SpanKind::Chunk, 1s); // 4: recorded after a later start
    begin(recorder, 0, 1, ck::SpanKind::Wait, 1s);  // 5
    QCOMPARE(spansOf(recorder, 0), (std::vector<int>{0, 2, 5}));
    QCOMPARE(spansOf(recorder, 1), (std::vector<int>{1, 3, 4}));
    QCOMPARE(spansOf(recorder, 2), std::vector<int>{});
    QCOMPARE(recorder.spanCountOf(0), 3);
    QCOMPARE(recorder.spanCountOf(2), 0);
    QVERIFY(recorder.spansStartInOrder(0));
    QVERIFY(!recorder.spansStartInOrder(1));
    QVERIFY(recorder.spansStartInOrder(2));
}

void TstRecorder::summaryFollowsEnds()
{
    ck::Recorder recorder;
    recorder.addLane(ck::Lane{QStringLiteral("t"), -1, 0});
    QCOMPARE(recorder.maxCoroutineDepth(), 0);
    QCOMPARE(recorder.latestEnd(), nanoseconds(0));
    const int task = begin(recorder, 0, 0, ck::SpanKind::Task, 0s);
    const int routine = begin(recorder, 0, 2, ck::SpanKind::Routine, 1s);
    begin(recorder, 0, 5, ck::SpanKind::Wait, 1s); // waits are not coroutines
    QCOMPARE(recorder.maxCoroutineDepth(), 2);
    recorder.endSpan(routine, 4s, 4s, ck::SpanState::Done);
    QCOMPARE(recorder.latestEnd(), nanoseconds(4s));
    QVERIFY(!recorder.anyCoroutineCancelled());
    recorder.endSpan(task, 3s, 3s, ck::SpanState::Cancelled);
    QCOMPARE(recorder.latestEnd(), nanoseconds(4s));
    QVERIFY(recorder.anyCoroutineCancelled());
}

void TstRecorder::untilKeepsTheChains()
{
    ck::Recorder recorder;
    recorder.addLane(ck::Lane{QStringLiteral("a"), -1, 0});
    recorder.addLane(ck::Lane{QStringLiteral("b"), -1, 1});
    const int a = begin(recorder, 0, 0, ck::SpanKind::Task, 0s);
    begin(recorder, 1, 0, ck::SpanKind::Task, 0s);
    const int wait = begin(recorder, 0, 1, ck::SpanKind::Wait, 1s);
    begin(recorder, 1, 1, ck::SpanKind::Wait, 3s);
    recorder.endSpan(wait, 2s, 2s, ck::SpanState::Done);
    recorder.endSpan(a, 2s, 2s, ck::SpanState::Cancelled);
    const ck::Recorder past = recorder.until(1500ms, 0);
    QCOMPARE(past.spans().size(), std::size_t(3));
    QCOMPARE(spansOf(past, 0), (std::vector<int>{0, 2}));
    QCOMPARE(spansOf(past, 1), std::vector<int>{1});
    QCOMPARE(past.latestEnd(), nanoseconds(0)); // nothing had ended by then
    QVERIFY(!past.anyCoroutineCancelled());
}

// The summary asks every frame which tasks failed and whether anything downloads: the recorder
// keeps both up, in a snapshot too, instead of the view scanning a million spans.
void TstRecorder::failuresAndDownloadsAreKeptUp()
{
    ck::Recorder recorder;
    for (int lane = 0; lane < 3; ++lane)
        recorder.addLane(ck::Lane{QStringLiteral("t%1").arg(lane), -1, lane});
    const int first = begin(recorder, 0, 0, ck::SpanKind::Task, 0s);
    const int second = begin(recorder, 1, 0, ck::SpanKind::Task, 0s);
    const int routine = begin(recorder, 2, 1, ck::SpanKind::Routine, 0s);
    QVERIFY(!recorder.hasDownloads());
    recorder.endSpan(routine, 1s, 1s, ck::SpanState::Failed, QStringLiteral("not a task"));
    recorder.endSpan(second, 2s, 2s, ck::SpanState::Failed, QStringLiteral("boom"));
    recorder.endSpan(second, 2s, 2s, ck::SpanState::Failed, QStringLiteral("boom")); // once
    recorder.endSpan(first, 3s, 3s, ck::SpanState::Failed, QStringLiteral("later"));
    QCOMPARE(recorder.failedTasks(), (std::vector<int>{second, first}));
    begin(recorder, 0, 1, ck::SpanKind::Download, 4s);
    QVERIFY(recorder.hasDownloads());
    const ck::Recorder past = recorder.until(2500ms, 0);
    QCOMPARE(past.failedTasks(), std::vector<int>{second}); // the first had not failed yet
    QVERIFY(!past.hasDownloads());
}

// A span's name is the recorder's: a Task span named as its lane keeps nothing of its own (a
// crowd's million), any other name is kept beside the spans, and the past of a run has them too.
void TstRecorder::namesAreKeptBesideTheSpans()
{
    ck::Recorder recorder;
    recorder.addLane(ck::Lane{QStringLiteral("brew"), -1, 0});
    recorder.addLane(ck::Lane{QStringLiteral("toast"), -1, 1});
    ck::Span task;
    const int asLane = recorder.beginSpan(task, QStringLiteral("brew"));
    task.lane = 1;
    recorder.beginSpan(task, QStringLiteral("toast_bagel"));
    recorder.beginSpan(task); // no name, on a lane with one
    ck::Span wait;
    wait.kind = ck::SpanKind::Wait;
    wait.depth = 1;
    recorder.beginSpan(wait);
    const int named = recorder.beginSpan(wait, QStringLiteral("reader.read()"));
    task.lane = 2; // no such lane (yet)
    recorder.beginSpan(task);
    recorder.addLane(ck::Lane{QStringLiteral("late"), -1, 2});
    const auto namesIn = [&](const ck::Recorder &run) {
        QStringList names;
        for (int i = 0; i < int(run.spans().size()); ++i)
            names << run.nameOf(i);
        return names;
    };
    const QStringList expected{QStringLiteral("brew"),
                               QStringLiteral("toast_bagel"),
                               QString(),
                               QString(),
                               QStringLiteral("reader.read()"),
                               QString()};
    QCOMPARE(namesIn(recorder), expected);
    QCOMPARE(recorder.nameOf(recorder.spans()[std::size_t(named)]),
             QStringLiteral("reader.read()"));
    QCOMPARE(recorder.nameOf(recorder.spans()[std::size_t(asLane)]), QStringLiteral("brew"));
    const ck::Span copy = recorder.spans()[std::size_t(asLane)];
    QVERIFY(recorder.nameOf(copy).isEmpty()); // not one of its spans
    QCOMPARE(namesIn(recorder.until(1s, 0)), expected);
}

// Why a span failed is kept beside it, from its last end on; the past of a run keeps the reasons
// of the spans that had ended by then, and a span open then has none.
void TstRecorder::reasonsAreKeptBesideTheSpans()
{
    ck::Recorder recorder;
    recorder.addLane(ck::Lane{QStringLiteral("t"), -1, 0});
    const int task = begin(recorder, 0, 0, ck::SpanKind::Task, 0s);
    const int early = begin(recorder, 0, 1, ck::SpanKind::Routine, 0s);
    const int done = begin(recorder, 0, 1, ck::SpanKind::Wait, 0s);
    QVERIFY(recorder.reasonOf(task).isEmpty());
    recorder.endSpan(early, 1s, 1s, ck::SpanState::Failed, QStringLiteral("ValueError: early"));
    recorder.endSpan(task, 3s, 3s, ck::SpanState::Failed, QStringLiteral("ValueError: bad"));
    recorder.endSpan(done, 2s, 2s, ck::SpanState::Done);
    QCOMPARE(recorder.reasonOf(task), QStringLiteral("ValueError: bad"));
    QCOMPARE(recorder.reasonOf(recorder.spans()[std::size_t(early)]),
             QStringLiteral("ValueError: early"));
    QVERIFY(recorder.reasonOf(done).isEmpty());
    const ck::Recorder past = recorder.until(2s, 0);
    QVERIFY(past.reasonOf(task).isEmpty()); // still running at 2 s
    QCOMPARE(past.reasonOf(early), QStringLiteral("ValueError: early"));
    recorder.endSpan(task, 3s, 3s, ck::SpanState::Done); // ended again, without a reason
    QVERIFY(recorder.reasonOf(task).isEmpty());
    // A span recorded ended brings its reason; a timed-out cancel keeps it.
    ck::Span cancelled;
    cancelled.depth = 1;
    cancelled.kind = ck::SpanKind::Routine;
    cancelled.end = cancelled.wallEnd = 4s;
    cancelled.state = ck::SpanState::Cancelled;
    const int recorded = recorder.beginSpan(cancelled, {}, QStringLiteral("CancelledError"));
    QCOMPARE(recorder.reasonOf(recorded), QStringLiteral("CancelledError"));
    recorder.timeOutCancelled(0, recorded);
    QCOMPARE(recorder.spans()[std::size_t(recorded)].state, ck::SpanState::TimedOut);
    QCOMPARE(recorder.reasonOf(recorded), QStringLiteral("CancelledError"));
}

// Bytes (a Chunk, a Download) and the duration asked for (a sleep, a block) share a span's field:
// each kind reads what it holds, and what it cannot hold reads as before (0 bytes, -1 asked).
void TstRecorder::aSpanHoldsBytesOrAskedNeverBoth()
{
    QCOMPARE(sizeof(ck::Span), std::size_t(48));
    ck::Span download;
    download.kind = ck::SpanKind::Download;
    QCOMPARE(download.bytes(), qint64(0));
    QCOMPARE(download.asked(), nanoseconds(-1));
    download.setBytes(-1); // unknown size
    QCOMPARE(download.bytes(), qint64(-1));
    download.setBytes(5'000'000'000);
    QCOMPARE(download.bytes(), qint64(5'000'000'000));
    QCOMPARE(download.asked(), nanoseconds(-1));
    ck::Span wait;
    wait.kind = ck::SpanKind::Wait;
    QCOMPARE(wait.asked(), nanoseconds(-1));
    wait.setAsked(0ns);
    QCOMPARE(wait.asked(), nanoseconds(0));
    wait.setAsked(3s);
    QCOMPARE(wait.asked(), nanoseconds(3s));
    QCOMPARE(wait.bytes(), qint64(0));
    ck::Recorder recorder;
    const int chunk = begin(recorder, 0, 1, ck::SpanKind::Download, 0s);
    recorder.setSpanBytes(chunk, 300);
    QCOMPARE(recorder.spans()[std::size_t(chunk)].bytes(), qint64(300));
}

QTEST_GUILESS_MAIN(TstRecorder)
#include "tst_recorder.moc"
