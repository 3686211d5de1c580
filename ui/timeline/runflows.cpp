#include "runflows.h"
#include "timelinerun.h"

#include "trace/flowfinder.h"
#include "trace/recorder.h"

namespace ck {

RunFlows RunFlows::of(const Recorder &run)
{
    RunFlows found;
    if (run.lanes().size() > kMostLanes)
        return found;
    found.flows = FlowFinder::of(run);
    found.path = CriticalPath::of(run, found.flows);
    return found;
}

std::shared_ptr<const std::vector<RunFlows>> RunFlows::of(const std::vector<TimelineRun> &runs)
{
    auto flows = std::make_shared<std::vector<RunFlows>>();
    flows->reserve(runs.size());
    for (const TimelineRun &run : runs)
        flows->push_back(run.recorder ? of(*run.recorder) : RunFlows());
    return flows;
}

} // namespace ck
