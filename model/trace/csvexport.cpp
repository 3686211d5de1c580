#include "csvexport.h"

#include "awaittext.h"
#include "exportstream.h"
#include "recorder.h"
#include "visibletext.h"

#include <QBuffer>

#include <algorithm>
#include <charconv>

namespace ck {

namespace {

constexpr char lineEnd[] = "\r\n";

qint64 roundToMicroseconds(std::chrono::nanoseconds time)
{
    const qint64 ns = time.count();
    return ns >= 0 ? (ns + 500) / 1000 : -((-ns + 500) / 1000);
}

// CsvExport::seconds into `text` (at least 32 chars); returns its length. Integer arithmetic,
// so 3 s is "3.000000" and never "2.999999" (and no locale is involved).
qsizetype secondsText(std::chrono::nanoseconds time, char *text)
{
    const qint64 us = roundToMicroseconds(time);
    const qint64 magnitude = us < 0 ? -us : us;
    char *at = text;
    if (us < 0)
        *at++ = '-';
    at = std::to_chars(at, text + 24, magnitude / 1000000).ptr;
    *at++ = '.';
    qint64 fraction = magnitude % 1000000;
    for (int digit = 5; digit >= 0; --digit, fraction /= 10)
        at[digit] = char('0' + fraction % 10);
    return at + 6 - text;
}

void writeSeconds(ExportStream &out, std::chrono::nanoseconds time)
{
    char text[32];
    out << QByteArrayView(text, secondsText(time, text));
}

} // namespace

bool CsvExport::write(QIODevice &device, const std::vector<const Recorder *> &runs)
{
    ExportStream out(device);
    // UTF-8 row by row: the whole table as UTF-16 first, then as UTF-8, then again behind the
    // byte order mark took four times its size (600 MB for a crowd of a million).
    out << "\xEF\xBB\xBF"
        << "run,mode,task,kind,name,start_s,end_s,duration_s,state" << lineEnd;
    for (std::size_t run = 0; run < runs.size(); ++run) {
        const QByteArray runAndMode =
            QByteArray::number(qulonglong(run) + 1) + ',' + field(runs[run]->info().mode).toUtf8();
        for (const Span &span : runs[run]->spans()) {
            if (span.end.count() >= 0)
                writeRow(out, runAndMode, *runs[run], span);
        }
    }
    return out.flush();
}

QByteArray CsvExport::toCsv(const std::vector<const Recorder *> &runs)
{
    QByteArray csv;
    QBuffer buffer(&csv);
    buffer.open(QIODevice::WriteOnly);
    write(buffer, runs);
    return csv;
}

QString CsvExport::field(const QString &text)
{
    const auto special = [](QChar c) { return c == QLatin1Char(',') || c == QLatin1Char('"'); };
    // Printable ASCII without a comma or quote (every name of a crowd) stays as it is.
    if (std::all_of(text.cbegin(), text.cend(), [&special](QChar c) {
            return c.unicode() >= 0x20 && c.unicode() < 0x7f && !special(c);
        }))
        return text;
    // A spreadsheet would take a CR or LF as the end of a row, and show a bidi override's
    // reversal: control characters are written as escapes (VisibleText), one row per span.
    const QString value = VisibleText::of(text);
    const bool needsQuotes = std::any_of(value.cbegin(), value.cend(), special);
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvExport::seconds(std::chrono::nanoseconds time)
{
    char text[32];
    return QString::fromLatin1(text, secondsText(time, text));
}

void CsvExport::writeRow(ExportStream &out, const QByteArray &runAndMode, const Recorder &recorder,
                         const Span &span)
{
    const QString task = span.lane >= 0 && std::size_t(span.lane) < recorder.lanes().size()
                             ? recorder.lanes()[std::size_t(span.lane)].name
                             : QString();
    // The duration is end minus start as printed, so the three columns always add up.
    const std::chrono::microseconds start{roundToMicroseconds(span.start)};
    const std::chrono::microseconds end{roundToMicroseconds(span.end)};
    out << runAndMode << ',';
    out.text(field(task));
    out << ',';
    out.text(spanKindName(span.kind));
    out << ',';
    out.text(field(AwaitText::ofSpan(recorder, span)));
    out << ',';
    writeSeconds(out, span.start);
    out << ',';
    writeSeconds(out, span.end);
    out << ',';
    writeSeconds(out, end - start);
    out << ',';
    out.text(spanStateName(span.state));
    out << lineEnd;
}

} // namespace ck
