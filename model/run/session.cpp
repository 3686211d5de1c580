#include "session.h"

#include "coro/realclock.h"
#include "coro/scheduler.h"
#include "coro/virtualclock.h"
#include "runpreflight.h"

#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <limits>

namespace ck {

namespace {

RunRefusal nothingToRun()
{
    return RunRefusal{RunRefusal::Kind::NothingToRun, RunPreflight::tr("nothing to run")};
}

} // namespace

Session::Session(std::unique_ptr<Clock> clock, QObject *parent)
    : QObject(parent), m_scheduler(std::make_unique<Scheduler>(std::move(clock)))
{}

Session::~Session()
{
    m_runners.clear(); // before the scheduler they run on
}

std::unique_ptr<Clock> Session::clockFor(bool virtualClock, double speed)
{
    if (virtualClock)
        return std::make_unique<VirtualClock>();
    return std::make_unique<RealClock>(speed);
}

std::chrono::nanoseconds Session::heartbeatFor(std::chrono::nanoseconds period,
                                               std::chrono::nanoseconds ideal, int maxBeats)
{
    if (maxBeats <= 0)
        return period;
    return std::max(period, ideal / maxBeats);
}

RunRefusal Session::start(std::shared_ptr<const Scenario> scenario,
                          const std::vector<Strategy> &strategies, SessionOptions options)
{
    if (!m_runners.empty() || !scenario)
        return nothingToRun();
    const std::shared_ptr<const RunPlan> plan =
        options.plan ? options.plan : RunPlan::of(*scenario, strategies);
    Q_ASSERT(plan->strategies() == strategies);
    if (!options.preflighted) {
        if (RunRefusal refusal = plan->refusalOn(clock()))
            return refusal;
    }
    m_scenario = std::move(scenario);
    for (std::size_t i = 0; i < strategies.size(); ++i) {
        auto runner = std::make_unique<Runner>(*m_scheduler, m_scenario, strategies[i], this);
        m_ideals.push_back(plan->ideal(i));
        runner->setPlan(plan);
        runner->setRecordsLoopEvents(options.recordsLoopEvents);
        if (options.heartbeat.count() > 0)
            runner->setHeartbeat(
                heartbeatFor(options.heartbeat, plan->rawIdeal(i), options.maxBeats));
        if (options.logListener)
            runner->setLogListener([listener = options.logListener, index = int(m_runners.size())](
                                       const LogLine &line) { listener(index, line); });
        connect(runner.get(), &Runner::finished, this, &Session::onRunnerFinished);
        m_runners.push_back(std::move(runner));
    }
    // One origin for the runs of this loop, marked when the first of their main programs
    // starts: their times are on its one axis (a run that blocks the loop delays the other's, as
    // it would in one Python program).
    const auto origin = std::make_shared<RunTime::Origin>();
    if (options.lanesPerSlice > 0 && m_scenario->tasks.size() > options.lanesPerSlice) {
        addLanesThenStart(origin, options.lanesPerSlice);
        return {};
    }
    for (auto &runner : m_runners)
        runner->start(origin);
    return {};
}

// The runs start back to back once the last lane is added, as they would at once: nothing of
// them runs before, so their order and times are the same.
void Session::addLanesThenStart(std::shared_ptr<RunTime::Origin> origin, std::size_t perSlice)
{
    for (auto &runner : m_runners) {
        if (runner->hasAllLanes())
            continue;
        runner->addLanes(perSlice);
        // A zero timer comes after the input and paints already waiting.
        QTimer::singleShot(0, this, [this, origin = std::move(origin), perSlice]() mutable {
            addLanesThenStart(std::move(origin), perSlice);
        });
        return;
    }
    for (auto &runner : m_runners)
        runner->start(origin);
    if (m_stopped)
        stop(); // stopped before they started: they end cancelled at once, and say so
}

bool Session::waitUntilFinished(std::chrono::milliseconds timeout)
{
    if (isFinished())
        return true;
    QEventLoop loop;
    connect(this, &Session::finished, &loop, &QEventLoop::quit);
    QTimer deadline;
    if (timeout != std::chrono::milliseconds::max()) {
        deadline.setSingleShot(true);
        connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        deadline.start(timeout);
    }
    loop.exec();
    return isFinished();
}

void Session::stop()
{
    m_stopped = true;
    for (auto &runner : m_runners)
        runner->stop();
}

void Session::setSpeed(double speed)
{
    if (auto *realClock = dynamic_cast<RealClock *>(&m_scheduler->clock())) {
        realClock->setSpeed(speed);
        m_scheduler->clockChanged(); // re-arm the pending wake-up for the new pace
    }
}

bool Session::isFinished() const
{
    return !m_runners.empty() &&
           std::all_of(m_runners.begin(), m_runners.end(),
                       [](const auto &runner) { return runner->isFinished(); });
}

const Clock &Session::clock() const
{
    return m_scheduler->clock();
}

std::vector<const Recorder *> Session::recorders() const
{
    std::vector<const Recorder *> result;
    for (const auto &runner : m_runners)
        result.push_back(runner->recorder().get());
    return result;
}

void Session::onRunnerFinished()
{
    if (isFinished())
        Q_EMIT finished();
}

} // namespace ck
