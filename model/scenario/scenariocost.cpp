#include "scenariocost.h"

#include "scenario.h"

#include <algorithm>
#include <chrono>

namespace ck {

namespace {

// Costs saturate here, far above every limit, so that products and sums stay finite (no
// infinity, hence no NaN from a 0 × infinity) however the routines multiply.
constexpr double saturation = 1e18;

ScenarioCost::Cost saturated(ScenarioCost::Cost cost)
{
    return {std::min(cost.steps, saturation), std::min(cost.seconds, saturation)};
}

double secondsOf(std::chrono::nanoseconds duration)
{
    return std::chrono::duration<double>(duration).count();
}

} // namespace

ScenarioCost::ScenarioCost(const Scenario &scenario)
    : m_scenario(scenario), m_routineMemo(scenario.routines.size()),
      m_known(scenario.routines.size(), false)
{}

ScenarioCost::Cost ScenarioCost::task(std::size_t index)
{
    return steps(m_scenario.tasks[index].steps);
}

ScenarioCost::Cost ScenarioCost::steps(const std::vector<Step> &steps)
{
    Cost total;
    for (const Step &step : steps) {
        Cost cost{1, 0};
        switch (step.kind) {
        case Step::Kind::Log:
            break;
        case Step::Kind::Wait:
        case Step::Kind::Block:
            cost.seconds = secondsOf(step.duration);
            break;
        case Step::Kind::Call:
        case Step::Kind::Gather:
            for (const int index : step.routineIndices) {
                const Cost callee = routine(index);
                cost.steps += callee.steps;
                cost.seconds += callee.seconds;
            }
            break;
        case Step::Kind::Download:
            cost = download(step);
            break;
        }
        total = saturated({total.steps + cost.steps, total.seconds + cost.seconds});
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

// The step, one per chunk, and the `each` routine once per chunk; a URL download's chunks are
// unknown beforehand and count as one.
ScenarioCost::Cost ScenarioCost::download(const Step &step)
{
    const DownloadSpec &spec = *step.download;
    const double chunks = spec.isEmbedded() ? double(spec.chunkCount()) : 1;
    double seconds = 0;
    if (spec.isEmbedded())
        seconds = secondsOf(spec.latency) + (spec.rate > 0 ? spec.deliveredBytes() / spec.rate : 0);
    Cost cost{1 + chunks, seconds};
    if (!step.routineIndices.empty()) {
        const Cost each = routine(step.routineIndices.front());
        cost.steps += chunks * each.steps;
        cost.seconds += chunks * each.seconds;
    }
    return saturated(cost);
}

} // namespace ck
