#pragma once

#include "../scenario/language.h"

#include <QByteArray>

#include <vector>

class QIODevice;

namespace ck {

class Recorder;

// Chrome Trace Event JSON (object form) that opens in Perfetto and chrome://tracing.
// One process per run (pid 1, 2, ...), one pseudo-thread per lane (tid = lane + 1, tid 0 for
// the main program): coroutines overlap on the GUI thread, but slices on one tid must nest, and
// the recorder guarantees that within a lane. Times are integer microseconds of scenario time.
// Who woke whom (FlowFinder) is written as flow events, a "s" at the source's slice and a "f"
// ("bp":"e") at the target's with the same id, so that Perfetto draws the arrows; a run with
// flows from or to the main program gets a "main()" slice (`cat` "main") on tid 0 for them to
// bind to. Runs of more than 10000 lanes (a crowd) get no flows.
class ChromeTraceExport
{
public:
    // Writes the trace into `device` event by event, as QJsonDocument would write it compact
    // (keys sorted), holding no more of it than ExportStream's buffer; false when a write failed.
    static bool write(QIODevice &device, const std::vector<const Recorder *> &runs,
                      Language language);
    // The whole trace in memory (small runs, tests).
    static QByteArray toJson(const std::vector<const Recorder *> &runs, Language language);
};

} // namespace ck
