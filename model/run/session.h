#pragma once

#include "coro/clock.h"
#include "runner.h"
#include "runplan.h"
#include "runrefusal.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

namespace ck {

class Scheduler;

// What the runs of a session do beside running: record loop events and a heartbeat for the
// teaching views, and hear each printed line with the index of its run.
struct SessionOptions
{
    bool recordsLoopEvents = false;
    std::chrono::nanoseconds heartbeat{0}; // its period, none when zero
    // A run beats at most this many times over its ideal total (a longer period for long runs),
    // so that a run of a day does not record millions of beats; 0: no limit.
    int maxBeats = 0;
    std::function<void(int run, const LogLine &line)> logListener;
    // The caller has checked the strategies on this session's clock (RunPlan::refusalOn) and
    // nothing has changed since: start() does not check them again.
    bool preflighted = false;
    // The plan of this scenario and these strategies, when the caller has it (worked out once
    // per scenario and mode): start() then walks none of the tasks again.
    std::shared_ptr<const RunPlan> plan;
    // A scenario of more tasks than this has its lanes added this many at a time, a turn of
    // the event loop each, before its runs start together (0: all at once, at the start).
    std::size_t lanesPerSlice = 0;
};

// Runs of one scenario under one or more strategies on a scheduler of its own (one loop, one
// time axis): checked before anything starts, started back to back so their first steps share a
// loop iteration, and kept with their recordings once finished. What the command line, the
// window's controller (a session per run or comparison) and the tests run through. Its runners
// are its children.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(std::unique_ptr<Clock> clock, QObject *parent = nullptr);
    ~Session() override;

    static std::unique_ptr<Clock> clockFor(bool virtualClock, double speed);
    // The heartbeat of a run whose ideal total is `ideal`: `period`, longer for long runs.
    static std::chrono::nanoseconds heartbeatFor(std::chrono::nanoseconds period,
                                                 std::chrono::nanoseconds ideal, int maxBeats);

    // Starts the runs unless a strategy is refused; one session runs once.
    RunRefusal start(std::shared_ptr<const Scenario> scenario,
                     const std::vector<Strategy> &strategies, SessionOptions options = {});
    // Spins the Qt event loop until every run has finished, at most `timeout` of wall time:
    // whether they all finished.
    bool waitUntilFinished(std::chrono::milliseconds timeout = std::chrono::milliseconds::max());
    void stop();
    // The real clock's pace, for the runs still to come and the live ones (no-op on the
    // virtual clock).
    void setSpeed(double speed);

    bool isFinished() const;
    Scheduler &scheduler() { return *m_scheduler; }
    const Clock &clock() const;
    const Scenario &scenario() const { return *m_scenario; }
    const std::vector<std::unique_ptr<Runner>> &runners() const { return m_runners; }
    // The ideal total of run `run` (IdealTime: the ghost bar), computed once at the start.
    std::chrono::nanoseconds ideal(std::size_t run) const { return m_ideals[run]; }
    std::vector<const Recorder *> recorders() const;

Q_SIGNALS:
    void finished();

private:
    // Adds the next slice of lanes, or starts every run once all have theirs.
    void addLanesThenStart(std::shared_ptr<RunTime::Origin> origin, std::size_t perSlice);
    void onRunnerFinished();

    std::unique_ptr<Scheduler> m_scheduler;
    std::shared_ptr<const Scenario> m_scenario;
    std::vector<std::unique_ptr<Runner>> m_runners;
    std::vector<std::chrono::nanoseconds> m_ideals; // per runner
    bool m_stopped = false;
};

} // namespace ck
