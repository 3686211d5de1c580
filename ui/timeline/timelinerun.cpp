#include "timelinerun.h"

#include "run/runner.h"
#include "run/runplan.h"

namespace ck {

TimelineRun TimelineRun::of(const Runner &runner, std::chrono::nanoseconds ideal)
{
    const bool live = !runner.isFinished();
    const RunPlan *plan = runner.plan();
    return TimelineRun{runner.recorder(), runner.strategy().label(), ideal,
                       live ? runner.elapsed() : std::chrono::nanoseconds(-1),
                       plan && plan->idealIsLowerBound()};
}

} // namespace ck
