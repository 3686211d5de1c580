#include "runpreflight.h"

#include "coro/clock.h"
#include "scenario/stepfinder.h"
#include "steps/stepkind.h"
#include "steps/stepkinds.h"

namespace ck {

RunRefusal RunPreflight::check(const Scenario &scenario, const Strategy &strategy,
                               const Clock &clock)
{
    if (RunRefusal order = orderRefusal(scenario, strategy))
        return order;
    if (!clock.isVirtual())
        return {};
    return realClockRefusal(scenario);
}

RunRefusal RunPreflight::orderRefusal(const Scenario &scenario, const Strategy &strategy)
{
    const QString order = strategy.refusal(scenario);
    if (!order.isEmpty())
        return RunRefusal{RunRefusal::Kind::Order, order};
    return {};
}

RunRefusal RunPreflight::realClockRefusal(const Scenario &scenario)
{
    QString reason;
    const QString where = StepFinder::firstWhere(scenario, [&reason](const Step &step) {
        reason = StepKinds::of(step).realClockReason(step);
        return !reason.isEmpty();
    });
    if (where.isEmpty())
        return {};
    return RunRefusal{RunRefusal::Kind::NeedsRealClock,
                      QStringLiteral("%1: %2").arg(where, reason)};
}

} // namespace ck
