#pragma once

#include "lagsample.h"
#include "lane.h"
#include "logline.h"
#include "loopevent.h"
#include "runinfo.h"
#include "span.h"

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

    int addLane(Lane lane);
    int beginSpan(Span span); // span.end stays -1 until endSpan
    void endSpan(int index, std::chrono::nanoseconds end, std::chrono::nanoseconds wallEnd,
                 SpanState state, const QString &reason = {});
    // A Download span's expected size, once known (from the step, or Content-Length).
    void setSpanBytes(int index, qint64 bytes);
    void addLog(LogLine line);
    void addLoopEvent(LoopEvent event);
    void addLagSample(LagSample sample) { m_lagSamples.push_back(sample); }
    void setHeartbeat(std::chrono::nanoseconds period) { m_info.heartbeat = period; }
    void finish(std::chrono::nanoseconds total, std::chrono::nanoseconds wallTotal, bool cancelled);

    // The run as it was at `time`, with its first `eventCount` loop events (for step and
    // rewind): later spans, lines and samples left out, spans still open then open again.
    Recorder until(std::chrono::nanoseconds time, std::size_t eventCount) const;

    // Called after each new log line (the CLI prints them live).
    void setLogListener(std::function<void(const LogLine &)> listener);

private:
    RunInfo m_info;
    std::vector<Lane> m_lanes;
    std::vector<Span> m_spans;
    std::vector<LogLine> m_logLines;
    std::vector<LoopEvent> m_loopEvents;
    std::vector<LagSample> m_lagSamples;
    std::function<void(const LogLine &)> m_logListener;
};

} // namespace ck
