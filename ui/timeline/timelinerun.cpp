#include "timelinerun.h"

#include "run/runner.h"

namespace ck {

TimelineRun TimelineRun::of(const Runner &runner, std::chrono::nanoseconds ideal)
{
    const bool live = !runner.isFinished();
    return TimelineRun{runner.recorder(), runner.strategy().label(), ideal,
                       live ? runner.elapsed() : std::chrono::nanoseconds(-1)};
}

} // namespace ck
