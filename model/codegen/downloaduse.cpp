#include "downloaduse.h"

#include "scenario/scenario.h"
#include "scenario/stepfinder.h"

#include <algorithm>

namespace ck {

DownloadUse DownloadUse::of(const Scenario &scenario)
{
    DownloadUse use;
    StepFinder::firstWhere(scenario, [&use](const Step &step) {
        if (!step.download)
            return false; // not a download
        const DownloadSpec &spec = *step.download;
        if (spec.isEmbedded()) {
            use.simulated = true;
            use.faults = use.faults || fails(spec);
        } else {
            use.fetched = true;
        }
        return false; // visit every step
    });
    return use;
}

bool DownloadUse::fails(const DownloadSpec &spec)
{
    if (!spec.isEmbedded())
        return false;
    if (spec.deliveredBytes() < spec.bytes)
        return true;
    const qint64 chunks = spec.chunkCount();
    if (chunks == 0)
        return spec.latency > spec.timeout;
    // After the first, the gaps repeat (to a nanosecond of rounding): a few of them tell.
    constexpr qint64 kLooked = 1000;
    const auto gap = [&spec](qint64 index) {
        return spec.arrivalOfChunk(index) -
               (index > 0 ? spec.arrivalOfChunk(index - 1) : std::chrono::nanoseconds(0));
    };
    for (qint64 index = 0; index < std::min(chunks, kLooked); ++index) {
        if (gap(index) > spec.timeout)
            return true;
    }
    return gap(chunks - 1) > spec.timeout;
}

} // namespace ck
