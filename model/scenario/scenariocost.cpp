#include "scenariocost.h"

#include "scenario.h"
#include "steps/stepkind.h"
#include "steps/stepkinds.h"

#include <algorithm>

namespace ck {

namespace {

// Costs saturate here, far above every limit, so that products and sums stay finite (no
// infinity, hence no NaN from a 0 × infinity) however the routines multiply.
constexpr double saturation = 1e18;

double saturated(double value)
{
    return std::min(value, saturation);
}

} // namespace

ScenarioCost::Cost &ScenarioCost::Cost::operator+=(const Cost &other)
{
    steps = saturated(steps + other.steps);
    seconds = saturated(seconds + other.seconds);
    coroutines = saturated(coroutines + other.coroutines);
    spans = saturated(spans + other.spans);
    logLines = saturated(logLines + other.logLines);
    text = saturated(text + other.text);
    lanes = saturated(lanes + other.lanes);
    return *this;
}

ScenarioCost::Cost ScenarioCost::Cost::times(double factor) const
{
    Cost cost;
    cost.steps = saturated(steps * factor);
    cost.seconds = saturated(seconds * factor);
    cost.coroutines = saturated(coroutines * factor);
    cost.spans = saturated(spans * factor);
    cost.logLines = saturated(logLines * factor);
    cost.text = saturated(text * factor);
    cost.lanes = saturated(lanes * factor);
    return cost;
}

ScenarioCost::ScenarioCost(const Scenario &scenario)
    : m_scenario(scenario), m_routineMemo(scenario.routines.size()),
      m_known(scenario.routines.size(), false)
{}

// The task's own coroutine and span, its result line, and the lanes of the routines it gathers
// named after it ("main/fetch").
ScenarioCost::Cost ScenarioCost::task(std::size_t index)
{
    const ScenarioTask &task = m_scenario.tasks[index];
    Cost cost = steps(task.steps);
    Cost own;
    own.coroutines = 1;
    own.spans = 1;
    if (task.result()) {
        own.logLines = 1;
        own.text = double(task.name.size() + task.result()->english().size() +
                          task.result()->korean().size());
    }
    own.text += cost.lanes * double(task.name.size());
    cost += own;
    return cost;
}

ScenarioCost::Cost ScenarioCost::steps(const std::vector<Step> &steps)
{
    Cost total;
    for (const Step &step : steps) {
        Cost cost;
        cost.steps = 1;
        cost += StepKinds::of(step).cost(step, *this);
        total += cost;
    }
    return total;
}

ScenarioCost::Cost ScenarioCost::routine(int index)
{
    const auto i = std::size_t(index);
    if (!m_known[i]) {
        m_routineMemo[i] = steps(m_scenario.routines[i].steps);
        m_known[i] = true;
    }
    return m_routineMemo[i];
}

ScenarioCost::Cost ScenarioCost::awaited(int index)
{
    Cost cost = routine(index);
    Cost own;
    own.coroutines = 1;
    own.spans = 1;
    cost += own;
    return cost;
}

ScenarioCost::Cost ScenarioCost::onOwnLanes(const std::vector<int> &routines)
{
    Cost total;
    for (const int index : routines) {
        const auto name = double(m_scenario.routines[std::size_t(index)].name.size());
        Cost child = awaited(index);
        Cost lane;
        lane.lanes = 1;
        lane.text = (1 + child.lanes) * (name + 1);
        child += lane;
        total += child;
    }
    return total;
}

} // namespace ck
