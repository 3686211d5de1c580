#pragma once

#include "spankind.h"

#include <QString>
#include <chrono>
#include <cstdint>

namespace ck {

// One interval of a run, in scenario time since the run began; wall time is kept beside it.
// Laid out to take 104 bytes: a crowd records two per task. It holds what happened, not text:
// AwaitText renders what a Wait or Block span awaited ("asyncio.sleep(3)") where it is shown.
struct Span
{
    int lane = 0;           // Recorder::lanes() index: the coroutine (asyncio task) it ran on
    std::int16_t depth = 0; // nesting in its lane: 0 for the lane's own span, +1 per routine
    SpanKind kind = SpanKind::Task;
    SpanState state = SpanState::Running;
    // What it is called, if it has a name of its own (a task, a routine, what a download
    // fetches, "chunk 3"); the engine leaves it empty for what AwaitText renders.
    QString name;
    std::chrono::nanoseconds start{0};
    std::chrono::nanoseconds end{-1}; // -1 while open
    std::chrono::nanoseconds wallStart{0};
    std::chrono::nanoseconds wallEnd{-1};
    QString reason;   // why it failed, if it did
    qint64 bytes = 0; // Chunk: bytes that arrived in it; Download: expected size (-1 unknown)
    // Wait (a sleep) and Block: the duration asked for; -1 for any other span, and for the Wait
    // of a gather, which awaits the lanes that name it (Lane::gatheredBy).
    std::chrono::nanoseconds asked{-1};

    std::chrono::nanoseconds duration() const { return end - start; }
};

} // namespace ck
