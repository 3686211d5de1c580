#include "chrometraceexport.h"

#include "recorder.h"

#include <QJsonDocument>

#include <algorithm>

namespace ck {

namespace {

qint64 roundToMicroseconds(std::chrono::nanoseconds time)
{
    const qint64 ns = time.count();
    return ns >= 0 ? (ns + 500) / 1000 : -((-ns + 500) / 1000);
}

double milliseconds(std::chrono::nanoseconds time)
{
    // Three decimals (1 µs) are all a trace viewer shows; more digits only bloat the file.
    return double(roundToMicroseconds(time)) / 1000.0;
}

int tidOf(int lane)
{
    return lane < 0 ? 0 : lane + 1;
}

// A closed span with its times already rounded, so that the order used for writing and the
// nesting a viewer sees agree.
struct Slice
{
    const Span *span;
    qint64 ts;
    qint64 dur;
};

} // namespace

QByteArray ChromeTraceExport::toJson(const std::vector<const Recorder *> &runs, Language language)
{
    QJsonArray events;
    for (std::size_t index = 0; index < runs.size(); ++index) {
        const int pid = int(index) + 1;
        appendMetadata(events, pid, *runs[index]);
        appendSpans(events, pid, *runs[index]);
        appendLogLines(events, pid, *runs[index], language);
    }
    const QJsonObject otherData{
        {QStringLiteral("generator"), QStringLiteral("CoroKitchen")},
        {QStringLiteral("version"), QStringLiteral(COROKITCHEN_VERSION)},
        {QStringLiteral("language"),
         language == Language::Korean ? QStringLiteral("ko") : QStringLiteral("en")},
        {QStringLiteral("time_unit"), QStringLiteral("scenario microseconds")}};
    const QJsonObject root{{QStringLiteral("displayTimeUnit"), QStringLiteral("ms")},
                           {QStringLiteral("traceEvents"), events},
                           {QStringLiteral("otherData"), otherData}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

void ChromeTraceExport::appendMetadata(QJsonArray &events, int pid, const Recorder &run)
{
    const RunInfo &info = run.info();
    const QString processName = info.scenarioId + QStringLiteral(" \u00B7 ") + info.mode;
    events.append(
        metadata(pid, 0, QStringLiteral("process_name"), QStringLiteral("name"), processName));
    events.append(
        metadata(pid, 0, QStringLiteral("process_sort_index"), QStringLiteral("sort_index"), pid));
    events.append(metadata(pid, 0, QStringLiteral("thread_name"), QStringLiteral("name"),
                           QStringLiteral("main")));
    events.append(
        metadata(pid, 0, QStringLiteral("thread_sort_index"), QStringLiteral("sort_index"), 0));
    for (std::size_t lane = 0; lane < run.lanes().size(); ++lane) {
        const int tid = tidOf(int(lane));
        events.append(metadata(pid, tid, QStringLiteral("thread_name"), QStringLiteral("name"),
                               run.lanes()[lane].name));
        events.append(metadata(pid, tid, QStringLiteral("thread_sort_index"),
                               QStringLiteral("sort_index"), tid));
    }
}

void ChromeTraceExport::appendSpans(QJsonArray &events, int pid, const Recorder &run)
{
    std::vector<Slice> slices;
    for (const Span &span : run.spans()) {
        if (span.end.count() < 0)
            continue; // still open: an X event without a duration is dropped by Perfetto anyway
        const qint64 ts = roundToMicroseconds(span.start);
        // Rounding both ends (not the duration) keeps a child inside its parent.
        slices.push_back({&span, ts, roundToMicroseconds(span.end) - ts});
    }
    // Parents before children when they start in the same microsecond, so importers that
    // build the slice stack in file order nest them right.
    std::stable_sort(slices.begin(), slices.end(), [](const Slice &a, const Slice &b) {
        if (a.span->lane != b.span->lane)
            return a.span->lane < b.span->lane;
        if (a.ts != b.ts)
            return a.ts < b.ts;
        if (a.dur != b.dur)
            return a.dur > b.dur;
        return a.span->depth < b.span->depth;
    });
    for (const Slice &slice : slices) {
        const Span &span = *slice.span;
        QJsonObject args{
            {QStringLiteral("state"), spanStateName(span.state)},
            {QStringLiteral("wall_start_ms"), milliseconds(span.wallStart)},
            {QStringLiteral("wall_dur_ms"), milliseconds(span.wallEnd - span.wallStart)}};
        if (!span.reason.isEmpty())
            args.insert(QStringLiteral("reason"), span.reason);
        if (span.kind == SpanKind::Chunk)
            args.insert(QStringLiteral("bytes"), span.bytes);
        events.append(QJsonObject{{QStringLiteral("ph"), QStringLiteral("X")},
                                  {QStringLiteral("pid"), pid},
                                  {QStringLiteral("tid"), tidOf(span.lane)},
                                  {QStringLiteral("cat"), spanKindName(span.kind)},
                                  {QStringLiteral("name"), span.name},
                                  {QStringLiteral("ts"), slice.ts},
                                  {QStringLiteral("dur"), slice.dur},
                                  {QStringLiteral("args"), args}});
    }
}

void ChromeTraceExport::appendLogLines(QJsonArray &events, int pid, const Recorder &run,
                                       Language language)
{
    for (const LogLine &line : run.logLines()) {
        events.append(QJsonObject{{QStringLiteral("ph"), QStringLiteral("i")},
                                  {QStringLiteral("s"), QStringLiteral("t")},
                                  {QStringLiteral("pid"), pid},
                                  {QStringLiteral("tid"), tidOf(line.lane)},
                                  {QStringLiteral("cat"), QStringLiteral("log")},
                                  {QStringLiteral("name"), line.text.in(language)},
                                  {QStringLiteral("ts"), roundToMicroseconds(line.time)}});
    }
}

QJsonObject ChromeTraceExport::metadata(int pid, int tid, const QString &name, const QString &key,
                                        const QJsonValue &value)
{
    return QJsonObject{{QStringLiteral("ph"), QStringLiteral("M")},
                       {QStringLiteral("pid"), pid},
                       {QStringLiteral("tid"), tid},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("args"), QJsonObject{{key, value}}}};
}

} // namespace ck
