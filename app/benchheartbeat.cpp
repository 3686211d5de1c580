#include "benchheartbeat.h"

#include "coro/scheduler.h"

namespace ck {

QCoro::Task<> BenchHeartbeat::beat(Scheduler *scheduler)
{
    while (!m_stop) {
        const auto deadline = std::chrono::steady_clock::now() + kPeriod;
        co_await scheduler->sleep(kPeriod);
        const std::chrono::nanoseconds late = std::chrono::steady_clock::now() - deadline;
        m_latenessMs.push_back(std::chrono::duration<double, std::milli>(late).count());
    }
}

} // namespace ck
