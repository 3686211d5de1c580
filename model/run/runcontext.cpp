#include "runcontext.h"

#include "runfailure.h"
#include "scenario/scenariolimits.h"

namespace ck {

RunContext::RunContext(Scheduler &scheduler, std::shared_ptr<const Scenario> scenario,
                       Strategy strategy, std::shared_ptr<Recorder> recorder,
                       std::shared_ptr<const RunPlan> plan)
    : m_scheduler(&scheduler), m_scenario(std::move(scenario)), m_strategy(strategy),
      m_plan(std::move(plan)), m_recorder(std::move(recorder)), m_token(&scheduler),
      m_heartbeatToken(&scheduler), m_time(scheduler), m_tasks(scheduler, m_scenario->tasks.size()),
      m_events(scheduler, m_token, *m_recorder, m_time), m_spans(*m_recorder, m_time, m_events),
      m_wakes(m_events),
      m_semaphoreIndex(
          m_strategy.kind() == Strategy::Kind::Bounded ? int(m_scenario->objects.size()) : -1),
      m_objects(scheduler, objectsOf(*m_scenario, m_strategy), m_token)
{}

std::vector<NamedObject> RunContext::objectsOf(const Scenario &scenario, const Strategy &strategy)
{
    std::vector<NamedObject> objects = scenario.objects;
    // The Python program's `semaphore = asyncio.Semaphore(N)`: a named object as any other, so
    // that every view shows its waits as those of a scenario's Semaphore.
    if (strategy.kind() == Strategy::Kind::Bounded)
        objects.push_back(NamedObject{QStringLiteral("semaphore"), NamedObject::Type::Semaphore,
                                      strategy.limit()});
    return objects;
}

WorkerPool &RunContext::workers()
{
    if (!m_workers)
        m_workers = std::make_unique<WorkerPool>(*m_scheduler, m_scenario->threads);
    return *m_workers;
}

void RunContext::throwIfCancelled() const
{
    if (m_token.isCancelled())
        throw RunFailure(tr("stopped"), true);
}

void RunContext::countForeverRound()
{
    if (++m_foreverRounds <= ScenarioLimits::maxForeverRounds)
        return;
    throw RunFailure(tr("its while True loop went round %1 times, the most a run allows: a loop "
                        "that never lets time move would hang the event loop")
                         .arg(ScenarioLimits::maxForeverRounds, 0, 'f', 0));
}

void RunContext::notifyFinished()
{
    m_mainFinished = true;
    m_heartbeatToken.cancel();
    if (!m_heartbeatRunning && m_onFinished)
        m_onFinished();
}

void RunContext::heartbeatEnded()
{
    m_heartbeatRunning = false;
    if (m_mainFinished && m_onFinished)
        m_onFinished();
}

} // namespace ck
