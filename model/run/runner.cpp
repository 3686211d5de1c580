#include "runner.h"

#include "coro/scheduler.h"
#include "coro/spawn.h"
#include "heartbeat.h"
#include "mainprogram.h"
#include "runcontext.h"
#include "scenario/scenariocost.h"
#include "scenario/steplistmemo.h"
#include "steps/stepkind.h"
#include "steps/stepkinds.h"
#include "taskexecutor.h"
#include "trace/awaittext.h"

#include <QPointer>
#include <QThreadPool>

#include <algorithm>

namespace ck {

namespace {

RunInfo describe(const Scenario &scenario, const Strategy &strategy, const Scheduler &scheduler)
{
    const Clock &clock = scheduler.clock();
    RunInfo info;
    info.loop = scheduler.id();
    info.scenarioId = scenario.id;
    info.scenarioTitle = scenario.title;
    info.mode = strategy.name();
    info.clock = clock.isVirtual() ? QStringLiteral("virtual") : QStringLiteral("real");
    info.speed = clock.speed();
    return info;
}

// The spans a run records at least: one per task, and one per wait or block of a flat task
// (a crowd: exactly two per task).
std::size_t expectedSpans(const Scenario &scenario)
{
    ScenarioCost costs(scenario);
    StepListMemo<std::size_t> memo;
    const auto spansOf = [&costs](const std::vector<Step> &steps) {
        std::size_t spans = 1;
        if (TaskExecutor::isFlat(steps)) {
            for (const Step &step : steps)
                spans += std::size_t(StepKinds::of(step).cost(step, costs).spans);
        }
        return spans;
    };
    std::size_t spans = 0;
    for (const ScenarioTask &task : scenario.tasks)
        spans += memo.of(task.steps, spansOf);
    return spans;
}

} // namespace

Runner::Runner(Scheduler &scheduler, std::shared_ptr<const Scenario> scenario, Strategy strategy,
               QObject *parent)
    : QObject(parent), m_scheduler(&scheduler), m_scenario(std::move(scenario)),
      m_strategy(strategy),
      m_recorder(std::make_shared<Recorder>(describe(*m_scenario, strategy, scheduler)))
{}

Runner::~Runner()
{
    stop();
    // What else holds the record goes first, as the members would (the coroutines, the context).
    m_heartbeatTask = Task<>();
    m_main = Task<>();
    m_context.reset();
    // A crowd's record is millions of spans and lanes, a long moment to free: when nobody else
    // holds it, it is let go on a pool thread instead of the one that runs the window.
    if (m_recorder.use_count() == 1)
        QThreadPool::globalInstance()->start([recorder = std::move(m_recorder)] {});
}

void Runner::start()
{
    start(std::make_shared<RunTime::Origin>());
}

void Runner::start(std::shared_ptr<RunTime::Origin> origin)
{
    if (m_started)
        return;
    m_started = true;
    m_recorder->reserve(m_scenario->tasks.size(), expectedSpans(*m_scenario));
    for (std::size_t i = 0; i < m_scenario->tasks.size(); ++i)
        m_recorder->addLane(
            Lane{m_scenario->tasks[i].name, -1, int(i), !m_scenario->tasks[i].awaited});
    m_context = std::make_shared<RunContext>(*m_scheduler, m_scenario, m_strategy, m_recorder);
    m_context->time().shareOrigin(std::move(origin));
    m_context->events().setRecording(m_recordsLoopEvents);
    m_recorder->setHeartbeat(m_heartbeat);
    m_context->setFinishedCallback([self = QPointer<Runner>(this)] {
        if (self)
            self->onMainFinished();
    });
    m_main = spawn(m_scheduler, [context = m_context] { return MainProgram::run(context); });
    if (m_heartbeat.count() > 0) {
        m_context->expectHeartbeat();
        m_heartbeatTask = spawn(m_scheduler, [context = m_context, period = m_heartbeat] {
            return Heartbeat::run(context, period);
        });
    }
}

void Runner::stop()
{
    if (m_context && !m_finished) {
        m_context->cancelToken().cancel();
        m_context->heartbeatToken().cancel();
    }
}

std::chrono::nanoseconds Runner::elapsed() const
{
    if (m_finished)
        return m_recorder->info().total;
    return m_context && m_context->time().hasOrigin() ? m_context->time().elapsed()
                                                      : std::chrono::nanoseconds(0);
}

void Runner::setLogListener(std::function<void(const LogLine &)> listener)
{
    m_recorder->setLogListener(std::move(listener));
}

QStringList Runner::failures() const
{
    QStringList lines;
    for (const Span &span : m_recorder->spans()) {
        if (span.kind == SpanKind::Task && span.state == SpanState::Failed)
            lines << QStringLiteral("%1: %2").arg(AwaitText::ofSpan(*m_recorder, span),
                                                  m_recorder->reasonOf(span));
    }
    return lines;
}

void Runner::onMainFinished()
{
    m_finished = true;
    Q_EMIT finished();
}

} // namespace ck
