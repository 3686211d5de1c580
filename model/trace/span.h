#pragma once

#include "spankind.h"

#include <QString>
#include <chrono>

namespace ck {

// One interval of a run, in scenario time since the run began; wall time is kept beside it.
struct Span
{
    int lane = 0;  // Recorder::lanes() index: the coroutine (asyncio task) it ran on
    int depth = 0; // nesting inside its lane: 0 for the lane's own span, +1 per awaited routine
    SpanKind kind = SpanKind::Task;
    QString name;
    std::chrono::nanoseconds start{0};
    std::chrono::nanoseconds end{-1}; // -1 while open
    std::chrono::nanoseconds wallStart{0};
    std::chrono::nanoseconds wallEnd{-1};
    SpanState state = SpanState::Running;
    QString reason;   // why it failed, if it did
    qint64 bytes = 0; // Chunk: bytes that arrived in it; Download: expected size (-1 unknown)

    std::chrono::nanoseconds duration() const { return end - start; }
};

} // namespace ck
