#pragma once

#include "runcontext.h"

#include <QCoroTask>

#include <chrono>
#include <memory>

namespace ck {

// The event loop's lag meter: a coroutine on the run's own loop that sleeps `period` again and
// again and records how late it woke each time. A blocking step holds the loop, so the beat
// after it comes late by about the block's length: a spike on the meter. It stops when the
// main program ends or the run is stopped.
class Heartbeat
{
public:
    static QCoro::Task<> run(std::shared_ptr<RunContext> context, std::chrono::nanoseconds period);
};

} // namespace ck
