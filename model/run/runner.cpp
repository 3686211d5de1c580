#include "runner.h"

#include "coro/scheduler.h"
#include "coro/spawn.h"
#include "heartbeat.h"
#include "mainprogram.h"
#include "runcontext.h"
#include "runplan.h"
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
    addLanes(m_scenario->tasks.size());
    m_context =
        std::make_shared<RunContext>(*m_scheduler, m_scenario, m_strategy, m_recorder, m_plan);
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

void Runner::addLanes(std::size_t count)
{
    if (m_lanesAdded == 0) {
        if (!m_plan)
            m_plan = RunPlan::of(*m_scenario, {m_strategy});
        m_recorder->reserve(m_scenario->tasks.size(), m_plan->spans());
    }
    const auto &tasks = m_scenario->tasks;
    const std::size_t end = std::min(tasks.size(), m_lanesAdded + count);
    for (; m_lanesAdded < end; ++m_lanesAdded) {
        const ScenarioTask &task = tasks[m_lanesAdded];
        m_recorder->addLane(Lane{task.name, -1, int(m_lanesAdded), !task.awaited});
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
