#include "stepfinder.h"

namespace ck {

namespace {

qsizetype indexWhere(const std::vector<Step> &steps,
                     const std::function<bool(const Step &)> &matches)
{
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (matches(steps[i]))
            return qsizetype(i);
    }
    return -1;
}

} // namespace

QString StepFinder::firstWhere(const Scenario &scenario,
                               const std::function<bool(const Step &)> &matches)
{
    for (std::size_t i = 0; i < scenario.tasks.size(); ++i) {
        if (const qsizetype step = indexWhere(scenario.tasks[i].steps, matches); step >= 0)
            return QStringLiteral("tasks[%1].steps[%2]").arg(i).arg(step);
    }
    for (std::size_t i = 0; i < scenario.routines.size(); ++i) {
        if (const qsizetype step = indexWhere(scenario.routines[i].steps, matches); step >= 0)
            return QStringLiteral("routines[%1].steps[%2]").arg(i).arg(step);
    }
    return {};
}

} // namespace ck
