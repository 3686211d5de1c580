#pragma once

// The trace, CSV and JSON exports as they were written before they were streamed: every event,
// row and element through QJsonDocument or QString, the file whole in memory. The streamed
// writers (ExportStream) must write the same bytes; this is the oracle they are compared with.

#include "trace/awaittext.h"
#include "trace/flowfinder.h"
#include "trace/recorder.h"
#include "trace/visibletext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace cktest::document {

inline qint64 micros(std::chrono::nanoseconds time)
{
    const qint64 ns = time.count();
    return ns >= 0 ? (ns + 500) / 1000 : -((-ns + 500) / 1000);
}

inline int tidOf(int lane)
{
    return lane < 0 ? 0 : lane + 1;
}

inline void append(QByteArray &json, const QJsonObject &event)
{
    if (!json.endsWith('['))
        json += ',';
    json += QJsonDocument(event).toJson(QJsonDocument::Compact);
}

inline QJsonObject metadata(int pid, int tid, const QString &name, const QString &key,
                            const QJsonValue &value)
{
    return QJsonObject{{QStringLiteral("ph"), QStringLiteral("M")},
                       {QStringLiteral("pid"), pid},
                       {QStringLiteral("tid"), tid},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("args"), QJsonObject{{key, value}}}};
}

inline qint64 flowTime(const ck::Recorder &run, int span, std::chrono::nanoseconds time)
{
    std::chrono::nanoseconds start{0};
    std::chrono::nanoseconds end = run.info().total;
    if (span >= 0) {
        start = run.spans()[std::size_t(span)].start;
        end = run.spans()[std::size_t(span)].end;
    }
    const qint64 first = micros(start);
    const qint64 last = std::max(first, micros(end) - 1);
    return std::clamp(micros(time), first, last);
}

inline void appendRun(QByteArray &json, int pid, const ck::Recorder &run, ck::Language language,
                      int &nextId)
{
    using namespace ck;
    const RunInfo &info = run.info();
    append(json, metadata(pid, 0, QStringLiteral("process_name"), QStringLiteral("name"),
                          info.scenarioId + QStringLiteral(" \u00B7 ") + info.mode));
    append(json, metadata(pid, 0, QStringLiteral("process_sort_index"),
                          QStringLiteral("sort_index"), pid));
    append(json, metadata(pid, 0, QStringLiteral("thread_name"), QStringLiteral("name"),
                          QStringLiteral("main")));
    append(json,
           metadata(pid, 0, QStringLiteral("thread_sort_index"), QStringLiteral("sort_index"), 0));
    for (std::size_t lane = 0; lane < run.lanes().size(); ++lane) {
        const int tid = tidOf(int(lane));
        append(json, metadata(pid, tid, QStringLiteral("thread_name"), QStringLiteral("name"),
                              run.lanes()[lane].name));
        append(json, metadata(pid, tid, QStringLiteral("thread_sort_index"),
                              QStringLiteral("sort_index"), tid));
    }
    struct Slice
    {
        const Span *span;
        qint64 ts;
        qint64 dur;
    };
    std::vector<Slice> slices;
    for (const Span &span : run.spans()) {
        if (span.end.count() >= 0)
            slices.push_back({&span, micros(span.start), micros(span.end) - micros(span.start)});
    }
    std::stable_sort(slices.begin(), slices.end(), [](const Slice &a, const Slice &b) {
        if (a.span->lane != b.span->lane)
            return a.span->lane < b.span->lane;
        if (a.ts != b.ts)
            return a.ts < b.ts;
        if (a.dur != b.dur)
            return a.dur > b.dur;
        return a.span->depth < b.span->depth;
    });
    const auto ms = [](std::chrono::nanoseconds time) { return double(micros(time)) / 1000.0; };
    for (const Slice &slice : slices) {
        const Span &span = *slice.span;
        QJsonObject args{{QStringLiteral("state"), spanStateName(span.state)},
                         {QStringLiteral("wall_start_ms"), ms(span.wallStart)},
                         {QStringLiteral("wall_dur_ms"), ms(span.wallEnd - span.wallStart)}};
        if (!run.reasonOf(span).isEmpty())
            args.insert(QStringLiteral("reason"), run.reasonOf(span));
        if (const QString *clause = run.caughtBy(span))
            args.insert(QStringLiteral("caught_by"), *clause);
        if (span.kind == SpanKind::Chunk)
            args.insert(QStringLiteral("bytes"), span.bytes());
        append(json, QJsonObject{{QStringLiteral("ph"), QStringLiteral("X")},
                                 {QStringLiteral("pid"), pid},
                                 {QStringLiteral("tid"), tidOf(span.lane)},
                                 {QStringLiteral("cat"), spanKindName(span.kind)},
                                 {QStringLiteral("name"), AwaitText::ofSpan(run, span)},
                                 {QStringLiteral("ts"), slice.ts},
                                 {QStringLiteral("dur"), slice.dur},
                                 {QStringLiteral("args"), args}});
    }
    if (run.lanes().size() <= 10000) {
        const std::vector<Flow> flows = FlowFinder::of(run);
        const bool reachesMain = std::any_of(flows.begin(), flows.end(), [](const Flow &flow) {
            return flow.fromLane == kMainLane || flow.toLane == kMainLane;
        });
        const bool bound = !reachesMain || (info.finished && info.total.count() >= 0);
        if (reachesMain && bound)
            append(json, QJsonObject{{QStringLiteral("ph"), QStringLiteral("X")},
                                     {QStringLiteral("pid"), pid},
                                     {QStringLiteral("tid"), 0},
                                     {QStringLiteral("cat"), QStringLiteral("main")},
                                     {QStringLiteral("name"), QStringLiteral("main()")},
                                     {QStringLiteral("ts"), 0},
                                     {QStringLiteral("dur"), micros(info.total)}});
        for (const Flow &flow : bound ? flows : std::vector<Flow>{}) {
            const bool open =
                (flow.fromSpan >= 0 && run.spans()[std::size_t(flow.fromSpan)].end.count() < 0) ||
                (flow.toSpan >= 0 && run.spans()[std::size_t(flow.toSpan)].end.count() < 0);
            if (open || (flow.fromSpan < 0 && flow.fromLane != kMainLane) ||
                (flow.toSpan < 0 && flow.toLane != kMainLane))
                continue;
            const int id = nextId++;
            const QString name = FlowFinder::kindName(flow.kind);
            append(json,
                   QJsonObject{{QStringLiteral("ph"), QStringLiteral("s")},
                               {QStringLiteral("pid"), pid},
                               {QStringLiteral("tid"), tidOf(flow.fromLane)},
                               {QStringLiteral("cat"), QStringLiteral("flow")},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("id"), id},
                               {QStringLiteral("ts"), flowTime(run, flow.fromSpan, flow.from)}});
            append(json, QJsonObject{{QStringLiteral("ph"), QStringLiteral("f")},
                                     {QStringLiteral("bp"), QStringLiteral("e")},
                                     {QStringLiteral("pid"), pid},
                                     {QStringLiteral("tid"), tidOf(flow.toLane)},
                                     {QStringLiteral("cat"), QStringLiteral("flow")},
                                     {QStringLiteral("name"), name},
                                     {QStringLiteral("id"), id},
                                     {QStringLiteral("ts"), flowTime(run, flow.toSpan, flow.to)}});
        }
    }
    for (const LogLine &line : run.logLines())
        append(json, QJsonObject{{QStringLiteral("ph"), QStringLiteral("i")},
                                 {QStringLiteral("s"), QStringLiteral("t")},
                                 {QStringLiteral("pid"), pid},
                                 {QStringLiteral("tid"), tidOf(line.lane)},
                                 {QStringLiteral("cat"), QStringLiteral("log")},
                                 {QStringLiteral("name"), line.text.in(language)},
                                 {QStringLiteral("ts"), micros(line.time)}});
}

inline QByteArray chromeTrace(const std::vector<const ck::Recorder *> &runs, ck::Language language)
{
    const QJsonObject otherData{
        {QStringLiteral("generator"), QStringLiteral("CoroKitchen")},
        {QStringLiteral("version"), QStringLiteral(COROKITCHEN_VERSION)},
        {QStringLiteral("language"),
         language == ck::Language::Korean ? QStringLiteral("ko") : QStringLiteral("en")},
        {QStringLiteral("time_unit"), QStringLiteral("scenario microseconds")}};
    const QJsonObject root{{QStringLiteral("displayTimeUnit"), QStringLiteral("ms")},
                           {QStringLiteral("traceEvents"), QJsonArray()},
                           {QStringLiteral("otherData"), otherData}};
    QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Compact);
    json.chop(2);
    int nextId = 1;
    for (std::size_t index = 0; index < runs.size(); ++index)
        appendRun(json, int(index) + 1, *runs[index], language, nextId);
    return json + "]}";
}

inline QString csvField(const QString &text)
{
    const QString value = ck::VisibleText::of(text);
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

inline QString csvSeconds(std::chrono::nanoseconds time)
{
    const qint64 us = micros(time);
    const qint64 magnitude = us < 0 ? -us : us;
    return QStringLiteral("%1%2.%3")
        .arg(us < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 1000000)
        .arg(magnitude % 1000000, 6, 10, QLatin1Char('0'));
}

inline QByteArray csv(const std::vector<const ck::Recorder *> &runs)
{
    using namespace ck;
    QByteArray csv = QByteArrayLiteral("\xEF\xBB\xBF");
    csv += "run,mode,task,kind,name,start_s,end_s,duration_s,state\r\n";
    for (std::size_t run = 0; run < runs.size(); ++run) {
        const Recorder &recorder = *runs[run];
        for (const Span &span : recorder.spans()) {
            if (span.end.count() < 0)
                continue;
            const QString task = span.lane >= 0 && std::size_t(span.lane) < recorder.lanes().size()
                                     ? recorder.lanes()[std::size_t(span.lane)].name
                                     : QString();
            const std::chrono::microseconds start{micros(span.start)};
            const std::chrono::microseconds end{micros(span.end)};
            const QStringList fields{QString::number(run + 1),
                                     csvField(recorder.info().mode),
                                     csvField(task),
                                     spanKindName(span.kind),
                                     csvField(AwaitText::ofSpan(recorder, span)),
                                     csvSeconds(span.start),
                                     csvSeconds(span.end),
                                     csvSeconds(end - start),
                                     spanStateName(span.state)};
            csv += fields.join(QLatin1Char(',')).toUtf8();
            csv += "\r\n";
        }
    }
    return csv;
}

inline QJsonValue seconds(std::chrono::nanoseconds time)
{
    if (time.count() < 0)
        return QJsonValue(QJsonValue::Null);
    return std::chrono::duration<double>(time).count();
}

inline QJsonObject text(const ck::LocalizedText &localized)
{
    return QJsonObject{{QStringLiteral("en"), localized.english()},
                       {QStringLiteral("ko"), localized.korean()}};
}

// The whole document at once, as QJsonDocument writes it (the small runs it was fine for).
inline QByteArray runJson(const std::vector<const ck::Recorder *> &runs)
{
    using namespace ck;
    QJsonArray array;
    for (const Recorder *recorder : runs) {
        const RunInfo &info = recorder->info();
        QJsonArray lanes;
        for (const Lane &lane : recorder->lanes())
            lanes.append(QJsonObject{{QStringLiteral("name"), lane.name},
                                     {QStringLiteral("parent"), lane.parent},
                                     {QStringLiteral("task"), lane.task}});
        QJsonArray spans;
        for (const Span &span : recorder->spans()) {
            QJsonObject object{{QStringLiteral("lane"), span.lane},
                               {QStringLiteral("depth"), span.depth},
                               {QStringLiteral("kind"), spanKindName(span.kind)},
                               {QStringLiteral("name"), AwaitText::ofSpan(*recorder, span)},
                               {QStringLiteral("start_s"), seconds(span.start)},
                               {QStringLiteral("end_s"), seconds(span.end)},
                               {QStringLiteral("state"), spanStateName(span.state)},
                               {QStringLiteral("wall_start_s"), seconds(span.wallStart)},
                               {QStringLiteral("wall_end_s"), seconds(span.wallEnd)}};
            if (!recorder->reasonOf(span).isEmpty())
                object.insert(QStringLiteral("reason"), recorder->reasonOf(span));
            if (const QString *clause = recorder->caughtBy(span))
                object.insert(QStringLiteral("caught_by"), *clause);
            spans.append(object);
        }
        QJsonArray log;
        for (const LogLine &line : recorder->logLines()) {
            QJsonObject object = text(line.text);
            object.insert(QStringLiteral("time_s"), seconds(line.time));
            object.insert(QStringLiteral("lane"), line.lane);
            if (line.warning)
                object.insert(QStringLiteral("stream"), QStringLiteral("stderr"));
            log.append(object);
        }
        array.append(QJsonObject{{QStringLiteral("scenario"), info.scenarioId},
                                 {QStringLiteral("title"), text(info.scenarioTitle)},
                                 {QStringLiteral("mode"), info.mode},
                                 {QStringLiteral("clock"), info.clock},
                                 {QStringLiteral("speed"), info.speed},
                                 {QStringLiteral("total_s"), seconds(info.total)},
                                 {QStringLiteral("wall_total_s"), seconds(info.wallTotal)},
                                 {QStringLiteral("finished"), info.finished},
                                 {QStringLiteral("cancelled"), info.cancelled},
                                 {QStringLiteral("lanes"), lanes},
                                 {QStringLiteral("spans"), spans},
                                 {QStringLiteral("log"), log}});
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("format"), QStringLiteral("corokitchen-run/1")},
                           {QStringLiteral("runs"), array}})
        .toJson(QJsonDocument::Indented);
}

} // namespace cktest::document
