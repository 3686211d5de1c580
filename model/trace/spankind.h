#pragma once

#include <QString>

namespace ck {

// What a recorded span stands for. Task and Routine spans nest; Wait and Block lie inside them.
enum class SpanKind { Task, Routine, Wait, Block, Chunk };

// The state a span ended in (Running while it is still open).
enum class SpanState { Running, Done, Failed, Cancelled };

QString spanKindName(SpanKind kind);    // "task", "routine", "wait", "block", "chunk"
QString spanStateName(SpanState state); // "running", "done", "failed", "cancelled"

} // namespace ck
