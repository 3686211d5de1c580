#pragma once

#include <QObject>

#include <chrono>
#include <memory>

class QSocketNotifier;

namespace ck {

// A wake-up at an instant of the steady clock, to the microsecond and without spinning: a Linux
// timerfd armed with an absolute CLOCK_MONOTONIC deadline (the clock std::chrono::steady_clock
// reads), watched by the event loop. The event dispatcher's own timers sleep in whole
// milliseconds and wake up to one late; the kernel's high-resolution timer wakes the loop's
// poll() when the deadline has passed, never before. Made on first use: a scheduler on the
// virtual clock never opens one.
class PreciseWake : public QObject
{
    Q_OBJECT

public:
    using SteadyTime = std::chrono::steady_clock::time_point;

    explicit PreciseWake(QObject *parent = nullptr);
    ~PreciseWake() override;

    // Replaces any earlier wake-up; false when the system gave no timer.
    bool arm(SteadyTime at);
    void disarm();
    bool isArmed() const { return m_armed; }

Q_SIGNALS:
    void woken();

private:
    bool open();
    void onReadable();

    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    bool m_armed = false;
};

} // namespace ck
