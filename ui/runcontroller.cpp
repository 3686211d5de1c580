#include "runcontroller.h"

#include "coro/clock.h"
#include "coro/scheduler.h"
#include "pyrun/fidelityrun.h"
#include "pyrun/pythonprogramrun.h"
#include "run/runner.h"
#include "sameowner.h"

#include <QCoreApplication>
#include <QPointer>
#include <algorithm>

namespace ck {

RunController::RunController(QObject *parent) : QObject(parent)
{
    // Precise: a coarse timer may fire up to 5 % early, which would break the 60 Hz cap.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_refreshTimer, &QTimer::timeout, this, &RunController::refresh);
}

RunController::~RunController()
{
    // Last resort (see the class comment): a session that is still unwinding is abandoned with
    // its scheduler: its frames leak, nothing dangles.
    m_refreshTimer.stop();
    const auto sessions = findChildren<Session *>(Qt::FindDirectChildrenOnly);
    for (Session *session : sessions)
        session->stop();
    qDeleteAll(sessions);
}

QString RunController::start(std::shared_ptr<const Scenario> scenario, RunSelection selection)
{
    return startWith(Session::clockFor(m_instant, m_speed), std::move(scenario), selection);
}

QString RunController::startPreview(std::shared_ptr<const Scenario> scenario,
                                    RunSelection selection)
{
    return startWith(Session::clockFor(true, m_speed), std::move(scenario), selection);
}

QString RunController::startWith(std::unique_ptr<Clock> clock,
                                 std::shared_ptr<const Scenario> scenario, RunSelection selection)
{
    if (m_shuttingDown || !scenario)
        return tr("nothing to run");
    const std::vector<Strategy> strategies = selection.strategies();
    std::shared_ptr<const RunPlan> plan = planFor(scenario, selection);
    // Checked before the current run is replaced: a refused one leaves it alone.
    if (const RunRefusal refusal = plan->refusalOn(*clock))
        return refusal.reason;
    retireCurrent(); // also starts a new generation of log lines
    m_scenario = std::move(scenario);
    m_selection = selection;
    m_busy = true;
    m_session = new Session(std::move(clock), this);
    m_session->scheduler().setSliceBudget(kSliceBudget);
    connect(&m_session->scheduler(), &Scheduler::idle, this, &RunController::checkSettled);
    connect(m_session, &Session::finished, this,
            [this, session = m_session] { onSessionFinished(session); });
    SessionOptions options = optionsFor(*m_scenario);
    options.preflighted = true; // above, on the clock the session now has
    options.plan = std::move(plan);
    if (const RunRefusal refusal = m_session->start(m_scenario, strategies, std::move(options))) {
        delete std::exchange(m_session, nullptr); // not after the preflight above, but safe
        return refusal.reason;
    }
    Q_EMIT started();
    scheduleRefresh();
    return {};
}

std::shared_ptr<const RunPlan>
RunController::planFor(const std::shared_ptr<const Scenario> &scenario,
                       const RunSelection &selection)
{
    if (!m_plan || m_planSelection != selection || !sameOwner(m_planScenario, scenario))
        adoptPlan(scenario, selection, RunPlan::of(*scenario, selection.strategies()));
    return m_plan;
}

void RunController::adoptPlan(const std::shared_ptr<const Scenario> &scenario,
                              const RunSelection &selection, std::shared_ptr<const RunPlan> plan)
{
    m_plan = std::move(plan);
    m_planScenario = scenario;
    m_planSelection = selection;
}

SessionOptions RunController::optionsFor(const Scenario &scenario)
{
    SessionOptions options;
    options.lanesPerSlice = kLanesPerSlice;
    if (scenario.tasks.size() <= kTeachingLimit) {
        options.recordsLoopEvents = true;
        options.heartbeat = kHeartbeat;
        options.maxBeats = kMaxBeats;
    }
    // The recorder, and with it this listener, may outlive both the runner and this object.
    options.logListener = [self = QPointer<RunController>(this),
                           generation = m_generation](int run, const LogLine &line) {
        if (self && self->m_generation == generation)
            Q_EMIT self->logLine(run, line);
    };
    return options;
}

QString RunController::startProgram(const QString &path, std::shared_ptr<const Scenario> scenario,
                                    const QString &label, const PythonRunOptions &options)
{
    if (m_shuttingDown)
        return tr("nothing to run");
    auto *program = new PythonProgramRun(path, options, this);
    if (!program->start()) {
        const QString refusal = program->failure();
        delete program;
        return refusal;
    }
    retireCurrent(); // also starts a new generation of log lines
    m_program = program;
    m_programLabel = label;
    m_scenario = std::move(scenario);
    m_busy = true;
    program->recorder()->setLogListener(
        [self = QPointer<RunController>(this), generation = m_generation](const LogLine &line) {
            if (self && self->m_generation == generation)
                Q_EMIT self->logLine(0, line);
        });
    connect(program, &PythonProgramRun::traceGrew, this, &RunController::scheduleRefresh);
    connect(program, &PythonProgramRun::finished, this, &RunController::onProgramFinished);
    Q_EMIT started();
    scheduleRefresh();
    return {};
}

QString RunController::startCheck(std::shared_ptr<const Scenario> scenario, const Strategy &mode,
                                  Language language)
{
    if (m_shuttingDown)
        return tr("nothing to run");
    auto *check = new FidelityRun(scenario, mode, language, {}, this);
    if (QString refusal = check->start(); !refusal.isEmpty()) {
        delete check; // nothing started: its session has no coroutine
        return refusal;
    }
    retireCurrent();
    m_check = check;
    m_scenario = std::move(scenario);
    m_selection = RunSelection(mode);
    m_busy = true;
    connect(check, &FidelityRun::finished, this, &RunController::onCheckFinished);
    Q_EMIT started();
    scheduleRefresh();
    return {};
}

void RunController::onCheckFinished()
{
    auto *check = qobject_cast<FidelityRun *>(sender());
    const auto retired = std::find(m_retiringChecks.begin(), m_retiringChecks.end(), check);
    if (retired != m_retiringChecks.end()) {
        m_retiringChecks.erase(retired);
        check->deleteLater(); // we are inside its signal
    } else if (check == m_check) {
        scheduleRefresh();
        Q_EMIT finished();
    }
    checkSettled();
}

void RunController::onProgramFinished()
{
    scheduleRefresh();
    Q_EMIT finished();
    checkSettled();
}

void RunController::stop()
{
    if (m_program)
        m_program->stop();
    if (m_check)
        m_check->stop();
    if (m_session)
        m_session->stop();
    for (Session *session : m_retiring)
        session->stop();
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

void RunController::setSpeed(double speed)
{
    m_speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    if (m_session)
        m_session->setSpeed(m_speed);
    for (Session *session : m_retiring)
        session->setSpeed(m_speed);
}

bool RunController::isRunning() const
{
    return (m_session && !m_session->isFinished()) || (m_program && !m_program->isFinished()) ||
           (m_check && !m_check->isFinished());
}

bool RunController::isSettled() const
{
    return !isRunning() && m_retiring.empty() && m_retiringChecks.empty() &&
           !(m_session && m_session->scheduler().hasWork());
}

int RunController::retiringCount() const
{
    std::size_t count = 0;
    for (const Session *session : m_retiring)
        count += session->runners().size();
    return int(count);
}

std::vector<const Runner *> RunController::runners() const
{
    std::vector<const Runner *> result;
    if (m_session) {
        for (const auto &runner : m_session->runners())
            result.push_back(runner.get());
    }
    return result;
}

std::chrono::nanoseconds RunController::elapsed() const
{
    if (m_program) {
        const Recorder &record = *m_program->recorder();
        if (m_program->isFinished() && record.info().total >= std::chrono::nanoseconds(0))
            return record.info().total;
        return std::max(record.latestStart(), record.latestEnd());
    }
    std::chrono::nanoseconds longest{0};
    for (const Runner *runner : runners())
        longest = std::max(longest, runner->elapsed());
    return longest;
}

std::vector<TimelineRun> RunController::timelineRuns() const
{
    std::vector<TimelineRun> result;
    if (m_program) {
        const bool live = !m_program->isFinished();
        result.push_back(TimelineRun{m_program->recorder(), m_programLabel,
                                     std::chrono::nanoseconds(-1),
                                     live ? elapsed() : std::chrono::nanoseconds(-1)});
    }
    if (m_check && m_check->isFinished() && m_check->python()) {
        TimelineRun app =
            TimelineRun::of(*m_check->session().runners().front(), m_check->session().ideal(0));
        app.recorder = m_check->app();
        app.label = QStringLiteral("QCoro");
        result.push_back(app);
        result.push_back(TimelineRun{m_check->python(), QStringLiteral("CPython")});
    }
    if (!m_session)
        return result;
    const auto &runners = m_session->runners();
    // The runs start together once each has its lanes: a half-laned run is not drawn.
    if (std::any_of(runners.begin(), runners.end(),
                    [](const auto &runner) { return !runner->hasStarted(); }))
        return result;
    result.reserve(runners.size());
    for (std::size_t i = 0; i < runners.size(); ++i)
        result.push_back(TimelineRun::of(*runners[i], m_session->ideal(i)));
    return result;
}

std::chrono::nanoseconds RunController::heartbeatFor(std::chrono::nanoseconds ideal)
{
    return Session::heartbeatFor(kHeartbeat, ideal, kMaxBeats);
}

void RunController::retireCurrent()
{
    ++m_generation; // lines the replaced runs print while unwinding are not this run's
    retireProgram();
    retireCheck();
    Session *session = std::exchange(m_session, nullptr);
    if (!session)
        return;
    if (session->isFinished()) {
        session->deleteLater();
    } else {
        m_retiring.push_back(session);
        session->stop();
    }
}

// A program's process group is killed at once: nothing of it unwinds later. Its record lives on
// in whoever holds it.
void RunController::retireProgram()
{
    PythonProgramRun *program = std::exchange(m_program, nullptr);
    if (!program)
        return;
    program->disconnect(this);
    program->stop();
    program->deleteLater();
}

// A replaced check is stopped (CPython's process group killed) and deleted once it has
// finished.
void RunController::retireCheck()
{
    FidelityRun *check = std::exchange(m_check, nullptr);
    if (!check)
        return;
    if (check->isFinished()) {
        check->deleteLater();
    } else {
        m_retiringChecks.push_back(check);
        check->stop();
    }
}

void RunController::onSessionFinished(Session *session)
{
    const auto retired = std::find(m_retiring.begin(), m_retiring.end(), session);
    if (retired != m_retiring.end()) {
        m_retiring.erase(retired);
        session->deleteLater(); // we are inside its signal, and its coroutines still run
    } else if (session == m_session) {
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
