#pragma once

#include "lagsample.h"
#include "lane.h"
#include "logline.h"
#include "loopevent.h"
#include "runinfo.h"
#include "span.h"

#include <QHash>

#include <functional>
#include <vector>

namespace ck {

// Append-only record of one run: lanes, spans and log lines in scenario time since the run
// began. The engine writes it; views and exports only read it.
class Recorder
{
public:
    explicit Recorder(RunInfo info = {});

    const RunInfo &info() const { return m_info; }
    const std::vector<Lane> &lanes() const { return m_lanes; }
    const std::vector<Span> &spans() const { return m_spans; }
    const std::vector<LogLine> &logLines() const { return m_logLines; }
    const std::vector<LoopEvent> &loopEvents() const { return m_loopEvents; }
    const std::vector<LagSample> &lagSamples() const { return m_lagSamples; }

    // Room for this many lanes and spans in all, so that a big run does not grow its lists
    // by copying them.
    void reserve(std::size_t lanes, std::size_t spans);
    int addLane(Lane lane);
    void markCancelledByRun(int lane) { m_lanes[std::size_t(lane)].cancelledByRun = true; }
    // The lanes a gather's Wait span awaits (Lane::gatheredBy), in the gather's order.
    std::vector<int> gatheredLanes(int span) const;
    // `span` awaits the lanes `owner` gathered too (each `await` of an as_completed loop).
    void shareGatheredLanes(int span, int owner);
    // A lane made before the span that awaits it (a real Python program's tasks exist before
    // its gather awaits them) is gathered by `span` from now on, as `how` says (Lane::inGroup,
    // asCompleted, waited); a lane some span gathered already stays that span's.
    void markGathered(int lane, int span, const Lane &how);
    // span.end stays -1 until endSpan. `name`: what it is called, if it has a name of its own (a
    // task, a routine, what a download fetches, "chunk 3"); the engine leaves it empty for what
    // AwaitText renders. `reason`: why it failed, for a span recorded ended.
    int beginSpan(Span span, const QString &name = {}, const QString &reason = {});
    // The name span `index` began with: a Task span named as its lane costs nothing to keep.
    const QString &nameOf(int index) const;
    // The same for one of spans() (empty for a span that is not).
    const QString &nameOf(const Span &span) const;
    // Why span `index` failed (its last endSpan's reason), empty if it did not.
    const QString &reasonOf(int index) const;
    const QString &reasonOf(const Span &span) const;
    void endSpan(int index, std::chrono::nanoseconds end, std::chrono::nanoseconds wallEnd,
                 SpanState state, const QString &reason = {});
    // The spans of `lane` from `firstSpan` on that ended cancelled now end timed out: an
    // asyncio.timeout() block's deadline cancelled them and the block raised TimeoutError.
    void timeOutCancelled(int lane, int firstSpan);
    // The spans of `lane` from `firstSpan` on that the exception `raised` ended (failed with it
    // as their reason) now end caught: an except clause of the same task (`clause`, as Python
    // spells its header: "except ValueError") caught it. A Download keeps its failure: that is
    // what the network did, whatever the program made of it.
    void markCaught(int lane, int firstSpan, const QString &raised, const QString &clause);
    // The except clause that caught the exception that ended span `index`, or nullptr.
    const QString *caughtBy(int index) const;
    // The same for one of spans() (nullptr for a span that is not).
    const QString *caughtBy(const Span &span) const;
    // A Download span's expected size, once known (from the step, or Content-Length).
    void setSpanBytes(int index, qint64 bytes);
    // What the Routine span `index` returned (the repr of the value), once it has.
    void setReturned(int index, LocalizedText value);
    const LocalizedText *returnedBy(int index) const;
    void addLog(LogLine line);
    void addLoopEvent(LoopEvent event);
    void addLagSample(LagSample sample) { m_lagSamples.push_back(sample); }
    void setHeartbeat(std::chrono::nanoseconds period) { m_info.heartbeat = period; }
    // What the exports call the run (RunInfo::mode): "QCoro" and "CPython" side by side.
    void setMode(QString mode) { m_info.mode = std::move(mode); }
    // main() has returned: the lines printed from now on are of asyncio.run's last iteration.
    void markMainReturned() { m_info.mainLines = int(m_logLines.size()); }
    // main() ended with this exception instead (RunInfo::mainError).
    void setMainError(QString error) { m_info.mainError = std::move(error); }
    void finish(std::chrono::nanoseconds total, std::chrono::nanoseconds wallTotal, bool cancelled);

    // The spans of one lane in the order they were recorded, without scanning the others:
    // for (int s = firstSpanOf(lane); s >= 0; s = nextSpanOf(s)).
    int firstSpanOf(int lane) const { return m_laneSpans[std::size_t(lane)].first; }
    int nextSpanOf(int span) const { return m_nextInLane[std::size_t(span)]; }
    int spanCountOf(int lane) const { return m_laneSpans[std::size_t(lane)].count; }
    // Whether the lane's spans were recorded in the order they started (chunks are recorded
    // when they end, so a lane with downloads may not be).
    bool spansStartInOrder(int lane) const { return m_laneSpans[std::size_t(lane)].inOrder; }
    // Kept up as spans are added and ended, so that views need not scan the whole run: the
    // deepest Task or Routine span, whether one ended cancelled, and the latest span start
    // and end.
    int maxCoroutineDepth() const { return m_maxCoroutineDepth; }
    bool anyCoroutineCancelled() const { return m_cancelledCoroutines > 0; }
    // Whether any span timed out (SpanState::TimedOut).
    bool anyTimedOut() const { return m_anyTimedOut; }
    // Whether any span ended by an exception that was caught (SpanState::Caught).
    bool anyCaught() const { return m_anyCaught; }
    std::chrono::nanoseconds latestEnd() const { return m_latestEnd; }
    std::chrono::nanoseconds latestStart() const { return m_latestStart; }
    // The Task spans that failed, in the order they ended, whether any download began and
    // whether any coroutine waited on a named object (a queue, lock or event).
    const std::vector<int> &failedTasks() const { return m_failedTasks; }
    bool hasDownloads() const { return m_hasDownloads; }
    bool hasObjectWaits() const { return m_hasObjectWaits; }

    // The run as it was at `time`, with its first `eventCount` loop events (for step and
    // rewind): later spans, lines and samples left out, spans still open then open again.
    Recorder until(std::chrono::nanoseconds time, std::size_t eventCount) const;

    // Called after each new log line (the CLI prints them live).
    void setLogListener(std::function<void(const LogLine &)> listener);

private:
    struct LaneSpans
    {
        int first = -1;
        int last = -1;
        int count = 0;
        bool inOrder = true;
    };

    int appendSpan(Span span, const QString &name, const QString &reason);
    void keepName(int index, const Span &span, const QString &name);
    void keepReason(int index, const QString &reason);
    // The index of one of m_spans, -1 for a span that is not.
    int indexOf(const Span &span) const;
    void noteEnd(const Span &span);
    void noteFailure(int index);

    RunInfo m_info;
    std::vector<Lane> m_lanes;
    std::vector<Span> m_spans;
    std::vector<LogLine> m_logLines;
    std::vector<LoopEvent> m_loopEvents;
    std::vector<LagSample> m_lagSamples;
    std::function<void(const LogLine &)> m_logListener;
    std::vector<LaneSpans> m_laneSpans; // per lane
    std::vector<int> m_nextInLane;      // per span: the next span of its lane, -1 at the end
    // Per span whose name is not its lane's: a Task span named as its lane has no entry, nor
    // has a span of any other kind without a name (a crowd's million spans have none).
    QHash<int, QString> m_names;
    QHash<int, QString> m_reasons;        // per span that ended with a reason
    QHash<int, LocalizedText> m_returned; // per Routine span that returned
    QHash<int, QString> m_caughtBy;       // per Caught span: the clause that caught it
    QHash<int, int> m_firstGathered; // per gather span: its first lane (they are made together)
    int m_maxCoroutineDepth = 0;
    int m_cancelledCoroutines = 0; // the coroutine spans that ended cancelled
    bool m_anyTimedOut = false;
    bool m_anyCaught = false;
    bool m_hasDownloads = false;
    bool m_hasObjectWaits = false;
    std::vector<int> m_failedTasks;
    std::chrono::nanoseconds m_latestEnd{0};
    std::chrono::nanoseconds m_latestStart{0};
};

} // namespace ck
