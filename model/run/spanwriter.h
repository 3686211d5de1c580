#pragma once

#include "codegen/codelocation.h"
#include "scenario/localizedtext.h"
#include "trace/logline.h"
#include "trace/loopevent.h"
#include "trace/span.h"

#include <QString>
#include <chrono>

namespace ck {

class LoopEventLog;
class Recorder;
class RunTime;

// What a run records as it goes: spans timed by the run's clock, printed lines and the chunks of
// downloads, each with its loop event.
class SpanWriter
{
public:
    SpanWriter(Recorder &recorder, const RunTime &time, LoopEventLog &events)
        : m_recorder(&recorder), m_time(&time), m_events(&events)
    {}

    int begin(int lane, int depth, SpanKind kind, const QString &name);
    // A Wait (asyncio.sleep) or Block (time.sleep) span of the `asked` duration.
    int beginSleep(int lane, int depth, SpanKind kind, std::chrono::nanoseconds asked);
    void end(int span, SpanState state, const QString &reason = {});
    // A printed line, at `location` of the program (a Printed loop event too).
    void log(int lane, const LocalizedText &text, const CodeLocation &location = {});
    // A warning Python writes to stderr (`text`, the same in every language), about the
    // coroutine function `function`, at `location`.
    void warn(int lane, const QString &text, const QString &function, const CodeLocation &location);
    // A finished chunk of a download: `bytes` that arrived between `from` and `to`; Cancelled
    // for the one that was still arriving when the download was cancelled.
    void addChunk(int lane, int depth, int index, qint64 bytes, std::chrono::nanoseconds from,
                  std::chrono::nanoseconds to, SpanState state = SpanState::Done);

private:
    Span opened(int lane, int depth, SpanKind kind) const; // starting now
    void addLine(LogLine line, LoopEvent event);

    Recorder *m_recorder;
    const RunTime *m_time;
    LoopEventLog *m_events;
};

} // namespace ck
