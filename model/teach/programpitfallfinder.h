#pragma once

#include "pitfall.h"

#include <QCoreApplication>
#include <QStringList>
#include <chrono>
#include <functional>
#include <vector>

namespace ck {

class Recorder;
struct Span;

// The seeds' async mistakes found in a real Python program's run (PythonProgramRun), from its
// Recorder alone: no scenario says what could have run concurrently, so the spans do. Missed
// concurrency: one task (or main) awaited calls or tasks one after another that each spent
// their time suspended; a blocking call (time.sleep) while other tasks were ready or
// suspended; a task asyncio.run cancelled because main() returned before it ended; a
// coroutine never awaited (Python's own RuntimeWarning).
class ProgramPitfallFinder
{
    Q_DECLARE_TR_FUNCTIONS(ProgramPitfallFinder)

public:
    // The program's line of a loop event (PythonTraceReader::lineOf), 0 when unknown.
    using LineOf = std::function<int(std::size_t event)>;

    // Nothing for a run that is still going or was stopped.
    static std::vector<Pitfall> find(const Recorder &recorder, const LineOf &lineOf = {});

    // A call counts as waiting when it spent this share of its time suspended.
    static constexpr double kMostlySuspended = 0.8;

private:
    struct Call
    {
        const Span *span;
        QString name;
    };

    static std::vector<Pitfall> missedConcurrency(const Recorder &recorder);
    static std::vector<std::vector<Call>> callsByOwner(const Recorder &recorder);
    static bool mostlySuspended(const Recorder &recorder, const Span &call);
    static std::optional<Pitfall> oneByOne(const std::vector<Call> &calls);
    static std::optional<Pitfall> blockingCall(const Recorder &recorder, const LineOf &lineOf);
    static bool othersWereWaiting(const Recorder &recorder, int lane, std::chrono::nanoseconds from,
                                  std::chrono::nanoseconds to);
    static QString functionAt(const Recorder &recorder, int lane, std::chrono::nanoseconds time);
    static std::vector<Pitfall> coroutinesNeverAwaited(const Recorder &recorder);
};

} // namespace ck
