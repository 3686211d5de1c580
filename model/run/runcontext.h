#pragma once

#include "coro/asyncsemaphore.h"
#include "coro/canceltoken.h"
#include "coro/scheduler.h"
#include "coro/task.h"
#include "localframes.h"
#include "loopeventlog.h"
#include "objectwakes.h"
#include "runplan.h"
#include "runtime.h"
#include "scenario/scenario.h"
#include "spanwriter.h"
#include "strategy.h"
#include "syncobjects.h"
#include "tasktable.h"
#include "trace/recorder.h"
#include "workerpool.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <memory>
#include <vector>

namespace ck {

// Everything the coroutines of one run share: what runs (scenario, strategy, scheduler), its
// time, its task table, what it records (spans, loop events), how it stops (the cancel tokens)
// and the objects its steps name (with the semaphore of a bounded run). Each coroutine holds it by
// shared_ptr (a by-value parameter), so it lives until the last of them has finished, whoever else
// lets go of it.
class RunContext final
{
    Q_DECLARE_TR_FUNCTIONS(RunContext)

public:
    // `plan`: the scenario's RunPlan, of `strategy` among others.
    RunContext(Scheduler &scheduler, std::shared_ptr<const Scenario> scenario, Strategy strategy,
               std::shared_ptr<Recorder> recorder, std::shared_ptr<const RunPlan> plan);

    Scheduler &scheduler() { return *m_scheduler; }
    const Scenario &scenario() const { return *m_scenario; }
    const Strategy &strategy() const { return m_strategy; }
    // What the scenario's tasks tell once (RunPlan), as the runner worked it out.
    const RunPlan &plan() const { return *m_plan; }
    Recorder &recorder() { return *m_recorder; }
    RunTime &time() { return m_time; }
    const RunTime &time() const { return m_time; }
    TaskTable &tasks() { return m_tasks; }
    SpanWriter &spans() { return m_spans; }
    LoopEventLog &events() { return m_events; }
    // The bounded mode's asyncio.Semaphore(N), one of objects(), or -1 in the other modes.
    int semaphoreIndex() const { return m_semaphoreIndex; }
    // The scenario's named Locks, Events, Semaphores, Conditions and Queues, and the mode's.
    SyncObjects &objects() { return m_objects; }
    // Who woke the tasks that waited for one of objects() (kept when loop events are).
    ObjectWakes &wakes() { return m_wakes; }
    // The default executor of asyncio.to_thread, made at its first call.
    WorkerPool &workers();
    // The children a gather left running when it raised: asyncio.run cancels them at the end
    // (and frees them: each holds the context).
    std::vector<Task<>> &orphans() { return m_orphans; }
    // The local variables and return values of the functions running.
    LocalFrames &frames() { return m_frames; }
    // What except* clauses passed on after taking part of an exception: the text of what went
    // on ("ExceptionGroup: … (1 sub-exception)") -> the text of what the body raised, so that
    // the except that catches the rest marks what the first ended as caught (TryStep).
    QHash<QString, QString> &passedOn() { return m_passedOn; }

    CancelToken &cancelToken() { return m_token; }
    void throwIfCancelled() const;
    // A "forever" loop begins a round: past ScenarioLimits::maxForeverRounds in the run, a
    // RunFailure ends the loop's task (a loop that never lets time move would hang the app).
    void countForeverRound();
    // The heartbeat's own stop signal: it ends with the main program.
    CancelToken &heartbeatToken() { return m_heartbeatToken; }
    bool isMainFinished() const { return m_mainFinished; }

    // Called once the main program and the heartbeat (if one runs) have both ended, so that
    // nothing of the run is left on the loop: a scheduler destroyed right after would keep the
    // frame of a heartbeat that had yet to see its stop signal.
    void setFinishedCallback(std::function<void()> callback) { m_onFinished = std::move(callback); }
    void expectHeartbeat() { m_heartbeatRunning = true; }
    void heartbeatEnded();
    void notifyFinished();

private:
    // The scenario's objects, then the semaphore the bounded mode adds.
    static std::vector<NamedObject> objectsOf(const Scenario &scenario, const Strategy &strategy);

    Scheduler *m_scheduler;
    std::shared_ptr<const Scenario> m_scenario;
    Strategy m_strategy;
    std::shared_ptr<const RunPlan> m_plan;
    std::shared_ptr<Recorder> m_recorder;
    CancelToken m_token;
    CancelToken m_heartbeatToken;
    RunTime m_time;
    TaskTable m_tasks;
    LoopEventLog m_events;
    SpanWriter m_spans;
    ObjectWakes m_wakes;
    int m_semaphoreIndex = -1;
    SyncObjects m_objects;
    std::unique_ptr<WorkerPool> m_workers;
    std::vector<Task<>> m_orphans;
    LocalFrames m_frames;
    QHash<QString, QString> m_passedOn;
    double m_foreverRounds = 0;
    bool m_mainFinished = false;
    bool m_heartbeatRunning = false;
    std::function<void()> m_onFinished;
};

} // namespace ck
