#pragma once

#include <chrono>

namespace ck {

class Scheduler;

// A run's own time: scenario and wall time since its origin. The runs of one loop (a
// comparison) share one origin, so that their times are on that loop's one axis: a loop
// blocked by one run's time.sleep runs nothing of the other's in the meantime.
class RunTime
{
public:
    struct Origin
    {
        std::chrono::nanoseconds scenario{0};
        std::chrono::nanoseconds wall{0};
    };

    explicit RunTime(Scheduler &scheduler) : m_scheduler(&scheduler) {}

    // The scheduler's scenario and wall time now.
    static Origin originNow(const Scheduler &scheduler);
    void setOrigin(Origin origin);
    bool hasOrigin() const { return m_hasOrigin; }
    std::chrono::nanoseconds elapsed() const;
    std::chrono::nanoseconds wallElapsed() const;

private:
    Scheduler *m_scheduler;
    Origin m_origin;
    bool m_hasOrigin = false;
};

} // namespace ck
