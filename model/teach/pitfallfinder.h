#pragma once

#include "pitfall.h"

#include <QCoreApplication>
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

private:
    static std::optional<Pitfall>
    missedConcurrency(const Scenario &scenario, const Strategy &strategy, const Recorder &recorder);
    static std::optional<Pitfall> blockingCall(const Strategy &strategy, const Recorder &recorder);
    static std::vector<Pitfall> neverAwaited(const Recorder &recorder);
};

} // namespace ck
