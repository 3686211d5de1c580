#pragma once

#include <QJsonObject>

#include <chrono>

namespace ck {

// `corokitchen bench sleepers`: N coroutines that each sleep S seconds on the real clock,
// started together and awaited as one, with a 10 ms heartbeat on the same loop. Prints the same
// fields as ../shared/bench/asyncio_sleepers.py so both can be compared side by side. The
// sleepers are made in slices of the scheduler's time budget, with a trip round the loop in
// between (as a program that wants its loop to stay responsive does); asyncio's gather makes
// them all in one go.
class SleepersBench
{
public:
    static QJsonObject run(int count, std::chrono::nanoseconds seconds);
};

} // namespace ck
