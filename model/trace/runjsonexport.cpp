#include "runjsonexport.h"

#include "awaittext.h"
#include "recorder.h"

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

QJsonObject lane(const Lane &each)
{
    return QJsonObject{{QStringLiteral("name"), each.name},
                       {QStringLiteral("parent"), each.parent},
                       {QStringLiteral("task"), each.task}};
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

// Appends the elements as QJsonDocument's indented writer does for an array that is the value
// of a key written at `level` (4 spaces each).
template <typename Elements, typename ToObject>
void appendArray(QByteArray &json, const Elements &elements, int level, ToObject toObject)
{
    const QByteArray pad(4 * (level + 1), ' ');
    const QByteArray lineBreak = '\n' + pad;
    json += "[\n";
    qsizetype left = qsizetype(elements.size());
    for (const auto &element : elements) {
        QByteArray object = QJsonDocument(toObject(element)).toJson(QJsonDocument::Indented);
        object.chop(1); // its last line break
        json += pad;
        json += object.replace('\n', lineBreak);
        json += --left > 0 ? ",\n" : "\n";
    }
    json += QByteArray(4 * level, ' ');
    json += ']';
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

QByteArray RunJsonExport::toJson(const std::vector<const Recorder *> &runs)
{
    QJsonArray array;
    for (std::size_t index = 0; index < runs.size(); ++index)
        array.append(run(*runs[index], index));
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("corokitchen-run/1")},
                           {QStringLiteral("runs"), array}};
    // One document of every lane and span took three times the file's size (3 GB for a crowd
    // of a million): the long arrays are written into the document's skeleton one by one.
    const QByteArray skeleton = QJsonDocument(root).toJson(QJsonDocument::Indented);
    QByteArray json;
    qsizetype copied = 0;
    for (std::size_t index = 0; index < runs.size(); ++index) {
        const Recorder &recorder = *runs[index];
        for (const char *name : kLongArrays) {
            const QByteArray key = writtenKey(name);
            const QByteArray mark = key + writtenPlaceholder(index, name);
            const qsizetype at = skeleton.indexOf(mark, copied);
            const int level = levelAt(skeleton, at);
            json += QByteArrayView(skeleton).sliced(copied, at + key.size() - copied);
            if (qstrcmp(name, "lanes") == 0)
                appendArray(json, recorder.lanes(), level, lane);
            else if (qstrcmp(name, "log") == 0)
                appendArray(json, recorder.logLines(), level, logLine);
            else
                appendArray(json, recorder.spans(), level,
                            [&recorder](const Span &each) { return span(recorder, each); });
            copied = at + mark.size();
        }
    }
    json += QByteArrayView(skeleton).sliced(copied);
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

QJsonObject RunJsonExport::span(const Recorder &recorder, const Span &span)
{
    QJsonObject object{{QStringLiteral("lane"), span.lane},
                       {QStringLiteral("depth"), span.depth},
                       {QStringLiteral("kind"), spanKindName(span.kind)},
                       {QStringLiteral("name"), AwaitText::ofSpan(recorder, span)},
                       {QStringLiteral("start_s"), seconds(span.start)},
                       {QStringLiteral("end_s"), seconds(span.end)},
                       {QStringLiteral("state"), spanStateName(span.state)},
                       {QStringLiteral("wall_start_s"), seconds(span.wallStart)},
                       {QStringLiteral("wall_end_s"), seconds(span.wallEnd)}};
    if (!span.reason.isEmpty())
        object.insert(QStringLiteral("reason"), span.reason);
    if (const QString *clause = recorder.caughtBy(span))
        object.insert(QStringLiteral("caught_by"), *clause);
    return object;
}

} // namespace ck
