#include "csvexport.h"

#include "awaittext.h"
#include "recorder.h"
#include "visibletext.h"

#include <QStringList>

#include <algorithm>

namespace ck {

namespace {

constexpr char lineEnd[] = "\r\n";

qint64 roundToMicroseconds(std::chrono::nanoseconds time)
{
    const qint64 ns = time.count();
    return ns >= 0 ? (ns + 500) / 1000 : -((-ns + 500) / 1000);
}

} // namespace

QByteArray CsvExport::toCsv(const std::vector<const Recorder *> &runs)
{
    // UTF-8 row by row: the whole table as UTF-16 first, then as UTF-8, then again behind the
    // byte order mark took four times its size (600 MB for a crowd of a million).
    QByteArray csv = QByteArrayLiteral("\xEF\xBB\xBF");
    csv += "run,mode,task,kind,name,start_s,end_s,duration_s,state";
    csv += lineEnd;
    for (std::size_t run = 0; run < runs.size(); ++run) {
        for (const Span &span : runs[run]->spans()) {
            if (span.end.count() >= 0) {
                csv += row(int(run) + 1, *runs[run], span).toUtf8();
                csv += lineEnd;
            }
        }
    }
    return csv;
}

QString CsvExport::field(const QString &text)
{
    // A spreadsheet would take a CR or LF as the end of a row, and show a bidi override's
    // reversal: control characters are written as escapes (VisibleText), one row per span.
    const QString value = VisibleText::of(text);
    static const QString special = QStringLiteral(",\"");
    const bool needsQuotes =
        std::any_of(value.cbegin(), value.cend(), [](QChar c) { return special.contains(c); });
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvExport::seconds(std::chrono::nanoseconds time)
{
    // Integer arithmetic, so 3 s is "3.000000" and never "2.999999" (and no locale is involved).
    const qint64 us = roundToMicroseconds(time);
    const qint64 magnitude = us < 0 ? -us : us;
    return QStringLiteral("%1%2.%3")
        .arg(us < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 1000000)
        .arg(magnitude % 1000000, 6, 10, QLatin1Char('0'));
}

QString CsvExport::row(int run, const Recorder &recorder, const Span &span)
{
    const QString task = span.lane >= 0 && std::size_t(span.lane) < recorder.lanes().size()
                             ? recorder.lanes()[std::size_t(span.lane)].name
                             : QString();
    // The duration is end minus start as printed, so the three columns always add up.
    const std::chrono::microseconds start{roundToMicroseconds(span.start)};
    const std::chrono::microseconds end{roundToMicroseconds(span.end)};
    const QStringList fields{QString::number(run),
                             field(recorder.info().mode),
                             field(task),
                             spanKindName(span.kind),
                             field(AwaitText::ofSpan(recorder, span)),
                             seconds(span.start),
                             seconds(span.end),
                             seconds(end - start),
                             spanStateName(span.state)};
    return fields.join(QLatin1Char(','));
}

} // namespace ck
