#pragma once

#include "clock.h"

#include <QElapsedTimer>

namespace ck {

// Discrete-event time: it stands still while coroutines run and jumps to the next deadline when
// nothing is ready, so timelines are exact and a 3 s sleep costs no wall time.
class VirtualClock final : public Clock
{
public:
    VirtualClock();

    bool isVirtual() const override { return true; }
    std::chrono::nanoseconds now() const override { return m_now; }
    std::chrono::nanoseconds wallNow() const override;
    void block(std::chrono::nanoseconds duration) override;
    void idleUntil(std::chrono::nanoseconds deadline) override;
    std::chrono::nanoseconds wallDelayUntil(std::chrono::nanoseconds) const override { return {}; }

private:
    std::chrono::nanoseconds m_now{0};
    QElapsedTimer m_wall;
};

} // namespace ck
