#include "runpreflight.h"

#include "coro/clock.h"
#include "scenario/scenario.h"

namespace ck {

namespace {

// The index of the first step downloading a URL, or -1.
qsizetype urlDownloadIn(const std::vector<Step> &steps)
{
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (steps[i].kind == Step::Kind::Download && !steps[i].download->isEmbedded())
            return qsizetype(i);
    }
    return -1;
}

} // namespace

QString RunPreflight::refusal(const Scenario &scenario, const Strategy &strategy,
                              const Clock &clock)
{
    const QString order = strategy.refusal(scenario);
    if (!order.isEmpty() || !clock.isVirtual())
        return order;
    const QString where = firstUrlDownload(scenario);
    if (where.isEmpty())
        return {};
    return tr("%1: a download from a URL needs the real clock (the virtual clock can only "
              "simulate {\"bytes\": N} downloads)")
        .arg(where);
}

QString RunPreflight::firstUrlDownload(const Scenario &scenario)
{
    for (std::size_t i = 0; i < scenario.tasks.size(); ++i) {
        if (const qsizetype step = urlDownloadIn(scenario.tasks[i].steps); step >= 0)
            return QStringLiteral("tasks[%1].steps[%2]").arg(i).arg(step);
    }
    for (std::size_t i = 0; i < scenario.routines.size(); ++i) {
        if (const qsizetype step = urlDownloadIn(scenario.routines[i].steps); step >= 0)
            return QStringLiteral("routines[%1].steps[%2]").arg(i).arg(step);
    }
    return {};
}

} // namespace ck
