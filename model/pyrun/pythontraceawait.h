#pragma once

#include "trace/lane.h"
#include "trace/loopevent.h"
#include "trace/spankind.h"

#include <QString>

#include <chrono>
#include <vector>

namespace ck {

// What a task of a real program waits for at a `suspend` line of the Python trace (its `await`
// object, docs/python-trace.md), in the app's terms: the Suspended loop event's await and the
// span drawn for it.
struct PythonTraceAwait
{
    LoopEvent::Await await = LoopEvent::Await::None;
    std::chrono::nanoseconds asked{-1}; // the sleep's or the timeout's
    std::chrono::nanoseconds until{-1}; // the sleep's deadline
    QString detail;                     // the LoopEvent's
    int ref = -1;                       // the LoopEvent's
    std::vector<int> awaited;           // the lanes whose end wakes it (or holding its lock)

    SpanKind spanKind = SpanKind::Wait;
    QString spanName;
    bool namedAfterAwaited = false; // its span is named after the task it awaits (AwaitText)
    // Its span marks the lanes it awaits as gathered by it (gather, wait, as_completed, a
    // TaskGroup, wait_for), as `how` says.
    bool gathers = false;
    Lane how;
};

} // namespace ck
