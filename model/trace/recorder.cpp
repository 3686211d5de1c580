#include "recorder.h"

namespace ck {

Recorder::Recorder(RunInfo info) : m_info(std::move(info)) {}

int Recorder::addLane(Lane lane)
{
    m_lanes.push_back(std::move(lane));
    return int(m_lanes.size()) - 1;
}

int Recorder::beginSpan(Span span)
{
    m_spans.push_back(std::move(span));
    return int(m_spans.size()) - 1;
}

void Recorder::endSpan(int index, std::chrono::nanoseconds end, std::chrono::nanoseconds wallEnd,
                       SpanState state, const QString &reason)
{
    Span &span = m_spans.at(std::size_t(index));
    span.end = end;
    span.wallEnd = wallEnd;
    span.state = state;
    span.reason = reason;
}

void Recorder::setSpanBytes(int index, qint64 bytes)
{
    m_spans.at(std::size_t(index)).bytes = bytes;
}

void Recorder::addLog(LogLine line)
{
    m_logLines.push_back(std::move(line));
    if (m_logListener)
        m_logListener(m_logLines.back());
}

void Recorder::finish(std::chrono::nanoseconds total, std::chrono::nanoseconds wallTotal,
                      bool cancelled)
{
    m_info.total = total;
    m_info.wallTotal = wallTotal;
    m_info.finished = true;
    m_info.cancelled = cancelled;
}

void Recorder::setLogListener(std::function<void(const LogLine &)> listener)
{
    m_logListener = std::move(listener);
}

} // namespace ck
