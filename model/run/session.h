#pragma once

#include "coro/clock.h"
#include "runner.h"
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
    std::chrono::nanoseconds heartbeat{0};
    std::function<void(int run, const LogLine &line)> logListener;
};

// Runs of one scenario under one or more strategies on one scheduler (one loop, one time axis):
// checked before anything starts, started back to back so their first steps share a loop
// iteration, and kept with their recordings once finished. What the command line and the tests
// run through; the window's controller uses its preflight.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(std::unique_ptr<Clock> clock, QObject *parent = nullptr);
    ~Session() override;

    static std::unique_ptr<Clock> clockFor(bool virtualClock, double speed);
    // The first refusal among the strategies, Kind::None when all can run.
    static RunRefusal preflight(const Scenario *scenario, const std::vector<Strategy> &strategies,
                                const Clock &clock);

    // Starts the runs unless a strategy is refused; one session runs once.
    RunRefusal start(std::shared_ptr<const Scenario> scenario,
                     const std::vector<Strategy> &strategies, SessionOptions options = {});
    // Spins the Qt event loop until every run has finished, at most `timeout` of wall time:
    // whether they all finished.
    bool waitUntilFinished(std::chrono::milliseconds timeout = std::chrono::milliseconds::max());
    void stop();

    bool isFinished() const;
    Scheduler &scheduler() { return *m_scheduler; }
    const Clock &clock() const;
    const Scenario &scenario() const { return *m_scenario; }
    const std::vector<std::unique_ptr<Runner>> &runners() const { return m_runners; }
    std::vector<const Recorder *> recorders() const;

Q_SIGNALS:
    void finished();

private:
    void onRunnerFinished();

    std::unique_ptr<Scheduler> m_scheduler;
    std::shared_ptr<const Scenario> m_scenario;
    std::vector<std::unique_ptr<Runner>> m_runners;
};

} // namespace ck
