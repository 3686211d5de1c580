#pragma once

#include "clock.h"

namespace ck {

// Steady wall clock scaled by a speed factor: at 2x, a 3 s sleep takes 1.5 s of wall time.
// Changing the speed rebases, so scenario time stays continuous.
class RealClock final : public Clock
{
public:
    explicit RealClock(double speed = 1.0);

    bool isVirtual() const override { return false; }
    std::chrono::nanoseconds now() const override;
    std::chrono::nanoseconds wallNow() const override;
    void block(std::chrono::nanoseconds duration) override;
    void idleUntil(std::chrono::nanoseconds) override {}
    std::chrono::nanoseconds wallDelayUntil(std::chrono::nanoseconds deadline) const override;

    double speed() const override { return m_speed; }
    void setSpeed(double speed);

private:
    using SteadyClock = std::chrono::steady_clock;

    SteadyClock::time_point m_origin;
    SteadyClock::time_point m_rebasedAt; // wall instant of the last speed change
    std::chrono::nanoseconds m_scenarioAtRebase{0};
    double m_speed = 1.0;
};

} // namespace ck
