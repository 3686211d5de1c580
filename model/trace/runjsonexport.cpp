#include "runjsonexport.h"

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

QJsonArray lanes(const Recorder &recorder)
{
    QJsonArray array;
    for (const Lane &lane : recorder.lanes())
        array.append(QJsonObject{{QStringLiteral("name"), lane.name},
                                 {QStringLiteral("parent"), lane.parent},
                                 {QStringLiteral("task"), lane.task}});
    return array;
}

QJsonArray logLines(const Recorder &recorder)
{
    QJsonArray array;
    for (const LogLine &line : recorder.logLines()) {
        QJsonObject object = text(line.text);
        object.insert(QStringLiteral("time_s"), seconds(line.time));
        object.insert(QStringLiteral("lane"), line.lane);
        array.append(object);
    }
    return array;
}

} // namespace

QByteArray RunJsonExport::toJson(const std::vector<const Recorder *> &runs)
{
    QJsonArray array;
    for (const Recorder *recorder : runs)
        array.append(run(*recorder));
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("corokitchen-run/1")},
                           {QStringLiteral("runs"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QJsonObject RunJsonExport::run(const Recorder &recorder)
{
    const RunInfo &info = recorder.info();
    QJsonArray spans;
    for (const Span &each : recorder.spans())
        spans.append(span(each));
    return QJsonObject{{QStringLiteral("scenario"), info.scenarioId},
                       {QStringLiteral("title"), text(info.scenarioTitle)},
                       {QStringLiteral("mode"), info.mode},
                       {QStringLiteral("clock"), info.clock},
                       {QStringLiteral("speed"), info.speed},
                       {QStringLiteral("total_s"), seconds(info.total)},
                       {QStringLiteral("wall_total_s"), seconds(info.wallTotal)},
                       {QStringLiteral("finished"), info.finished},
                       {QStringLiteral("cancelled"), info.cancelled},
                       {QStringLiteral("lanes"), lanes(recorder)},
                       {QStringLiteral("spans"), spans},
                       {QStringLiteral("log"), logLines(recorder)}};
}

QJsonObject RunJsonExport::span(const Span &span)
{
    QJsonObject object{{QStringLiteral("lane"), span.lane},
                       {QStringLiteral("depth"), span.depth},
                       {QStringLiteral("kind"), spanKindName(span.kind)},
                       {QStringLiteral("name"), span.name},
                       {QStringLiteral("start_s"), seconds(span.start)},
                       {QStringLiteral("end_s"), seconds(span.end)},
                       {QStringLiteral("state"), spanStateName(span.state)},
                       {QStringLiteral("wall_start_s"), seconds(span.wallStart)},
                       {QStringLiteral("wall_end_s"), seconds(span.wallEnd)}};
    if (!span.reason.isEmpty())
        object.insert(QStringLiteral("reason"), span.reason);
    return object;
}

} // namespace ck
