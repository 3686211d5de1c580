#pragma once

#include "coro/asyncevent.h"
#include "coro/asyncsemaphore.h"
#include "coro/canceltoken.h"
#include "coro/scheduler.h"
#include "coro/wakeobserver.h"
#include "scenario/scenario.h"
#include "strategy.h"
#include "trace/recorder.h"

#include <QCoreApplication>
#include <QHash>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace ck {

// Everything the coroutines of one run share. Each coroutine holds it by shared_ptr (a by-value
// parameter), so it lives until the last of them has finished, whoever else lets go of it.
class RunContext final : public WakeObserver
{
    Q_DECLARE_TR_FUNCTIONS(RunContext)

public:
    RunContext(Scheduler &scheduler, std::shared_ptr<const Scenario> scenario, Strategy strategy,
               std::shared_ptr<Recorder> recorder);

    Scheduler &scheduler() { return *m_scheduler; }
    const Scenario &scenario() const { return *m_scenario; }
    const Strategy &strategy() const { return m_strategy; }
    Recorder &recorder() { return *m_recorder; }
    CancelToken &cancelToken() { return m_token; }

    // Scenario and wall time since the main program started.
    void markOrigin();
    bool hasOrigin() const { return m_hasOrigin; }
    std::chrono::nanoseconds elapsed() const;
    std::chrono::nanoseconds wallElapsed() const;

    void throwIfCancelled() const;

    // Spans of this run, timed by the scheduler's clock.
    int beginSpan(int lane, int depth, SpanKind kind, const QString &name);
    void endSpan(int span, SpanState state, const QString &reason = {});
    // A printed line, at `location` of the program (a Printed loop event too).
    void log(int lane, const LocalizedText &text, const CodeLocation &location = {});
    // A finished chunk of a download: `bytes` that arrived between `from` and now.
    void addChunk(int lane, int depth, int index, qint64 bytes, std::chrono::nanoseconds from,
                  std::chrono::nanoseconds to);

    // Scheduling events (LoopEvent), when the run records them (teaching views; off for
    // crowds). The time and the loop iteration are filled in here.
    void setRecordsLoopEvents(bool records) { m_recordsLoopEvents = records; }
    bool recordsLoopEvents() const { return m_recordsLoopEvents; }
    // "asyncio.sleep(1.5)" or "time.sleep(1.5)": one shared string per duration, not one per
    // span (a crowd has a million of them).
    const QString &sleepCall(std::chrono::nanoseconds duration, bool blocking);
    void note(LoopEvent event);
    void note(int lane, LoopEvent::Kind kind, const CodeLocation &location);
    void noteSuspended(int lane, const CodeLocation &location, LoopEvent::Await await,
                       const QString &what, std::vector<int> awaited = {});
    void noteFinished(int lane, const CodeLocation &location, SpanState state,
                      const QString &reason = {});
    // Options of a sleep on `lane` that this run's token wakes, and that tells this context
    // when its timer fires (the lane joins the ready queue) if it records loop events. They
    // live as long as the context.
    const SleepOptions *sleepOptions(int lane);
    void timerFired(int lane) override;

    // The heartbeat's own stop signal: it ends with the main program.
    CancelToken &heartbeatToken() { return m_heartbeatToken; }
    bool isMainFinished() const { return m_mainFinished; }

    bool isTaskDone(int task) const { return m_taskFinished[std::size_t(task)]; }
    void setTaskDone(int task);
    // Set once the task is done; made on first use, as few tasks are waited for by name.
    AsyncEvent &taskDoneEvent(int task);
    bool taskFailed(int task) const { return m_taskFailed[std::size_t(task)]; }
    void setTaskFailed(int task) { m_taskFailed[std::size_t(task)] = true; }
    bool anyTaskFailed() const;
    AsyncSemaphore *semaphore() { return m_semaphore.get(); }

    void setFinishedCallback(std::function<void()> callback) { m_onFinished = std::move(callback); }
    void notifyFinished();

private:
    Scheduler *m_scheduler;
    std::shared_ptr<const Scenario> m_scenario;
    Strategy m_strategy;
    std::shared_ptr<Recorder> m_recorder;
    CancelToken m_token;
    CancelToken m_heartbeatToken;
    bool m_recordsLoopEvents = false;
    bool m_mainFinished = false;
    std::vector<std::unique_ptr<AsyncEvent>> m_taskDone; // null until someone waits
    std::vector<bool> m_taskFinished;
    std::vector<bool> m_taskFailed;
    QHash<std::pair<qint64, bool>, QString> m_sleepCalls;
    std::deque<SleepOptions> m_observedSleeps; // per lane, when loop events are recorded
    QHash<int, std::chrono::nanoseconds> m_timerDeadlines; // per lane, its pending sleep's
    std::unique_ptr<AsyncSemaphore> m_semaphore;
    std::chrono::nanoseconds m_origin{0};
    std::chrono::nanoseconds m_wallOrigin{0};
    bool m_hasOrigin = false;
    std::function<void()> m_onFinished;
};

} // namespace ck
