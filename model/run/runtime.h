#pragma once

#include <chrono>
#include <memory>

namespace ck {

class Scheduler;

// A run's own time: scenario and wall time since its origin, the moment its main program
// started. The runs of one loop (a comparison) share one origin, marked by the first of their
// main programs to start, so that their times are on that loop's one axis: a loop blocked by
// one run's time.sleep runs nothing of the other's in the meantime.
class RunTime
{
public:
    struct Origin
    {
        std::chrono::nanoseconds scenario{0};
        std::chrono::nanoseconds wall{0};
        bool marked = false;
    };

    explicit RunTime(Scheduler &scheduler)
        : m_scheduler(&scheduler), m_origin(std::make_shared<Origin>())
    {}

    // Shares `origin` with the other runs of the loop (before the main program starts).
    void shareOrigin(std::shared_ptr<Origin> origin) { m_origin = std::move(origin); }
    // The main program starts: the origin is now, unless another run of the loop marked it.
    void markOrigin();
    bool hasOrigin() const { return m_hasOrigin; }
    std::chrono::nanoseconds elapsed() const;
    std::chrono::nanoseconds wallElapsed() const;

private:
    Scheduler *m_scheduler;
    std::shared_ptr<Origin> m_origin;
    bool m_hasOrigin = false;
};

} // namespace ck
