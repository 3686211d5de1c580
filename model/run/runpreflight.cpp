#include "runpreflight.h"

#include "coro/clock.h"
#include "scenario/stepfinder.h"

namespace ck {

RunRefusal RunPreflight::check(const Scenario &scenario, const Strategy &strategy,
                               const Clock &clock)
{
    const QString order = strategy.refusal(scenario);
    if (!order.isEmpty())
        return RunRefusal{RunRefusal::Kind::Order, order};
    if (!clock.isVirtual())
        return {};
    const QString where = StepFinder::firstWhere(scenario, [](const Step &step) {
        return step.kind == Step::Kind::Download && !step.download->isEmbedded();
    });
    if (where.isEmpty())
        return {};
    return RunRefusal{
        RunRefusal::Kind::NeedsRealClock,
        tr("%1: a download from a URL needs the real clock (the virtual clock can only "
           "simulate {\"bytes\": N} downloads)")
            .arg(where)};
}

} // namespace ck
