#pragma once

#include <QString>

#include <cstdint>

namespace ck {

// What a recorded span stands for. Task and Routine spans nest; Wait, Download and Block lie
// inside them; Chunk spans (the bytes of a download as they arrived) lie inside a Download.
enum class SpanKind : std::uint8_t { Task, Routine, Wait, Block, Download, Chunk };

// The state a span ended in (Running while it is still open).
enum class SpanState : std::uint8_t { Running, Done, Failed, Cancelled };

QString spanKindName(SpanKind kind); // "task", "routine", "wait", "block", "download", "chunk"
// The coroutine is suspended at an await during such a span (a timer or the network).
inline bool isSuspension(SpanKind kind)
{
    return kind == SpanKind::Wait || kind == SpanKind::Download;
}
QString spanStateName(SpanState state); // "running", "done", "failed", "cancelled"

} // namespace ck
