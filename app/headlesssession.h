#pragma once

#include "run/runner.h"

#include <functional>
#include <memory>
#include <vector>

namespace ck {

class Clock;
class Scheduler;

// Runs one or more strategies of a scenario together on one scheduler (one loop, one time axis)
// and spins the event loop until every run has finished.
class HeadlessSession
{
public:
    HeadlessSession(std::shared_ptr<const Scenario> scenario, bool virtualClock, double speed);
    ~HeadlessSession();

    // Called for every log line as it is printed, with the index of its run.
    void setLogListener(std::function<void(int run, const LogLine &line)> listener);
    // Record the loop events, for the narration (set before run()).
    void setRecordsLoopEvents(bool records) { m_recordsLoopEvents = records; }
    void run(const std::vector<Strategy> &strategies);

    const Scenario &scenario() const { return *m_scenario; }
    const Clock &clock() const;
    const std::vector<std::unique_ptr<Runner>> &runners() const { return m_runners; }
    std::vector<const Recorder *> recorders() const;

private:
    std::shared_ptr<const Scenario> m_scenario;
    std::unique_ptr<Scheduler> m_scheduler;
    std::vector<std::unique_ptr<Runner>> m_runners;
    std::function<void(int, const LogLine &)> m_logListener;
    bool m_recordsLoopEvents = false;
};

} // namespace ck
