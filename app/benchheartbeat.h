#pragma once

#include <QCoroTask>

#include <chrono>
#include <vector>

namespace ck {

class Scheduler;

// The 10 ms heartbeat the bench commands keep on the loop beside what they measure, as
// ../shared/bench/asyncio_sleepers.py does: how late each beat woke after its deadline, in
// milliseconds (negative: early), until stopped.
class BenchHeartbeat
{
public:
    static constexpr std::chrono::milliseconds kPeriod{10};

    // Beats until stop(); the stop is seen at the next beat.
    QCoro::Task<> beat(Scheduler *scheduler);
    void stop() { m_stop = true; }
    const std::vector<double> &latenessMs() const { return m_latenessMs; }

private:
    bool m_stop = false;
    std::vector<double> m_latenessMs;
};

} // namespace ck
