#include "replaycontroller.h"

#include <algorithm>

namespace ck {

ReplayController::ReplayController(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(16);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReplayController::advance);
}

bool ReplayController::load(const std::vector<TimelineRun> &runs)
{
    std::vector<std::shared_ptr<const Recorder>> recorders;
    for (const TimelineRun &run : runs) {
        if (!run.recorder || !run.recorder->info().finished)
            return false;
        recorders.push_back(run.recorder);
    }
    if (recorders.empty())
        return false;
    m_runs = runs;
    m_cursor = ReplayCursor(std::move(recorders));
    m_cursor.toEnd();
    m_active = true;
    Q_EMIT changed();
    return true;
}

void ReplayController::leave()
{
    if (!m_active)
        return;
    pause();
    m_active = false;
    m_runs.clear();
    m_cursor = ReplayCursor();
    Q_EMIT changed();
}

void ReplayController::stepForward()
{
    pause();
    if (m_cursor.stepForward())
        Q_EMIT changed();
}

void ReplayController::stepBack()
{
    pause();
    if (m_cursor.stepBack())
        Q_EMIT changed();
}

void ReplayController::seek(std::chrono::nanoseconds time)
{
    m_cursor.seek(time);
    Q_EMIT changed();
}

void ReplayController::toStart()
{
    pause();
    m_cursor.toStart();
    Q_EMIT changed();
}

void ReplayController::toEnd()
{
    pause();
    m_cursor.toEnd();
    Q_EMIT changed();
}

void ReplayController::play()
{
    if (!m_active || isPlaying())
        return;
    if (m_cursor.atEnd())
        m_cursor.toStart();
    m_clock.start();
    m_timer.start();
    Q_EMIT playingChanged(true);
    Q_EMIT changed();
}

void ReplayController::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    Q_EMIT playingChanged(false);
}

void ReplayController::setSpeed(double speed)
{
    m_speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
}

void ReplayController::advance()
{
    const auto wall = std::chrono::nanoseconds(m_clock.nsecsElapsed());
    m_clock.start();
    const auto step = std::chrono::nanoseconds(std::int64_t(double(wall.count()) * m_speed));
    m_cursor.seek(m_cursor.time() + step);
    if (m_cursor.atEnd())
        pause();
    Q_EMIT changed();
}

std::vector<TimelineRun> ReplayController::runsAtCursor() const
{
    std::vector<TimelineRun> shown = m_runs;
    for (std::size_t i = 0; i < shown.size(); ++i) {
        shown[i].recorder = std::make_shared<const Recorder>(m_cursor.snapshot(i));
        shown[i].now = m_cursor.atEnd() ? std::chrono::nanoseconds(-1) : m_cursor.time();
    }
    return shown;
}

std::shared_ptr<const Recorder> ReplayController::recorder(std::size_t run) const
{
    return run < m_runs.size() ? m_runs[run].recorder : nullptr;
}

} // namespace ck
