#pragma once

namespace ck {

// What lies under a point of the timeline: a span of one of the runs.
struct TimelineHit
{
    int run = -1;  // index into the painted runs
    int span = -1; // index into that run's Recorder::spans()

    bool operator==(const TimelineHit &) const = default;
};

} // namespace ck
