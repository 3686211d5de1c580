// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "runharness.h"
#include "teach/narrationlines.h"
#include "trace/awaittext.h"

#include <algorithm>

using namespace std::chrono_literals;

namespace {

// A task that sleeps, blocks and gathers two routines: every kind of await a span stands for.
const char *kAwaits = R"({"format":"corokitchen-scenario/1","id":"awaits","title":"awaits",
    "routines":[{"name":"fetch_a","steps":[{"wait":0.25}]},
                {"name":"fetch_b","steps":[{"wait":1.5}]}],
    "tasks":[{"name":"job","steps":[{"wait":0.5},{"block":2},
                                     {"gather":["fetch_a","fetch_b"]}]}]})";

const ck::Span &spanOf(const ck::Recorder &recorder, int lane, ck::SpanKind kind)
{
    const auto &spans = recorder.spans();
    const auto found = std::find_if(spans.begin(), spans.end(), [&](const ck::Span &span) {
        return span.lane == lane && span.kind == kind;
    });
    if (found == spans.end())
        throw std::runtime_error("no such span");
    return *found;
}

} // namespace

// The engine records what happened (durations asked for, the lanes a gather awaits), not
// Python text; AwaitText renders it, the same for spans, loop events and the narration.
class TstAwaitText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spansHoldStructureNotText();
    void labelsAreRenderedFromIt();
    void loopEventsRenderTheSame();
    void aSpanWithANameKeepsIt();
    void pastOfARunKeepsItsGatherLabels();
};

void TstAwaitText::spansHoldStructureNotText()
{
    cktest::VirtualRun run(cktest::fromJson(kAwaits), cktest::mode(QStringLiteral("gather")));
    const ck::Recorder &recorder = run.recorder();
    const ck::Span &wait = spanOf(recorder, 0, ck::SpanKind::Wait);
    QVERIFY(recorder.nameOf(wait).isEmpty());
    QCOMPARE(wait.asked(), 500ms);
    const ck::Span &block = spanOf(recorder, 0, ck::SpanKind::Block);
    QVERIFY(recorder.nameOf(block).isEmpty());
    QCOMPARE(block.asked(), 2s);
    // The gather's span asks for no time: its lanes name it.
    const auto gather =
        std::find_if(recorder.spans().begin(), recorder.spans().end(), [](const ck::Span &span) {
            return span.lane == 0 && span.kind == ck::SpanKind::Wait && span.asked() < 0ns;
        });
    QVERIFY(gather != recorder.spans().end());
    QVERIFY(recorder.nameOf(*gather).isEmpty());
    const int index = int(gather - recorder.spans().begin());
    const std::vector<int> lanes = recorder.gatheredLanes(index);
    QCOMPARE(lanes.size(), std::size_t(2));
    QCOMPARE(recorder.lanes()[std::size_t(lanes[0])].function(), QStringLiteral("fetch_a"));
    QCOMPARE(recorder.lanes()[std::size_t(lanes[1])].function(), QStringLiteral("fetch_b"));
    QCOMPARE(recorder.lanes()[std::size_t(lanes[1])].name, QStringLiteral("job/fetch_b"));
}

void TstAwaitText::labelsAreRenderedFromIt()
{
    cktest::VirtualRun run(cktest::fromJson(kAwaits), cktest::mode(QStringLiteral("gather")));
    QStringList labels;
    for (const ck::Span &span : run.recorder().spans())
        labels << ck::AwaitText::ofSpan(run.recorder(), span);
    QCOMPARE(labels,
             QStringList({QStringLiteral("job"), QStringLiteral("asyncio.sleep(0.5)"),
                          QStringLiteral("time.sleep(2)"),
                          QStringLiteral("asyncio.gather(fetch_a(), fetch_b())"),
                          QStringLiteral("fetch_a"), QStringLiteral("asyncio.sleep(0.25)"),
                          QStringLiteral("fetch_b"), QStringLiteral("asyncio.sleep(1.5)")}));
}

void TstAwaitText::loopEventsRenderTheSame()
{
    cktest::VirtualRun run(cktest::fromJson(kAwaits), cktest::mode(QStringLiteral("gather")), true);
    QStringList awaited;
    for (const ck::LoopEvent &event : run.recorder().loopEvents()) {
        if (event.kind == ck::LoopEvent::Kind::Suspended ||
            event.kind == ck::LoopEvent::Kind::Blocked) {
            QVERIFY(event.detail.isEmpty()); // no text from the engine
            awaited << ck::AwaitText::ofEvent(run.recorder(), event);
        }
    }
    QCOMPARE(
        awaited,
        QStringList({QStringLiteral("asyncio.gather(job())"), QStringLiteral("asyncio.sleep(0.5)"),
                     QStringLiteral("time.sleep(2)"),
                     QStringLiteral("asyncio.gather(fetch_a(), fetch_b())"),
                     QStringLiteral("asyncio.sleep(0.25)"), QStringLiteral("asyncio.sleep(1.5)")}));
    const QStringList story =
        ck::NarrationLines::story({&run.recorder()}, {}, ck::Language::English);
    QVERIFY2(std::any_of(story.begin(), story.end(),
                         [](const QString &line) {
                             return line.contains(QStringLiteral(
                                 "job is suspended at await asyncio.gather(fetch_a(), fetch_b())"));
                         }),
             qPrintable(story.join(QLatin1Char('\n'))));
}

void TstAwaitText::aSpanWithANameKeepsIt()
{
    // A run recorded elsewhere may name an await the engine has no structure for.
    ck::Recorder recorder;
    recorder.addLane(ck::Lane{QStringLiteral("t"), -1, 0});
    ck::Span span;
    span.kind = ck::SpanKind::Wait;
    span.setAsked(1s);
    recorder.beginSpan(span, QStringLiteral("reader.read()"));
    QCOMPARE(ck::AwaitText::ofSpan(recorder, recorder.spans().front()),
             QStringLiteral("reader.read()"));
    ck::Span unnamed;
    unnamed.kind = ck::SpanKind::Wait; // neither asked nor gathered: nothing to say
    recorder.beginSpan(unnamed);
    QCOMPARE(ck::AwaitText::ofSpan(recorder, recorder.spans().back()), QString());
}

void TstAwaitText::pastOfARunKeepsItsGatherLabels()
{
    cktest::VirtualRun run(cktest::fromJson(kAwaits), cktest::mode(QStringLiteral("gather")), true);
    const ck::Recorder past = run.recorder().until(2600ms, run.recorder().loopEvents().size());
    QStringList labels;
    for (const ck::Span &span : past.spans())
        labels << ck::AwaitText::ofSpan(past, span);
    QVERIFY2(labels.contains(QStringLiteral("asyncio.gather(fetch_a(), fetch_b())")),
             qPrintable(labels.join(QLatin1Char('|'))));
}

QTEST_GUILESS_MAIN(TstAwaitText)
#include "tst_awaittext.moc"
