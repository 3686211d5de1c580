#include "runjsonexport.h"

#include "awaittext.h"
#include "exportstream.h"
#include "recorder.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

namespace ck {

namespace {

// Seconds as a JSON number; times the recorder has not set yet (-1) become null.
QJsonValue seconds(std::chrono::nanoseconds time)
{
    if (time.count() < 0)
        return QJsonValue(QJsonValue::Null);
    return std::chrono::duration<double>(time).count();
}

QJsonObject text(const LocalizedText &localized)
{
    return QJsonObject{{QStringLiteral("en"), localized.english()},
                       {QStringLiteral("ko"), localized.korean()}};
}

QJsonObject logLine(const LogLine &line)
{
    QJsonObject object = text(line.text);
    object.insert(QStringLiteral("time_s"), seconds(line.time));
    object.insert(QStringLiteral("lane"), line.lane);
    if (line.warning)
        object.insert(QStringLiteral("stream"), QStringLiteral("stderr"));
    return object;
}

// The arrays that grow with a run, in the order of their keys in a run's object: the document
// is written with a placeholder string in their place, and each placeholder is then replaced
// by its array, written element by element.
const char *const kLongArrays[] = {"lanes", "log", "spans"};

QString placeholder(std::size_t run, const char *array)
{
    return QStringLiteral("\u0001%1 %2").arg(QLatin1String(array)).arg(run);
}

// The key and its placeholder as the writer writes them. With the key's unescaped quotes, no
// text of the run (escaped) can look the same.
QByteArray writtenKey(const char *array)
{
    return '"' + QByteArray(array) + "\": ";
}

QByteArray writtenPlaceholder(std::size_t run, const char *array)
{
    return "\"\\u0001" + QByteArray(array) + ' ' + QByteArray::number(qulonglong(run)) + '"';
}

// A key at `indent` spaces and its value's separator, as QJsonDocument's indented writer writes
// them: `"key": `.
void writeKey(ExportStream &out, int indent, const char *key)
{
    out.spaces(indent);
    out << '"' << key << "\": ";
}

// Seconds as a JSON number; times the recorder has not set yet (-1) are null.
void writeSeconds(ExportStream &out, std::chrono::nanoseconds time)
{
    if (time.count() < 0)
        out << "null";
    else
        out.jsonNumber(std::chrono::duration<double>(time).count());
}

// The element types a run has one of per lane and per span are written directly, keys in
// QJsonObject's (sorted) order; each line of an element at `indent` spaces, the element's
// fields 4 more. What the run holds a few of (log lines) goes through QJsonDocument.
void writeElement(ExportStream &out, int indent, const Lane &lane, const Recorder &)
{
    out.spaces(indent);
    out << "{\n";
    writeKey(out, indent + 4, "name");
    out.jsonString(lane.name);
    out << ",\n";
    writeKey(out, indent + 4, "parent");
    out.integer(lane.parent);
    out << ",\n";
    writeKey(out, indent + 4, "task");
    out.integer(lane.task);
    out << '\n';
    out.spaces(indent);
    out << '}';
}

void writeElement(ExportStream &out, int indent, const Span &span, const Recorder &recorder)
{
    const int field = indent + 4;
    out.spaces(indent);
    out << "{\n";
    if (const QString *clause = recorder.caughtBy(span)) {
        writeKey(out, field, "caught_by");
        out.jsonString(*clause);
        out << ",\n";
    }
    writeKey(out, field, "depth");
    out.integer(span.depth);
    out << ",\n";
    writeKey(out, field, "end_s");
    writeSeconds(out, span.end);
    out << ",\n";
    writeKey(out, field, "kind");
    out.jsonString(spanKindName(span.kind));
    out << ",\n";
    writeKey(out, field, "lane");
    out.integer(span.lane);
    out << ",\n";
    writeKey(out, field, "name");
    out.jsonString(AwaitText::ofSpan(recorder, span));
    out << ",\n";
    if (const QString &reason = recorder.reasonOf(span); !reason.isEmpty()) {
        writeKey(out, field, "reason");
        out.jsonString(reason);
        out << ",\n";
    }
    writeKey(out, field, "start_s");
    writeSeconds(out, span.start);
    out << ",\n";
    writeKey(out, field, "state");
    out.jsonString(spanStateName(span.state));
    out << ",\n";
    writeKey(out, field, "wall_end_s");
    writeSeconds(out, span.wallEnd);
    out << ",\n";
    writeKey(out, field, "wall_start_s");
    writeSeconds(out, span.wallStart);
    out << '\n';
    out.spaces(indent);
    out << '}';
}

void writeElement(ExportStream &out, int indent, const LogLine &line, const Recorder &)
{
    QByteArray object = QJsonDocument(logLine(line)).toJson(QJsonDocument::Indented);
    object.chop(1); // its last line break
    const QByteArray lineBreak = '\n' + QByteArray(indent, ' ');
    out.spaces(indent);
    out << object.replace('\n', lineBreak);
}

// Writes the elements as QJsonDocument's indented writer does for an array that is the value
// of a key written at `level` (4 spaces each).
template <typename Elements>
void writeArray(ExportStream &out, const Elements &elements, int level, const Recorder &recorder)
{
    out << "[\n";
    qsizetype left = qsizetype(elements.size());
    for (const auto &element : elements) {
        writeElement(out, 4 * (level + 1), element, recorder);
        out << (--left > 0 ? ",\n" : "\n");
    }
    out.spaces(4 * level);
    out << ']';
}

// The indentation level of the line that holds `position`.
int levelAt(const QByteArray &json, qsizetype position)
{
    const qsizetype lineStart = json.lastIndexOf('\n', position) + 1;
    qsizetype spaces = 0;
    while (json.at(lineStart + spaces) == ' ')
        ++spaces;
    return int(spaces / 4);
}

} // namespace

bool RunJsonExport::write(QIODevice &device, const std::vector<const Recorder *> &runs)
{
    QJsonArray array;
    for (std::size_t index = 0; index < runs.size(); ++index)
        array.append(run(*runs[index], index));
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("corokitchen-run/1")},
                           {QStringLiteral("runs"), array}};
    // One document of every lane and span took three times the file's size (3 GB for a crowd
    // of a million): the long arrays are written into the document's skeleton one by one.
    const QByteArray skeleton = QJsonDocument(root).toJson(QJsonDocument::Indented);
    ExportStream out(device);
    qsizetype copied = 0;
    for (std::size_t index = 0; index < runs.size(); ++index) {
        const Recorder &recorder = *runs[index];
        for (const char *name : kLongArrays) {
            const QByteArray key = writtenKey(name);
            const QByteArray mark = key + writtenPlaceholder(index, name);
            const qsizetype at = skeleton.indexOf(mark, copied);
            const int level = levelAt(skeleton, at);
            out << QByteArrayView(skeleton).sliced(copied, at + key.size() - copied);
            if (qstrcmp(name, "lanes") == 0)
                writeArray(out, recorder.lanes(), level, recorder);
            else if (qstrcmp(name, "log") == 0)
                writeArray(out, recorder.logLines(), level, recorder);
            else
                writeArray(out, recorder.spans(), level, recorder);
            copied = at + mark.size();
        }
    }
    out << QByteArrayView(skeleton).sliced(copied);
    return out.flush();
}

QByteArray RunJsonExport::toJson(const std::vector<const Recorder *> &runs)
{
    QByteArray json;
    QBuffer buffer(&json);
    buffer.open(QIODevice::WriteOnly);
    write(buffer, runs);
    return json;
}

QJsonObject RunJsonExport::run(const Recorder &recorder, std::size_t index)
{
    const RunInfo &info = recorder.info();
    return QJsonObject{{QStringLiteral("scenario"), info.scenarioId},
                       {QStringLiteral("title"), text(info.scenarioTitle)},
                       {QStringLiteral("mode"), info.mode},
                       {QStringLiteral("clock"), info.clock},
                       {QStringLiteral("speed"), info.speed},
                       {QStringLiteral("total_s"), seconds(info.total)},
                       {QStringLiteral("wall_total_s"), seconds(info.wallTotal)},
                       {QStringLiteral("finished"), info.finished},
                       {QStringLiteral("cancelled"), info.cancelled},
                       {QStringLiteral("lanes"), placeholder(index, "lanes")},
                       {QStringLiteral("spans"), placeholder(index, "spans")},
                       {QStringLiteral("log"), placeholder(index, "log")}};
}

} // namespace ck
