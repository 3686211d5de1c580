#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include "teach/replaycursor.h"
#include "timeline/timelinerun.h"

#include <vector>

namespace ck {

// Step, rewind and replay of finished runs: the timeline, the code view, the event-loop view
// and the narration all show the runs as they were at the cursor. Replaying moves the cursor
// at 0.1×–10× of scenario time per real second. While inactive, the views show the live runs.
class ReplayController : public QObject
{
    Q_OBJECT

public:
    static constexpr double kMinSpeed = 0.1;
    static constexpr double kMaxSpeed = 10.0;

    explicit ReplayController(QObject *parent = nullptr);

    // Takes the finished runs to replay, with the cursor at their end (as they are shown).
    // False (and stays inactive) when there is nothing to replay.
    bool load(const std::vector<TimelineRun> &runs);
    // Back to showing live runs.
    void leave();
    bool isActive() const { return m_active; }
    bool isPlaying() const { return m_timer.isActive(); }
    const ReplayCursor &cursor() const { return m_cursor; }

    void stepForward();
    void stepBack();
    void seek(std::chrono::nanoseconds time);
    void toStart();
    void toEnd();
    void play(); // from the start when at the end
    void pause();
    double speed() const { return m_speed; }
    void setSpeed(double speed);

    // The runs as they were at the cursor, to draw.
    std::vector<TimelineRun> runsAtCursor() const;
    // How many of run `run`'s events have happened at the cursor.
    std::size_t eventsOf(std::size_t run) const { return m_cursor.eventsOf(run); }
    // How many lines run `run` had printed at the cursor.
    std::size_t linesOf(std::size_t run) const { return m_cursor.linesOf(run); }
    // The full record of run `run`.
    std::shared_ptr<const Recorder> recorder(std::size_t run) const;

Q_SIGNALS:
    void changed(); // the cursor moved, or replay started or ended
    void playingChanged(bool playing);

private:
    void advance();

    ReplayCursor m_cursor;
    std::vector<TimelineRun> m_runs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_speed = 1.0;
    bool m_active = false;
};

} // namespace ck
