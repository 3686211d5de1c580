#pragma once

#include "trace/recorder.h"

#include <QString>
#include <chrono>
#include <memory>

namespace ck {

class Runner;

// One run as the timeline draws it: the record plus what the record cannot know by itself.
struct TimelineRun
{
    std::shared_ptr<const Recorder> recorder;
    QString label;                      // "Sequential", "Gather" (translated strategy label)
    std::chrono::nanoseconds ideal{-1}; // ghost bar of the ideal total; -1: none
    std::chrono::nanoseconds now{-1};   // the moving "now" line while live; -1 once finished
    bool idealAtLeast = false;          // the ideal is a lower bound (RunPlan::idealIsLowerBound)

    // The runner's record, labelled with its strategy, live until it has finished.
    static TimelineRun of(const Runner &runner, std::chrono::nanoseconds ideal);
};

} // namespace ck
