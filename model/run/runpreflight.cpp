#include "runpreflight.h"

#include "coro/clock.h"
#include "scenario/stepfinder.h"

namespace ck {

QString RunPreflight::refusal(const Scenario &scenario, const Strategy &strategy,
                              const Clock &clock)
{
    const QString order = strategy.refusal(scenario);
    if (!order.isEmpty() || !clock.isVirtual())
        return order;
    const QString where = StepFinder::firstWhere(scenario, [](const Step &step) {
        return step.kind == Step::Kind::Download && !step.download->isEmbedded();
    });
    if (where.isEmpty())
        return {};
    return tr("%1: a download from a URL needs the real clock (the virtual clock can only "
              "simulate {\"bytes\": N} downloads)")
        .arg(where);
}

} // namespace ck
