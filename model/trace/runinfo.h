#pragma once

#include "../scenario/localizedtext.h"

#include <QString>
#include <chrono>
#include <cstdint>

namespace ck {

// What a recorded run was: which scenario, under which mode and clock, and how it ended.
struct RunInfo
{
    QString scenarioId;
    LocalizedText scenarioTitle;
    QString mode;                          // "sequential", "gather", "bounded:2", ...
    QString clock;                         // "real" or "virtual"
    double speed = 1.0;                    // scenario seconds per wall second (real clock)
    std::chrono::nanoseconds heartbeat{0}; // the lag meter's period, 0 when it has none
    std::uint64_t loop = 0; // the scheduler it ran on (Scheduler::id): runs with one shared it
    std::chrono::nanoseconds total{-1}; // makespan of the main program, -1 while running
    std::chrono::nanoseconds wallTotal{-1};
    // The log lines printed when main() returned, -1 until then: the Python program prints its
    // total there, before what tasks never awaited print in asyncio.run's last loop iteration.
    int mainLines = -1;
    // The exception main() ended with, as the traceback's last line ("ValueError: bad
    // response"); empty when main() returned.
    QString mainError = {};
    bool finished = false;
    bool cancelled = false;
};

} // namespace ck
