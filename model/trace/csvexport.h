#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>
#include <vector>

class QIODevice;

namespace ck {

class ExportStream;
class Recorder;
struct Span;

// The closed spans of one or more runs as an RFC 4180 table (UTF-8 with a BOM so that
// spreadsheet programs read Korean names correctly; CRLF line ends; '.' decimals in any locale).
class CsvExport
{
public:
    // Writes the table into `device` row by row, holding no more of it than ExportStream's
    // buffer; false when a write failed.
    static bool write(QIODevice &device, const std::vector<const Recorder *> &runs);
    // The whole table in memory (small runs, tests).
    static QByteArray toCsv(const std::vector<const Recorder *> &runs);
    // One field, control characters escaped (VisibleText), quoted when it holds a comma or a
    // quote (inner quotes doubled).
    static QString field(const QString &value);
    // Seconds with exactly six decimals, rounded to the nearest microsecond: "3.000000".
    static QString seconds(std::chrono::nanoseconds time);

private:
    static void writeRow(ExportStream &out, const QByteArray &runAndMode, const Recorder &recorder,
                         const Span &span);
};

} // namespace ck
