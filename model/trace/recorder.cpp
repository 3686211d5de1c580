#include "recorder.h"

#include <algorithm>

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

void Recorder::addLoopEvent(LoopEvent event)
{
    m_loopEvents.push_back(std::move(event));
}

Recorder Recorder::until(std::chrono::nanoseconds time, std::size_t eventCount) const
{
    Recorder past(m_info);
    past.m_info.finished = m_info.finished && time >= m_info.total;
    if (!past.m_info.finished)
        past.m_info.total = past.m_info.wallTotal = std::chrono::nanoseconds(-1);
    past.m_lanes = m_lanes;
    for (const Span &span : m_spans) {
        if (span.start > time)
            continue;
        Span &kept = past.m_spans.emplace_back(span);
        if (span.end > time || span.end.count() < 0) {
            kept.end = kept.wallEnd = std::chrono::nanoseconds(-1);
            kept.state = SpanState::Running;
            kept.reason.clear();
        }
    }
    for (const LogLine &line : m_logLines) {
        if (line.time <= time)
            past.m_logLines.push_back(line);
    }
    past.m_loopEvents.assign(m_loopEvents.begin(),
                             m_loopEvents.begin() +
                                 std::ptrdiff_t(std::min(eventCount, m_loopEvents.size())));
    for (const LagSample &sample : m_lagSamples) {
        if (sample.time <= time)
            past.m_lagSamples.push_back(sample);
        else if (sample.time - sample.lag < time) // the loop is held at `time`: the ramp so far
            past.m_lagSamples.push_back(LagSample{time, time - (sample.time - sample.lag)});
    }
    return past;
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
