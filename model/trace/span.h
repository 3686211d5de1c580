#pragma once

#include "spankind.h"

#include <QtGlobal>
#include <chrono>
#include <cstdint>
#include <limits>

namespace ck {

// One interval of a run, in scenario time since the run began; wall time is kept beside it.
// Laid out to take 48 bytes: a crowd records two per task. It holds what happened, not text:
// its name and the reason it failed are the Recorder's (Recorder::nameOf, reasonOf), and
// AwaitText renders what a Wait or Block span awaited ("asyncio.sleep(3)") where it is shown.
struct Span
{
    int lane = 0;           // Recorder::lanes() index: the coroutine (asyncio task) it ran on
    std::int16_t depth = 0; // nesting in its lane: 0 for the lane's own span, +1 per routine
    SpanKind kind = SpanKind::Task;
    SpanState state = SpanState::Running;
    std::chrono::nanoseconds start{0};
    std::chrono::nanoseconds end{-1}; // -1 while open
    std::chrono::nanoseconds wallStart{0};
    std::chrono::nanoseconds wallEnd{-1};

    std::chrono::nanoseconds duration() const { return end - start; }

    // Chunk: bytes that arrived in it; Download: expected size (-1 unknown); 0 for any other.
    qint64 bytes() const { return carriesBytes() && m_amount != kUnset ? m_amount : 0; }
    void setBytes(qint64 bytes) { m_amount = bytes; }
    // Wait (a sleep) and Block: the duration asked for; -1 for any other span, and for the Wait
    // of a gather, which awaits the lanes that name it (Lane::gatheredBy).
    std::chrono::nanoseconds asked() const
    {
        return std::chrono::nanoseconds(!carriesBytes() && m_amount != kUnset ? m_amount : -1);
    }
    void setAsked(std::chrono::nanoseconds asked) { m_amount = asked.count(); }

private:
    static constexpr qint64 kUnset = std::numeric_limits<qint64>::min();

    bool carriesBytes() const { return kind == SpanKind::Chunk || kind == SpanKind::Download; }

    // A span holds bytes (Chunk, Download) or a duration asked for (the others), never both.
    qint64 m_amount = kUnset;
};

static_assert(sizeof(Span) == 48, "two spans a task: keep a crowd's recording small");

} // namespace ck
