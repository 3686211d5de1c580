#pragma once

#include "lane.h"
#include "logline.h"
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

    int addLane(Lane lane);
    int beginSpan(Span span); // span.end stays -1 until endSpan
    void endSpan(int index, std::chrono::nanoseconds end, std::chrono::nanoseconds wallEnd,
                 SpanState state, const QString &reason = {});
    // A Download span's expected size, once known (from the step, or Content-Length).
    void setSpanBytes(int index, qint64 bytes);
    void addLog(LogLine line);
    void finish(std::chrono::nanoseconds total, std::chrono::nanoseconds wallTotal, bool cancelled);

    // Called after each new log line (the CLI prints them live).
    void setLogListener(std::function<void(const LogLine &)> listener);

private:
    RunInfo m_info;
    std::vector<Lane> m_lanes;
    std::vector<Span> m_spans;
    std::vector<LogLine> m_logLines;
    std::function<void(const LogLine &)> m_logListener;
};

} // namespace ck
