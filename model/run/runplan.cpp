#include "runplan.h"

#include "coro/clock.h"
#include "idealtime.h"
#include "runpreflight.h"
#include "scenario/scenario.h"
#include "scenario/scenariocost.h"
#include "scenario/stepfinder.h"
#include "scenario/steplistmemo.h"
#include "steps/stepkind.h"
#include "steps/stepkinds.h"
#include "taskexecutor.h"

#include <algorithm>

namespace ck {

std::shared_ptr<const RunPlan> RunPlan::of(const Scenario &scenario,
                                           const std::vector<Strategy> &strategies)
{
    auto plan = std::shared_ptr<RunPlan>(new RunPlan);
    plan->m_strategies = strategies;
    // The ghost bar is drawn only where it tells the truth: not for a run that a raise may end
    // early (the taskgroup lesson's 7.00 s ideal, 4.00 s run).
    const IdealTime::Estimate estimate = IdealTime::estimate(scenario);
    const bool idealTold = estimate != IdealTime::Estimate::None;
    plan->m_idealIsLowerBound = estimate == IdealTime::Estimate::AtLeast;
    for (const Strategy &strategy : strategies) {
        plan->m_orderRefusals.push_back(RunPreflight::orderRefusal(scenario, strategy));
        const auto ideal = IdealTime::of(scenario, strategy);
        plan->m_rawIdeals.push_back(ideal);
        plan->m_ideals.push_back(idealTold ? ideal : std::chrono::nanoseconds(-1));
    }
    plan->m_realClockRefusal = RunPreflight::realClockRefusal(scenario);
    plan->m_spans = expectedSpans(scenario);
    // Nested steps too: a pasted URL's download sits in a try.
    plan->m_downloads = !StepFinder::firstWhere(scenario, [](const Step &step) {
                             return step.download != nullptr;
                         }).isEmpty();
    plan->m_cancels = !StepFinder::firstWhere(scenario, [](const Step &step) {
                           return step.kind == Step::Kind::Cancel;
                       }).isEmpty();
    for (std::size_t task = 0; task < scenario.tasks.size(); ++task) {
        const ScenarioTask &of = scenario.tasks[task];
        if (!of.awaited)
            plan->m_unawaited.push_back(int(task));
        else if (of.result())
            plan->m_resulted.push_back(int(task));
    }
    return plan;
}

std::size_t RunPlan::expectedSpans(const Scenario &scenario)
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

RunRefusal RunPlan::refusalOn(const Clock &clock) const
{
    for (const RunRefusal &order : m_orderRefusals) {
        if (order)
            return order;
        if (clock.isVirtual() && m_realClockRefusal)
            return m_realClockRefusal;
    }
    return {};
}

QString RunPlan::orderRefusal(const Strategy &strategy) const
{
    const auto known = std::find(m_strategies.begin(), m_strategies.end(), strategy);
    Q_ASSERT(known != m_strategies.end());
    if (known == m_strategies.end())
        return {};
    return m_orderRefusals[std::size_t(known - m_strategies.begin())].reason;
}

} // namespace ck
