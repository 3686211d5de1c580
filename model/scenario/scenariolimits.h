#pragma once

#include <QtGlobal>

namespace ck {

// The limits a scenario must keep so that loading, validating and running it leaves the app
// responsive (documented in docs/scenario-format.md).
struct ScenarioLimits
{
    static constexpr qint64 maxFileBytes = 32 * 1024 * 1024;
    static constexpr qsizetype maxNames = 200000; // tasks and routines together
    static constexpr qsizetype maxStepsPerList = 10000;
    static constexpr qsizetype maxStepsTotal = 2000000;
    static constexpr qsizetype maxGatherNames = 1000;
    static constexpr int maxCallDepth = 64; // routines in the deepest chain of call/gather
    // Blocks within blocks (try in try ...): CPython refuses more than 20 nested blocks in a
    // function ("too many statically nested blocks").
    static constexpr int maxBlockNesting = 16;
    static constexpr double maxSeconds = 86400;
    // {"repeat": {"times": N}}: N at most this (its cost multiplies its body's by N).
    static constexpr qint64 maxRepeatTimes = 1000000;
    // Rounds of "forever" loops a run may go (all of them together): the guard against a loop
    // that never lets the clock move (asyncio.sleep(0) alone, a call that never suspends), which
    // would hang CPython. The run's cost counts each forever loop's body this many times.
    static constexpr double maxForeverRounds = 10000;
    static constexpr int maxThreads = 32; // "threads": the cap of CPython's default executor
    // "objects": how many, a Semaphore's value and a Queue's maxsize.
    static constexpr qsizetype maxObjects = 1000;
    static constexpr int maxObjectValue = 1000000;
    // What a run may do (ScenarioCost): steps executed, a routine's each time it is awaited and
    // a download's chunks one each; and its seconds added up, kept far from the 292 years that
    // the nanosecond clock holds.
    static constexpr double maxRunSteps = 2000000;
    static constexpr double maxRunSeconds = 1e9;
    // What a run keeps in memory and takes time for beyond its steps (ScenarioCost), so that
    // every file the loader accepts runs to its end within about 10 s and 1 GB in the CLI
    // (measured in docs/scenario-format.md): coroutines started (tasks, and routines each time
    // they are awaited: a gathered routine also gets a lane), spans recorded, log lines printed,
    // and characters written (log lines, and the names of gathers and of their lanes).
    static constexpr double maxRunCoroutines = 250000;
    static constexpr double maxRunSpans = 1000000;
    static constexpr double maxRunLogLines = 500000;
    static constexpr double maxRunText = 100000000;
};

} // namespace ck
