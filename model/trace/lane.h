#pragma once

#include <QString>

namespace ck {

// A row of the timeline: one top-level task, or a routine that a `gather` step ran as its own
// asyncio-style task (gathered routines overlap, so they cannot share their parent's row).
struct Lane
{
    QString name;          // "brewCoffee", or "main_task/fetch_a" for a gathered routine
    int parent = -1;       // the lane that spawned it, -1 for top-level tasks
    int task = 0;          // index of the top-level task (Scenario::tasks) it belongs to
    bool detached = false; // a task main() created and never awaited
};

} // namespace ck
