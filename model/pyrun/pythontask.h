#pragma once

#include "pythoncall.h"
#include "trace/loopevent.h"

#include <QString>
#include <QtGlobal>

#include <chrono>
#include <vector>

namespace ck {

// One asyncio task of a real program as the Python trace has told it so far: where it is drawn,
// whether it runs, the program's functions it is in and the await it is suspended at.
struct PythonTask
{
    qint64 id = 0; // the trace's
    int lane = kMainLane;
    bool main = false;
    bool internal = false; // the loop's own (shutdown_asyncgens ...): not the program's
    bool started = false;
    bool done = false;
    QString coro;
    int taskSpan = -1;
    qint64 ownCall = -1; // the call event of the task's own coroutine (no span of its own)
    bool ownCallSeen = false;
    std::vector<PythonCall> calls; // the program's functions it is in, outermost first
    int waitSpan = -1;             // the span of the await it is suspended at
    LoopEvent::Await await = LoopEvent::Await::None;
    std::chrono::nanoseconds until{-1}; // its sleep's deadline

    // Where its spans and events go: main's are on the lane of the function it awaits inline,
    // if any, else the main program's.
    int drawnLane() const
    {
        if (main)
            return calls.empty() ? kMainLane : calls.front().lane;
        return lane;
    }
    // The depth of a span it begins now, under the spans open on its lane: a task's own at
    // depth 0 and its calls', or main's calls' (the first is the Task span of its lane).
    int spanDepth() const { return int(calls.size()) + (main ? 0 : 1); }
};

} // namespace ck
