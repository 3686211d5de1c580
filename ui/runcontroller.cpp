#include "runcontroller.h"

#include "run/session.h"

#include "coro/realclock.h"
#include "coro/scheduler.h"
#include "coro/virtualclock.h"
#include "run/idealtime.h"
#include "run/runner.h"

#include <QCoreApplication>
#include <QPointer>
#include <algorithm>

namespace ck {

RunController::RunController(QObject *parent) : QObject(parent)
{
    auto realClock = std::make_unique<RealClock>(1.0);
    m_realClock = realClock.get();
    m_realScheduler = std::make_unique<Scheduler>(std::move(realClock));
    m_virtualScheduler = std::make_unique<Scheduler>(std::make_unique<VirtualClock>());
    for (Scheduler *scheduler : {m_realScheduler.get(), m_virtualScheduler.get()}) {
        connect(scheduler, &Scheduler::idle, this, &RunController::checkSettled);
        scheduler->setSliceBudget(kSliceBudget);
    }
    // Precise: a coarse timer may fire up to 5 % early, which would break the 60 Hz cap.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_refreshTimer, &QTimer::timeout, this, &RunController::refresh);
}

RunController::~RunController()
{
    // Last resort (see the class comment): runners go before the schedulers they run on. A run
    // that is still unwinding is abandoned on its scheduler: its frames leak, nothing dangles.
    m_refreshTimer.stop();
    const auto runners = findChildren<Runner *>(Qt::FindDirectChildrenOnly);
    for (Runner *runner : runners)
        runner->stop();
    qDeleteAll(runners);
}

QString RunController::start(std::shared_ptr<const Scenario> scenario, RunSelection selection)
{
    return startOn(m_instant ? *m_virtualScheduler : *m_realScheduler, std::move(scenario),
                   selection);
}

QString RunController::startPreview(std::shared_ptr<const Scenario> scenario,
                                    RunSelection selection)
{
    return startOn(*m_virtualScheduler, std::move(scenario), selection);
}

QString RunController::startOn(Scheduler &scheduler, std::shared_ptr<const Scenario> scenario,
                               RunSelection selection)
{
    if (m_shuttingDown || !scenario)
        return tr("nothing to run");
    const std::vector<Strategy> strategies = selection.strategies();
    if (const RunRefusal refusal =
            Session::preflight(scenario.get(), strategies, scheduler.clock()))
        return refusal.reason;
    retireCurrent(); // also starts a new generation of log lines
    m_scenario = std::move(scenario);
    m_selection = selection;
    m_busy = true;
    for (std::size_t i = 0; i < strategies.size(); ++i)
        m_current.push_back(makeRun(scheduler, strategies[i], int(i)));
    // Started back to back, so the first steps of all runs share one loop iteration, with one
    // origin: one axis.
    const RunTime::Origin origin = RunTime::originNow(scheduler);
    for (const CurrentRun &run : m_current)
        run.runner->start(origin);
    Q_EMIT started();
    scheduleRefresh();
    return {};
}

void RunController::stop()
{
    for (const CurrentRun &run : m_current)
        run.runner->stop();
    for (Runner *runner : m_retiring)
        runner->stop();
}

void RunController::clear()
{
    retireCurrent();
    scheduleRefresh();
}

void RunController::shutdown()
{
    m_shuttingDown = true;
    stop();
    setParent(QCoreApplication::instance()); // deleted with the application at the latest
    m_busy = true;
    checkSettled();
}

void RunController::setInstant(bool instant)
{
    m_instant = instant;
}

double RunController::speed() const
{
    return m_realClock->speed();
}

void RunController::setSpeed(double speed)
{
    m_realClock->setSpeed(std::clamp(speed, kMinSpeed, kMaxSpeed));
    m_realScheduler->clockChanged(); // re-arm the pending wake-up for the new pace
}

bool RunController::isRunning() const
{
    return std::any_of(m_current.begin(), m_current.end(),
                       [](const CurrentRun &run) { return !run.runner->isFinished(); });
}

bool RunController::isSettled() const
{
    return !isRunning() && m_retiring.empty() && !m_realScheduler->hasWork() &&
           !m_virtualScheduler->hasWork();
}

std::vector<const Runner *> RunController::runners() const
{
    std::vector<const Runner *> result;
    for (const CurrentRun &run : m_current)
        result.push_back(run.runner);
    return result;
}

std::chrono::nanoseconds RunController::elapsed() const
{
    std::chrono::nanoseconds longest{0};
    for (const CurrentRun &run : m_current)
        longest = std::max(longest, run.runner->elapsed());
    return longest;
}

std::vector<TimelineRun> RunController::timelineRuns() const
{
    std::vector<TimelineRun> result;
    result.reserve(m_current.size());
    for (const CurrentRun &run : m_current)
        result.push_back(TimelineRun::of(*run.runner, run.ideal));
    return result;
}

RunController::CurrentRun RunController::makeRun(Scheduler &scheduler, const Strategy &strategy,
                                                 int index)
{
    auto *runner = new Runner(scheduler, m_scenario, strategy, this);
    const auto ideal = IdealTime::of(*m_scenario, strategy);
    if (m_scenario->tasks.size() <= kTeachingLimit) {
        runner->setRecordsLoopEvents(true);
        runner->setHeartbeat(heartbeatFor(ideal));
    }
    // The recorder, and with it this listener, may outlive both the runner and this object.
    runner->setLogListener([self = QPointer<RunController>(this), generation = m_generation,
                            index](const LogLine &line) {
        if (self && self->m_generation == generation)
            Q_EMIT self->logLine(index, line);
    });
    connect(runner, &Runner::finished, this, [this, runner] { onRunnerFinished(runner); });
    return CurrentRun{runner, ideal};
}

std::chrono::nanoseconds RunController::heartbeatFor(std::chrono::nanoseconds ideal)
{
    // A run of a day must not record millions of beats: at most kMaxBeats over its ideal span.
    return std::max<std::chrono::nanoseconds>(kHeartbeat, ideal / kMaxBeats);
}

void RunController::retireCurrent()
{
    ++m_generation; // lines the replaced runs print while unwinding are not this run's
    for (const CurrentRun &run : std::exchange(m_current, {})) {
        if (run.runner->isFinished()) {
            run.runner->deleteLater();
        } else {
            m_retiring.push_back(run.runner);
            run.runner->stop();
        }
    }
}

void RunController::onRunnerFinished(Runner *runner)
{
    const auto retired = std::find(m_retiring.begin(), m_retiring.end(), runner);
    if (retired != m_retiring.end()) {
        m_retiring.erase(retired);
        runner->deleteLater(); // we are inside its signal, and its coroutine still runs
    } else if (!isRunning()) {
        scheduleRefresh();
        Q_EMIT finished();
    }
    checkSettled();
}

void RunController::checkSettled()
{
    if (!m_busy || !isSettled())
        return;
    m_busy = false;
    Q_EMIT settled();
    if (m_shuttingDown)
        deleteLater();
}

void RunController::scheduleRefresh()
{
    if (m_refreshTimer.isActive())
        return;
    // elapsed() truncates to whole milliseconds, so the real gap is never below kFrameMs.
    const qint64 since = m_lastRefresh.isValid() ? m_lastRefresh.elapsed() : kFrameMs;
    m_refreshTimer.start(int(std::max<qint64>(0, kFrameMs - since)));
}

void RunController::refresh()
{
    m_lastRefresh.start();
    Q_EMIT runsChanged();
    if (isRunning())
        scheduleRefresh();
}

} // namespace ck
