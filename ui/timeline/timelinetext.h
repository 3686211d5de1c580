#pragma once

#include "trace/lane.h"
#include "trace/recorder.h"
#include "trace/runinfo.h"
#include "trace/span.h"

#include <QCoreApplication>
#include <QString>
#include <chrono>

namespace ck {

// The words and numbers the timeline shows, in one place so they are translated once and
// unit-tested: totals, the comparison line, tick labels, legend entries, hover descriptions.
class TimelineText
{
    Q_DECLARE_TR_FUNCTIONS(TimelineText)

public:
    // Legend entries, in the order the legend shows them.
    enum class Item {
        Running,
        Suspended,
        ObjectWait,
        ThreadWait,
        Blocked,
        WorkerCall,
        Failed,
        Caught,
        Done,
        Cancelled,
        TimedOut,
        Ideal,
        Flow,        // an arrow of who woke whom (View > Flows)
        ObjectWake,  // one of a lock, event, condition or queue waking its waiter
        CriticalPath // the waits that set the total (View > Critical Path)
    };

    // "Sequential 5.00 s · Gather 3.00 s · 1.67× faster": how the second run compares with the
    // first (the baseline).
    static QString comparison(const QString &firstLabel, std::chrono::nanoseconds firstTotal,
                              const QString &secondLabel, std::chrono::nanoseconds secondTotal);
    // "Sequential · 5.00 s", "Gather · running…"
    static QString runHeader(const QString &label, const RunInfo &info);
    // "best in this mode: 5.00 s", or "…: at least 2.00 s" where tasks may also wait for each
    // other (RunPlan::idealIsLowerBound).
    static QString ideal(std::chrono::nanoseconds total, bool atLeast);
    // The total alone: "5.00 s", or "at least 2.00 s".
    static QString idealTotal(std::chrono::nanoseconds total, bool atLeast);
    static QString item(Item item);
    static QString state(const Span &span); // "done", or "suspended" for an open wait
    // `text` as it may be drawn: control characters (which XML cannot hold, so an SVG with one
    // is broken, and which a scenario may contain) and the other characters VisibleText shows
    // as their escapes ("\x1b" for ESC, as on the terminal and in the Log panel), and the
    // non-characters U+FFFE and U+FFFF as "�".
    static QString printable(const QString &text);
    // The name shown in the name column: a gathered routine's lane "main/fetch_a" as "fetch_a"
    // (it is drawn indented under main).
    static QString laneName(const Lane &lane);
    // The name of a density row of `count` lanes: "task_1 … task_2000 (2000 lanes)".
    static QString laneGroup(const Lane &first, const Lane &last, int count);
    // "brewCoffee · 0.00–3.00 s · 3.00 s · done", with ": what" for a nested span and the
    // reason when it failed; a chunk reads "get_1: chunk 3 · 50 kB · 1.00–1.50 s · 0.50 s".
    // `end` is the span's end, or where an open span has got to. A caught span with the clause
    // that caught it (`caughtBy`, "except ValueError") ends "raised ValueError: bad response,
    // caught by except ValueError". `reason`: why it failed (Recorder::reasonOf).
    static QString describe(const Lane &lane, const Span &span, const QString &label,
                            std::chrono::nanoseconds end, const QString &caughtBy = {},
                            const QString &reason = {});
    // The same for span `span` of a record; a download adds what only the record knows:
    // "… · TTFB 0.20 s · 1.2 MB/s · 300 kB"; a caught span, the clause that caught it.
    static QString describe(const Recorder &recorder, int span, std::chrono::nanoseconds end);
    static QString lagMeter(); // "loop lag", the lag meter's name
    // "worst 2000 ms" under it; "worst 0.2 ms" when the loop was free all along.
    static QString worstLag(std::chrono::nanoseconds lag);
    // Sizes in SI units: "512 B", "50 kB", "1.2 MB".
    static QString bytes(qint64 bytes);
    static QString rate(double bytesPerSecond); // "1.2 MB/s"
    // "TTFB 0.20 s"; "TTFB —" before the first byte.
    static QString firstByte(std::chrono::nanoseconds sinceStart);
};

} // namespace ck
