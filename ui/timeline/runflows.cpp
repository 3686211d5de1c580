#include "runflows.h"

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

} // namespace ck
