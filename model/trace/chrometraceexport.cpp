#include "chrometraceexport.h"

#include "awaittext.h"
#include "flowfinder.h"
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

// Runs of more lanes get no flow events: a crowd's million arrows would double the file
// (issue 12 kept it to its bytes) and no viewer draws them legibly.
constexpr std::size_t kMostFlowLanes = 10000;

// The microsecond of a flow's end inside the slice it binds to ([start, end) of `span`, or of
// main() for kMainLane), so that a viewer finds that slice open there.
qint64 flowTime(const Recorder &run, int span, std::chrono::nanoseconds time)
{
    std::chrono::nanoseconds start{0};
    std::chrono::nanoseconds end = run.info().total;
    if (span >= 0) {
        start = run.spans()[std::size_t(span)].start;
        end = run.spans()[std::size_t(span)].end;
    }
    const qint64 first = roundToMicroseconds(start);
    const qint64 last = std::max(first, roundToMicroseconds(end) - 1);
    return std::clamp(roundToMicroseconds(time), first, last);
}

} // namespace

QByteArray ChromeTraceExport::toJson(const std::vector<const Recorder *> &runs, Language language)
{
    const QJsonObject otherData{
        {QStringLiteral("generator"), QStringLiteral("CoroKitchen")},
        {QStringLiteral("version"), QStringLiteral(COROKITCHEN_VERSION)},
        {QStringLiteral("language"),
         language == Language::Korean ? QStringLiteral("ko") : QStringLiteral("en")},
        {QStringLiteral("time_unit"), QStringLiteral("scenario microseconds")}};
    const QJsonObject root{{QStringLiteral("displayTimeUnit"), QStringLiteral("ms")},
                           {QStringLiteral("traceEvents"), QJsonArray()},
                           {QStringLiteral("otherData"), otherData}};
    // The events are written one by one into the document's empty array, which closes it
    // ("traceEvents" is the last of its sorted keys): a QJsonArray of them all took ten times
    // the file's size (5.5 GB for a crowd of a million).
    QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Compact);
    json.chop(qsizetype(qstrlen("]}")));
    int nextFlowId = 1;
    for (std::size_t index = 0; index < runs.size(); ++index) {
        const int pid = int(index) + 1;
        appendMetadata(json, pid, *runs[index]);
        appendSpans(json, pid, *runs[index]);
        appendFlows(json, pid, *runs[index], nextFlowId);
        appendLogLines(json, pid, *runs[index], language);
    }
    json += "]}";
    return json;
}

void ChromeTraceExport::append(QByteArray &json, const QJsonObject &event)
{
    if (!json.endsWith('['))
        json += ',';
    json += QJsonDocument(event).toJson(QJsonDocument::Compact);
}

void ChromeTraceExport::appendMetadata(QByteArray &json, int pid, const Recorder &run)
{
    const RunInfo &info = run.info();
    const QString processName = info.scenarioId + QStringLiteral(" \u00B7 ") + info.mode;
    append(json,
           metadata(pid, 0, QStringLiteral("process_name"), QStringLiteral("name"), processName));
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
}

void ChromeTraceExport::appendSpans(QByteArray &json, int pid, const Recorder &run)
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
        if (const QString *clause = run.caughtBy(span))
            args.insert(QStringLiteral("caught_by"), *clause);
        if (span.kind == SpanKind::Chunk)
            args.insert(QStringLiteral("bytes"), span.bytes);
        append(json, QJsonObject{{QStringLiteral("ph"), QStringLiteral("X")},
                                 {QStringLiteral("pid"), pid},
                                 {QStringLiteral("tid"), tidOf(span.lane)},
                                 {QStringLiteral("cat"), spanKindName(span.kind)},
                                 {QStringLiteral("name"), AwaitText::ofSpan(run, span)},
                                 {QStringLiteral("ts"), slice.ts},
                                 {QStringLiteral("dur"), slice.dur},
                                 {QStringLiteral("args"), args}});
    }
}

void ChromeTraceExport::appendFlows(QByteArray &json, int pid, const Recorder &run, int &nextId)
{
    if (run.lanes().size() > kMostFlowLanes)
        return;
    const std::vector<Flow> flows = FlowFinder::of(run);
    const bool reachesMain = std::any_of(flows.begin(), flows.end(), [](const Flow &flow) {
        return flow.fromLane == kMainLane || flow.toLane == kMainLane;
    });
    if (reachesMain && run.info().finished && run.info().total.count() >= 0)
        append(json, QJsonObject{{QStringLiteral("ph"), QStringLiteral("X")},
                                 {QStringLiteral("pid"), pid},
                                 {QStringLiteral("tid"), tidOf(kMainLane)},
                                 {QStringLiteral("cat"), QStringLiteral("main")},
                                 {QStringLiteral("name"), QStringLiteral("main()")},
                                 {QStringLiteral("ts"), 0},
                                 {QStringLiteral("dur"), roundToMicroseconds(run.info().total)}});
    else if (reachesMain)
        return; // nothing to bind main()'s flows to
    for (const Flow &flow : flows) {
        const bool open =
            (flow.fromSpan >= 0 && run.spans()[std::size_t(flow.fromSpan)].end.count() < 0) ||
            (flow.toSpan >= 0 && run.spans()[std::size_t(flow.toSpan)].end.count() < 0);
        if (open || (flow.fromSpan < 0 && flow.fromLane != kMainLane) ||
            (flow.toSpan < 0 && flow.toLane != kMainLane))
            continue; // no closed slice to bind it to
        const int id = nextId++;
        const QString name = FlowFinder::kindName(flow.kind);
        append(json, QJsonObject{{QStringLiteral("ph"), QStringLiteral("s")},
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

void ChromeTraceExport::appendLogLines(QByteArray &json, int pid, const Recorder &run,
                                       Language language)
{
    for (const LogLine &line : run.logLines()) {
        append(json, QJsonObject{{QStringLiteral("ph"), QStringLiteral("i")},
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
