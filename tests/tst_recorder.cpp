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

QTEST_GUILESS_MAIN(TstRecorder)
#include "tst_recorder.moc"
