#include "timelinetext.h"

#include <algorithm>
#include <cmath>

namespace ck {

namespace {

double toSeconds(std::chrono::nanoseconds time)
{
    return std::chrono::duration<double>(time).count();
}

// Enough decimals that a short span does not print as "0.00 s".
int decimalsForDuration(double seconds)
{
    if (seconds <= 0.0 || seconds >= 0.1)
        return 2;
    return std::clamp(int(std::ceil(-std::log10(seconds))) + 1, 2, 9);
}

} // namespace

QString TimelineText::number(double value, int decimals)
{
    // Fixed C-style digits: the charts show "5.00" whatever the system's number format is, like
    // the CLI's "Total execution time : 5.00 seconds".
    return QString::number(value, 'f', decimals);
}

QString TimelineText::seconds(std::chrono::nanoseconds time, int decimals)
{
    return tr("%1 s", "seconds").arg(number(toSeconds(time), decimals));
}

QString TimelineText::tick(double seconds, int decimals)
{
    return tr("%1 s", "seconds").arg(number(seconds, decimals));
}

QString TimelineText::comparison(const QString &firstLabel, std::chrono::nanoseconds firstTotal,
                                 const QString &secondLabel, std::chrono::nanoseconds secondTotal)
{
    const QString separator = QStringLiteral(" · ");
    const QString first = tr("%1 %2", "run label, total").arg(firstLabel, seconds(firstTotal));
    const QString second = tr("%1 %2", "run label, total").arg(secondLabel, seconds(secondTotal));
    QString verdict;
    const double a = toSeconds(firstTotal);
    const double b = toSeconds(secondTotal);
    if (a <= 0.0 || b <= 0.0 || number(a / b, 2) == number(1.0, 2))
        verdict = tr("same speed");
    else if (b < a)
        verdict = tr("%1× faster").arg(number(a / b, 2));
    else
        verdict = tr("%1× slower").arg(number(b / a, 2));
    return first + separator + second + separator + verdict;
}

QString TimelineText::runHeader(const QString &label, const RunInfo &info)
{
    const QString separator = QStringLiteral(" · ");
    if (!info.finished || info.total < std::chrono::nanoseconds::zero())
        return label + separator + tr("running…");
    if (info.cancelled)
        return label + separator + tr("stopped at %1").arg(seconds(info.total));
    return label + separator + seconds(info.total);
}

QString TimelineText::ideal(std::chrono::nanoseconds total)
{
    return tr("ideal %1").arg(seconds(total));
}

QString TimelineText::item(Item item)
{
    switch (item) {
    case Item::Running:
        return tr("running");
    case Item::Suspended:
        return tr("suspended (await)");
    case Item::Blocked:
        return tr("blocked (time.sleep)");
    case Item::Failed:
        return tr("failed");
    case Item::Done:
        return tr("done");
    case Item::Cancelled:
        return tr("cancelled");
    case Item::Ideal:
        return tr("ideal total");
    }
    return {};
}

QString TimelineText::state(const Span &span)
{
    switch (span.state) {
    case SpanState::Running:
        if (span.kind == SpanKind::Wait)
            return tr("suspended");
        if (span.kind == SpanKind::Block)
            return tr("blocked");
        return tr("running");
    case SpanState::Done:
        return tr("done");
    case SpanState::Failed:
        return tr("failed");
    case SpanState::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QString TimelineText::laneName(const Lane &lane)
{
    if (lane.parent < 0)
        return lane.name;
    const qsizetype slash = lane.name.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? lane.name : lane.name.mid(slash + 1);
}

QString TimelineText::describe(const Lane &lane, const Span &span, std::chrono::nanoseconds end)
{
    const double start = toSeconds(span.start);
    const double duration = toSeconds(end - span.start);
    const int decimals = decimalsForDuration(duration);
    QString what = lane.name;
    if (!(span.kind == SpanKind::Task && span.name == lane.name) && !span.name.isEmpty())
        what = tr("%1: %2", "lane: span").arg(lane.name, span.name);
    QStringList parts{what,
                      tr("%1–%2 s", "start–end seconds")
                          .arg(number(start, decimals), number(toSeconds(end), decimals)),
                      tr("%1 s", "seconds").arg(number(duration, decimals)), state(span)};
    if (!span.reason.isEmpty())
        parts << span.reason;
    return parts.join(QStringLiteral(" · "));
}

} // namespace ck
