#include "logformat.h"

#include "trace/secondstext.h"

namespace ck {

QString LogFormat::total(std::chrono::nanoseconds total)
{
    return tr("Total execution time : %1 seconds").arg(SecondsText::fixed(total, 2));
}

QString LogFormat::total(std::chrono::nanoseconds total, const QString &mode)
{
    return tr("Total execution time (%1) : %2 seconds").arg(mode, SecondsText::fixed(total, 2));
}

QString LogFormat::speedup(std::chrono::nanoseconds slow, std::chrono::nanoseconds fast,
                           const QString &slowMode, const QString &fastMode)
{
    if (fast.count() <= 0)
        return tr("Speedup : n/a (%1 took no time)").arg(fastMode);
    const double ratio = double(slow.count()) / double(fast.count());
    return tr("Speedup : %1x (%2 against %3)")
        .arg(SecondsText::fixed(ratio, 2), fastMode, slowMode);
}

} // namespace ck
