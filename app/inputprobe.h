#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <deque>
#include <vector>

namespace ck {

// Stands in for a user's input on the GUI thread: every `period` a beat posts an event to this
// object, and the time from when the beat was due to when the event was handled is one wait, in
// milliseconds (what a key press arriving at that moment would wait for the thread). Also counts
// the paint events of the widgets it watches.
class InputProbe : public QObject
{
public:
    using Clock = std::chrono::steady_clock;

    // One input event: when it arrived (the beat was due) and how long it waited, in ms.
    struct Wait
    {
        Clock::time_point due;
        double milliseconds = 0;
    };

    explicit InputProbe(std::chrono::milliseconds period, QObject *parent = nullptr);

    void start();
    void stop();
    // The waits since the last call, in the order they were measured.
    std::vector<Wait> takeWaits();
    void countPaintsOf(QObject *widget);
    int paints() const { return m_paints; }

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void beat();

    std::chrono::milliseconds m_period;
    QTimer m_timer;
    Clock::time_point m_due;
    std::deque<Clock::time_point> m_posted; // due times of the beats whose events wait
    std::vector<Wait> m_waits;
    int m_paints = 0;
};

} // namespace ck
