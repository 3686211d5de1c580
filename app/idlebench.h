#pragma once

#include <QJsonObject>

#include <chrono>

namespace ck {

// `corokitchen bench idle`: one coroutine sleeps S seconds on the real clock while a 10 ms
// heartbeat beats on the same loop, as a program that mostly waits does. Prints the CPU time
// the process used meanwhile (a loop that sleeps in the kernel until each deadline uses almost
// none) and how late each heartbeat woke: never early, the median, 99th percentile and worst.
class IdleBench
{
public:
    static QJsonObject run(std::chrono::nanoseconds seconds);
};

} // namespace ck
