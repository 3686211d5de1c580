#pragma once

#include "pitfall.h"

#include <QCoreApplication>
#include <chrono>
#include <vector>

namespace ck {

class Recorder;
struct Scenario;

// Looks at a finished run for the classic async mistakes of the seeds: awaiting one by one what
// could run concurrently (the "still 9 s"), a blocking call that holds the event loop, and a
// task created and never awaited that asyncio.run cancels when main() returns.
class PitfallFinder
{
    Q_DECLARE_TR_FUNCTIONS(PitfallFinder)

public:
    // Nothing for a run that is still going or was stopped.
    static std::vector<Pitfall> find(const Scenario &scenario, const Strategy &strategy,
                                     const Recorder &recorder);

    // A one-by-one run counts as missed concurrency when gathering would save this much.
    static constexpr double kWorthGathering = 0.8; // gather's ideal below 80 % of the total

    // The tasks asyncio.run cancelled because main() returned while they ran; in a scenario
    // only those main() created and never awaited (`detached`), as a real program's trace
    // does not say who would have awaited them.
    static std::vector<Pitfall> neverAwaited(const Recorder &recorder, bool detachedOnly);
    // "A blocking call: `call` in `where` held the event loop for `held`...", or, for more than
    // one, the first of `count` calls.
    static QString blockingMessage(const QString &call, const QString &where, int count,
                                   std::chrono::nanoseconds held);

private:
    static std::optional<Pitfall>
    missedConcurrency(const Scenario &scenario, const Strategy &strategy, const Recorder &recorder);
    static std::optional<Pitfall> blockingCall(const Strategy &strategy, const Recorder &recorder);
    // How each lane's task was made, as a Python program's trace tells it ("shield", from its
    // Created event's detail), for the lanes in `lanes`; empty where none is told.
    static std::vector<QString> madeBy(const Recorder &recorder, const std::vector<int> &lanes);
    static QString neverAwaitedMessage(const QString &task, const QString &madeBy,
                                       std::chrono::nanoseconds total);
};

} // namespace ck
