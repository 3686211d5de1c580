#include "timelinetext.h"

#include <QLocale>

#include "trace/awaittext.h"
#include "trace/downloadstats.h"
#include "trace/secondstext.h"
#include "trace/visibletext.h"

#include <algorithm>
#include <cmath>

namespace ck {

namespace {

// Enough decimals that a short span does not print as "0.00 s".
int decimalsForDuration(double seconds)
{
    if (seconds <= 0.0 || seconds >= 0.1)
        return 2;
    return std::clamp(int(std::ceil(-std::log10(seconds))) + 1, 2, 9);
}

// 1000 -> "1.0", 50000 -> "50": two significant digits below ten, whole numbers above.
QString scaled(double value)
{
    return QString::number(value, 'f', value < 9.95 ? 1 : 0);
}

// "chunk 3" as the engine names it, translated.
QString chunkName(const QString &name)
{
    bool ok = false;
    const int index = name.section(QLatin1Char(' '), -1).toInt(&ok);
    return ok ? TimelineText::tr("chunk %1").arg(index) : name;
}

} // namespace

QString TimelineText::comparison(const QString &firstLabel, std::chrono::nanoseconds firstTotal,
                                 const QString &secondLabel, std::chrono::nanoseconds secondTotal)
{
    const QString separator = QStringLiteral(" · ");
    const QString first =
        tr("%1 %2", "run label, total").arg(firstLabel, SecondsText::withUnit(firstTotal, 2));
    const QString second =
        tr("%1 %2", "run label, total").arg(secondLabel, SecondsText::withUnit(secondTotal, 2));
    QString verdict;
    const double a = SecondsText::of(firstTotal);
    const double b = SecondsText::of(secondTotal);
    if (a <= 0.0 || b <= 0.0 || SecondsText::fixed(a / b, 2) == SecondsText::fixed(1.0, 2))
        verdict = tr("same speed");
    else if (b < a)
        verdict = tr("%1× faster").arg(SecondsText::fixed(a / b, 2));
    else
        verdict = tr("%1× slower").arg(SecondsText::fixed(b / a, 2));
    return first + separator + second + separator + verdict;
}

QString TimelineText::runHeader(const QString &label, const RunInfo &info)
{
    const QString separator = QStringLiteral(" · ");
    if (!info.finished || info.total < std::chrono::nanoseconds::zero())
        return label + separator + tr("running…");
    if (info.cancelled)
        return label + separator + tr("stopped at %1").arg(SecondsText::withUnit(info.total, 2));
    return label + separator + SecondsText::withUnit(info.total, 2);
}

QString TimelineText::ideal(std::chrono::nanoseconds total, bool atLeast)
{
    return tr("best in this mode: %1").arg(idealTotal(total, atLeast));
}

QString TimelineText::idealTotal(std::chrono::nanoseconds total, bool atLeast)
{
    const QString seconds = SecondsText::withUnit(total, 2);
    return atLeast ? tr("at least %1").arg(seconds) : seconds;
}

QString TimelineText::item(Item item)
{
    switch (item) {
    case Item::Running:
        return tr("running");
    case Item::Suspended:
        return tr("suspended (await)");
    case Item::ObjectWait:
        return tr("waiting on a queue, lock, event or semaphore");
    case Item::ThreadWait:
        return tr("awaiting a worker thread (to_thread)");
    case Item::Blocked:
        return tr("blocked (time.sleep)");
    case Item::WorkerCall:
        return tr("running on a worker thread");
    case Item::Failed:
        return tr("failed");
    case Item::Caught:
        return tr("raised, caught");
    case Item::Done:
        return tr("done");
    case Item::Cancelled:
        return tr("cancelled");
    case Item::TimedOut:
        return tr("timed out");
    case Item::Ideal:
        return tr("best total in this mode");
    case Item::Flow:
        return tr("who wakes whom");
    case Item::ObjectWake:
        return tr("released, set, notified, put or got: wakes a waiter",
                  "legend: the dashed arrow of a Lock, Event, Condition or Queue waking a task");
    case Item::CriticalPath:
        return tr("critical path (sets the total)");
    }
    return {};
}

QString TimelineText::state(const Span &span)
{
    switch (span.state) {
    case SpanState::Running:
        if (isSuspension(span.kind))
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
    case SpanState::TimedOut:
        return tr("timed out");
    case SpanState::Caught:
        return tr("raised, caught");
    }
    return {};
}

QString TimelineText::printable(const QString &text)
{
    QString result = VisibleText::of(text);
    const auto nonCharacter = [](QChar c) { return c.unicode() >= 0xfffe; };
    if (std::any_of(result.begin(), result.end(), nonCharacter))
        std::replace_if(result.begin(), result.end(), nonCharacter,
                        QChar(QChar::ReplacementCharacter));
    return result;
}

QString TimelineText::laneName(const Lane &lane)
{
    return lane.parent < 0 ? lane.name : lane.function();
}

QString TimelineText::laneGroup(const Lane &first, const Lane &last, int count)
{
    return tr("%1 … %2 (%n lanes)", nullptr, count).arg(laneName(first), laneName(last));
}

QString TimelineText::describe(const Lane &lane, const Span &span, const QString &label,
                               std::chrono::nanoseconds end, const QString &caughtBy,
                               const QString &reason)
{
    const double start = SecondsText::of(span.start);
    const double duration = SecondsText::of(end - span.start);
    const int decimals = decimalsForDuration(duration);
    const bool chunk = span.kind == SpanKind::Chunk;
    QString what = lane.name;
    if (!(span.kind == SpanKind::Task && label == lane.name) && !label.isEmpty())
        what = tr("%1: %2", "lane: span").arg(lane.name, chunk ? chunkName(label) : label);
    QStringList parts{what};
    if (chunk)
        parts << bytes(span.bytes());
    parts << tr("%1–%2 s", "start–end seconds")
                 .arg(SecondsText::fixed(start, decimals),
                      SecondsText::fixed(SecondsText::of(end), decimals))
          << SecondsText::withUnit(duration, decimals);
    if (span.state == SpanState::Caught && !caughtBy.isEmpty()) {
        parts << tr("raised %1, caught by %2", "exception, except clause")
                     .arg(printable(reason), printable(caughtBy));
        return parts.join(QStringLiteral(" · "));
    }
    if (lane.worker > 0 && span.kind == SpanKind::Block && span.state == SpanState::Running)
        parts << tr("running on a worker thread (time.sleep)"); // the thread is held, not the loop
    else if (!chunk) // a chunk is a record of bytes that arrived: always done
        parts << state(span);
    if (!reason.isEmpty())
        parts << printable(reason); // a server's words, shown, never obeyed
    return parts.join(QStringLiteral(" · "));
}

QString TimelineText::describe(const Recorder &recorder, int span, std::chrono::nanoseconds end)
{
    constexpr qsizetype maxReturnedChars = 200;
    const std::vector<Span> &spans = recorder.spans();
    if (span < 0 || std::size_t(span) >= spans.size() || recorder.lanes().empty())
        return {};
    const Span &what = spans[std::size_t(span)];
    const int lane = std::clamp(what.lane, 0, int(recorder.lanes().size()) - 1);
    const QString *caughtBy = recorder.caughtBy(span);
    QString text =
        describe(recorder.lanes()[std::size_t(lane)], what, AwaitText::ofSpan(recorder, what), end,
                 caughtBy ? *caughtBy : QString(), recorder.reasonOf(span));
    if (const LocalizedText *value = recorder.returnedBy(span)) {
        // The scenario's texts follow the language the app speaks (its default locale).
        const Language language =
            QLocale().language() == QLocale::Korean ? Language::Korean : Language::English;
        QString shown = value->in(language);
        if (shown.size() > maxReturnedChars) // a long list stays a hover, not a page
            shown = shown.left(maxReturnedChars - 1) + QChar(0x2026);
        text += QStringLiteral(" · ") +
                tr("returned %1", "a routine's value, as Python's repr").arg(printable(shown));
    }
    if (what.kind != SpanKind::Download)
        return text;
    const DownloadStats stats = DownloadStats::forSpan(recorder, span, end);
    QString size = bytes(stats.received);
    if (stats.state == SpanState::Running && stats.expected >= 0)
        size = tr("%1 of %2", "bytes received of expected").arg(size, bytes(stats.expected));
    const QStringList parts{text, firstByte(stats.firstByte), rate(stats.bytesPerSecond), size};
    return parts.join(QStringLiteral(" · "));
}

QString TimelineText::bytes(qint64 bytes)
{
    const double value = double(bytes);
    if (bytes < 1000)
        return tr("%1 B", "bytes").arg(bytes);
    if (value < 999.5e3)
        return tr("%1 kB", "kilobytes").arg(scaled(value / 1e3));
    if (value < 999.5e6)
        return tr("%1 MB", "megabytes").arg(scaled(value / 1e6));
    return tr("%1 GB", "gigabytes").arg(scaled(value / 1e9));
}

QString TimelineText::rate(double bytesPerSecond)
{
    const auto rounded = qint64(std::llround(std::max(0.0, bytesPerSecond)));
    return tr("%1/s", "bytes per second").arg(bytes(rounded));
}

QString TimelineText::firstByte(std::chrono::nanoseconds sinceStart)
{
    if (sinceStart < std::chrono::nanoseconds::zero())
        return tr("TTFB —", "time to first byte, none yet");
    return tr("TTFB %1", "time to first byte").arg(SecondsText::withUnit(sinceStart, 2));
}

QString TimelineText::lagMeter()
{
    return tr("loop lag");
}

QString TimelineText::worstLag(std::chrono::nanoseconds lag)
{
    const double ms = std::chrono::duration<double, std::milli>(lag).count();
    return tr("worst %1 ms").arg(SecondsText::fixed(ms, ms < 10 ? 1 : 0));
}

} // namespace ck
