#pragma once

#include <QObject>
#include <QStringList>

#include "runtime.h"
#include "scenario/scenario.h"
#include "strategy.h"
#include "trace/recorder.h"

#include "coro/task.h"

#include <QCoroTask>
#include <functional>
#include <memory>
#include <optional>

namespace ck {

class RunContext;
class RunPlan;
class Scheduler;

// One run: a scenario under a strategy on a scheduler. The GUI and the CLI drive it; it records
// into a Recorder that outlives it. Destroying or stopping it mid-run cancels cleanly: its
// coroutines unwind on the scheduler and keep what they use alive until they are done.
class Runner : public QObject
{
    Q_OBJECT

public:
    Runner(Scheduler &scheduler, std::shared_ptr<const Scenario> scenario, Strategy strategy,
           QObject *parent = nullptr);
    ~Runner() override;

    // Starts the run with its times counted from its main program's start, or from `origin`,
    // which the runs of one loop share so that they share one time axis.
    void start();
    void start(std::shared_ptr<RunTime::Origin> origin);
    void stop();
    // Adds the lanes of up to `count` more tasks, before start(), which adds whatever is left: a
    // crowd's million lanes take tens of milliseconds, which the caller may spread over turns of
    // the event loop. Whether every task has its lane.
    void addLanes(std::size_t count);
    bool hasAllLanes() const { return m_lanesAdded == m_scenario->tasks.size(); }
    bool hasStarted() const { return m_started; }

    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    const Strategy &strategy() const { return m_strategy; }
    std::shared_ptr<const Recorder> recorder() const { return m_recorder; }
    // Scenario time since the run began: its total once finished, 0 before it starts.
    std::chrono::nanoseconds elapsed() const;

    // Record scheduling events (LoopEvent) for the teaching views (set before start()).
    void setRecordsLoopEvents(bool records) { m_recordsLoopEvents = records; }
    // Run a heartbeat of `period` scenario time beside the run, recording the loop's lag
    // (set before start(); zero, the default, runs none).
    void setHeartbeat(std::chrono::nanoseconds period) { m_heartbeat = period; }

    // What the scenario's tasks tell (RunPlan), from whoever has worked it out already (set
    // before start(); start() works it out otherwise).
    void setPlan(std::shared_ptr<const RunPlan> plan) { m_plan = std::move(plan); }
    // Its scenario's plan (null until set, or worked out when the run starts).
    const RunPlan *plan() const { return m_plan.get(); }

    // Called for every log line as the run prints it (set before start()).
    void setLogListener(std::function<void(const LogLine &)> listener);

    // "task: reason" for every task that failed (cancelled ones excluded).
    QStringList failures() const;

Q_SIGNALS:
    void finished();

private:
    void onMainFinished();

    Scheduler *m_scheduler;
    std::shared_ptr<const Scenario> m_scenario;
    Strategy m_strategy;
    std::shared_ptr<Recorder> m_recorder;
    std::shared_ptr<RunContext> m_context;
    Task<> m_main;
    Task<> m_heartbeatTask;
    std::chrono::nanoseconds m_heartbeat{0};
    std::shared_ptr<const RunPlan> m_plan;
    std::size_t m_lanesAdded = 0;
    bool m_recordsLoopEvents = false;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace ck
