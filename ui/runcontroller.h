#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include "pyrun/pythonrunoptions.h"
#include "run/session.h"
#include "runselection.h"
#include "scenario/language.h"
#include "scenario/scenario.h"
#include "timeline/timelinerun.h"
#include "trace/logline.h"

#include <chrono>
#include <memory>
#include <vector>

namespace ck {

class Clock;
class FidelityRun;
class PythonProgramRun;
class Runner;
class RunPlan;

// Drives the window's runs: a Session per run (two runs for compare, on the session's one
// scheduler), on the real clock at the window's speed or on the virtual clock. What is the
// window's stays here: its signals, the generations that drop a replaced run's lines, stop,
// speed and the 4 ms slices that keep the window responsive.
//
// Lifetimes: a session that is stopped mid-run unwinds its coroutines on its scheduler over the
// next loop iterations, so a replaced session is kept (as a child) until it reports finished and
// is then deleted with deleteLater(); its recorders live on in whoever holds them (shared_ptr).
// A session's scheduler must outlive every coroutine of its runners, so this object must not be
// destroyed while isSettled() is false: call shutdown() instead, which stops everything and
// deletes the controller once the last session has finished (or, if the event loop ends first,
// with the application object it reparents itself to). Nested event loops are never used.
class RunController : public QObject
{
    Q_OBJECT

public:
    static constexpr double kMinSpeed = 0.1;
    static constexpr double kMaxSpeed = 10.0;
    static constexpr int kFrameMs = 17; // runsChanged() at most ~60 times a second
    // The schedulers give the window's events a turn this often at the least, so that input
    // waits no longer than a slice and a frame even while a crowd runs.
    static constexpr std::chrono::microseconds kSliceBudget{4000};
    // A crowd's lanes are added this many at a time (about 5 ms), a turn of the event loop
    // each, before its runs start (SessionOptions::lanesPerSlice).
    static constexpr std::size_t kLanesPerSlice = 100000;
    // Runs of up to this many tasks record loop events and beat a heartbeat of this period for
    // the teaching views; larger crowds run without them, to keep their memory small.
    static constexpr std::size_t kTeachingLimit = 2000;
    static constexpr std::chrono::milliseconds kHeartbeat{50};
    static constexpr int kMaxBeats = 4000;
    // The heartbeat of a run whose ideal total is `ideal` (kHeartbeat, longer for long runs).
    static std::chrono::nanoseconds heartbeatFor(std::chrono::nanoseconds ideal);

    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;

    // Starts a run, replacing (and cancelling) the current one. Returns an empty string, or why
    // the scenario cannot run in that mode (nothing is started then).
    QString start(std::shared_ptr<const Scenario> scenario, RunSelection selection);
    // The plan of the scenario in the selection's mode (RunPlan), worked out once: start() reads
    // it, and so may anyone who asks whether a mode refuses the scenario.
    std::shared_ptr<const RunPlan> planFor(const std::shared_ptr<const Scenario> &scenario,
                                           const RunSelection &selection);
    // A plan worked out elsewhere (off the window's thread, with a large scenario's build).
    void adoptPlan(const std::shared_ptr<const Scenario> &scenario, const RunSelection &selection,
                   std::shared_ptr<const RunPlan> plan);
    // start() on the virtual clock whatever isInstant() says: the editor's instant preview.
    QString startPreview(std::shared_ptr<const Scenario> scenario, RunSelection selection);
    // Runs a user's Python program (PythonProgramRun) as the current run, replacing the current
    // one; `scenario` stands for it in the views (its title, no tasks). The program's record is
    // the one timeline run, labelled `label`, redrawn as its trace grows. Returns an empty
    // string, or why it cannot start (nothing is replaced then).
    QString startProgram(const QString &path, std::shared_ptr<const Scenario> scenario,
                         const QString &label, const PythonRunOptions &options);
    // "Check with CPython": `scenario` in `mode` on the virtual clock, then under CPython
    // (FidelityRun), as the current run, replacing the current one. Once finished its two
    // records are the timeline runs, labelled QCoro and CPython. Returns an empty string, or
    // why it cannot start (nothing is replaced then).
    QString startCheck(std::shared_ptr<const Scenario> scenario, const Strategy &mode,
                       Language language);
    // The current run's check, or null when the current run is not one.
    const FidelityRun *check() const { return m_check; }
    // The current run's program, or null when the current run is a scenario's.
    const PythonProgramRun *program() const { return m_program; }
    // Cancels the current run (a program's or a check's python3 is killed with its group);
    // finished() follows once its coroutines have unwound.
    void stop();
    // Forgets the current runs (finished ones only; a live run is stopped first).
    void clear();
    // Stops everything and deletes this object once every runner has finished.
    void shutdown();

    bool isInstant() const { return m_instant; }
    void setInstant(bool instant); // applies to the next start()
    double speed() const { return m_speed; }
    void setSpeed(double speed); // clamped to [kMinSpeed, kMaxSpeed]; applies to a live run too

    bool isRunning() const;    // a current runner has not finished yet
    bool isSettled() const;    // no runner at all, current or replaced, is still unwinding
    int retiringCount() const; // runners replaced but still unwinding
    bool hasRuns() const { return m_session || m_program || m_check; }
    RunSelection selection() const { return m_selection; }
    std::shared_ptr<const Scenario> scenario() const { return m_scenario; }
    std::vector<const Runner *> runners() const;
    // Scenario time of the longest current run so far (its total once finished).
    std::chrono::nanoseconds elapsed() const;
    // What the timeline draws: one entry per current runner, in start order (none while a
    // crowd's lanes are still being added).
    std::vector<TimelineRun> timelineRuns() const;

Q_SIGNALS:
    void started();
    // The current runs changed: emitted at most once per kFrameMs, continuously while live.
    void runsChanged();
    // A line printed by current run `run` (index into runners()); lines of replaced runs are
    // dropped.
    void logLine(int run, const ck::LogLine &line);
    // Every current runner has finished (done, failed or stopped).
    void finished();
    // The last unwinding runner, current or replaced, has finished.
    void settled();

private:
    QString startWith(std::unique_ptr<Clock> clock, std::shared_ptr<const Scenario> scenario,
                      RunSelection selection);
    // Loop events and a heartbeat for the teaching views (small runs only), and log lines
    // heard while this run's generation is current.
    SessionOptions optionsFor(const Scenario &scenario);
    void retireCurrent();
    void retireProgram();
    void retireCheck();
    void onCheckFinished();
    void onProgramFinished();
    void onSessionFinished(Session *session);
    void checkSettled();
    void scheduleRefresh();
    void refresh();

    Session *m_session = nullptr;          // the current runs; sessions are children of this object
    std::vector<Session *> m_retiring;     // stopped, deleted when they report finished
    PythonProgramRun *m_program = nullptr; // the current run's program, a child of this object
    QString m_programLabel;
    FidelityRun *m_check = nullptr;              // the current run's check, a child of this object
    std::vector<FidelityRun *> m_retiringChecks; // deleted when they report finished
    std::shared_ptr<const Scenario> m_scenario;
    RunSelection m_selection;
    // The last plan worked out, and of what (planFor()).
    std::shared_ptr<const RunPlan> m_plan;
    std::weak_ptr<const Scenario> m_planScenario;
    RunSelection m_planSelection;
    quint64 m_generation = 0; // tells log lines of the current run from replaced ones
    double m_speed = 1.0;
    bool m_instant = false;
    bool m_shuttingDown = false;
    bool m_busy = false; // something started since settled() was last emitted
    QTimer m_refreshTimer;
    QElapsedTimer m_lastRefresh;
};

} // namespace ck
