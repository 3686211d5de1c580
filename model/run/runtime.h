#pragma once

#include <chrono>

namespace ck {

class Scheduler;

// A run's own time: scenario and wall time since its main program started.
class RunTime
{
public:
    explicit RunTime(Scheduler &scheduler) : m_scheduler(&scheduler) {}

    void markOrigin();
    bool hasOrigin() const { return m_hasOrigin; }
    std::chrono::nanoseconds elapsed() const;
    std::chrono::nanoseconds wallElapsed() const;

private:
    Scheduler *m_scheduler;
    std::chrono::nanoseconds m_origin{0};
    std::chrono::nanoseconds m_wallOrigin{0};
    bool m_hasOrigin = false;
};

} // namespace ck
