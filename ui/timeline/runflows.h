#pragma once

#include "trace/criticalpath.h"
#include "trace/flow.h"

#include <memory>
#include <vector>

namespace ck {

class Recorder;
struct TimelineRun;

// What the timeline's flow and critical-path overlays draw for one run: who woke whom
// (FlowFinder) and the chain that set its total (CriticalPath, empty until the run finishes).
struct RunFlows
{
    std::vector<Flow> flows;
    CriticalPath path;

    // Worked out for a run small enough to draw its arrows (a crowd's million lanes would be
    // a grey smear and cost a frame's time): larger runs get none.
    static RunFlows of(const Recorder &run);
    // One for each of `runs`, in their order (none for a run without a recording).
    static std::shared_ptr<const std::vector<RunFlows>> of(const std::vector<TimelineRun> &runs);
    static constexpr std::size_t kMostLanes = 400;
};

} // namespace ck
