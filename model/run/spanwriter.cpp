#include "spanwriter.h"

#include "loopeventlog.h"
#include "runtime.h"
#include "trace/recorder.h"

namespace ck {

int SpanWriter::begin(int lane, int depth, SpanKind kind, const QString &name)
{
    return m_recorder->beginSpan(opened(lane, depth, kind), name);
}

int SpanWriter::beginSleep(int lane, int depth, SpanKind kind, std::chrono::nanoseconds asked)
{
    Span span = opened(lane, depth, kind);
    span.setAsked(asked);
    return m_recorder->beginSpan(std::move(span));
}

Span SpanWriter::opened(int lane, int depth, SpanKind kind) const
{
    Span span;
    span.lane = lane;
    span.depth = std::int16_t(depth);
    span.kind = kind;
    span.start = m_time->elapsed();
    span.wallStart = m_time->wallElapsed();
    return span;
}

void SpanWriter::end(int span, SpanState state, const QString &reason)
{
    m_recorder->endSpan(span, m_time->elapsed(), m_time->wallElapsed(), state, reason);
}

void SpanWriter::addChunk(int lane, int depth, int index, qint64 bytes,
                          std::chrono::nanoseconds from, std::chrono::nanoseconds to,
                          SpanState state)
{
    Span span;
    span.lane = lane;
    span.depth = std::int16_t(depth);
    span.kind = SpanKind::Chunk;
    span.start = from;
    span.end = to;
    span.wallStart = span.wallEnd = m_time->wallElapsed();
    span.state = state;
    span.setBytes(bytes);
    m_recorder->beginSpan(std::move(span), QStringLiteral("chunk %1").arg(index + 1));
    LoopEvent event = LoopEvent::of(lane, LoopEvent::Kind::Chunk, {});
    event.ref = index + 1;
    event.bytes = bytes;
    m_events->note(std::move(event));
}

void SpanWriter::log(int lane, const LocalizedText &text, const CodeLocation &location)
{
    addLine(LogLine{m_time->elapsed(), lane, text},
            LoopEvent::of(lane, LoopEvent::Kind::Printed, location));
}

void SpanWriter::warn(int lane, const QString &text, const QString &function,
                      const CodeLocation &location)
{
    addLine(LogLine{m_time->elapsed(), lane, LocalizedText(text, text), true},
            LoopEvent::of(lane, LoopEvent::Kind::Printed, location, function));
}

void SpanWriter::addLine(LogLine line, LoopEvent event)
{
    m_recorder->addLog(std::move(line));
    event.ref = int(m_recorder->logLines().size()) - 1;
    m_events->note(std::move(event));
}

} // namespace ck
