#include "chrometraceexport.h"

#include "awaittext.h"
#include "exportstream.h"
#include "flowfinder.h"
#include "recorder.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

// The "traceEvents" array, written as it goes: a comma before every event but the first. The
// events a run has one or two of go through QJsonDocument; the ones it has per span and per
// lane are written directly, keys in QJsonObject's (sorted) order.
class EventWriter
{
public:
    explicit EventWriter(ExportStream &out) : m_out(out) {}

    ExportStream &next()
    {
        if (!m_first)
            m_out << ',';
        m_first = false;
        return m_out;
    }
    void append(const QJsonObject &event)
    {
        next() << QJsonDocument(event).toJson(QJsonDocument::Compact);
    }

    void metadata(int pid, int tid, const char *name, const char *key, QStringView value)
    {
        metadataStart(key);
        m_out.jsonString(value);
        metadataEnd(pid, tid, name);
    }
    void metadata(int pid, int tid, const char *name, const char *key, int value)
    {
        metadataStart(key);
        m_out.integer(value);
        metadataEnd(pid, tid, name);
    }

    ExportStream &out() { return m_out; }

private:
    void metadataStart(const char *key) { next() << "{\"args\":{\"" << key << "\":"; }
    void metadataEnd(int pid, int tid, const char *name)
    {
        m_out << "},\"name\":\"" << name << "\",\"ph\":\"M\",\"pid\":";
        m_out.integer(pid);
        m_out << ",\"tid\":";
        m_out.integer(tid);
        m_out << '}';
    }

    ExportStream &m_out;
    bool m_first = true;
};

void writeMetadata(EventWriter &events, int pid, const Recorder &run)
{
    const RunInfo &info = run.info();
    const QString processName = info.scenarioId + QStringLiteral(" \u00B7 ") + info.mode;
    events.metadata(pid, 0, "process_name", "name", processName);
    events.metadata(pid, 0, "process_sort_index", "sort_index", pid);
    events.metadata(pid, 0, "thread_name", "name", u"main");
    events.metadata(pid, 0, "thread_sort_index", "sort_index", 0);
    for (std::size_t lane = 0; lane < run.lanes().size(); ++lane) {
        const int tid = tidOf(int(lane));
        events.metadata(pid, tid, "thread_name", "name", run.lanes()[lane].name);
        events.metadata(pid, tid, "thread_sort_index", "sort_index", tid);
    }
}

// {"args":{...},"cat":..,"dur":..,"name":..,"ph":"X","pid":..,"tid":..,"ts":..}
void writeSlice(EventWriter &events, int pid, const Recorder &run, const Slice &slice)
{
    const Span &span = *slice.span;
    ExportStream &out = events.next();
    out << "{\"args\":{";
    if (span.kind == SpanKind::Chunk) {
        out << "\"bytes\":";
        out.integer(span.bytes());
        out << ',';
    }
    if (const QString *clause = run.caughtBy(span)) {
        out << "\"caught_by\":";
        out.jsonString(*clause);
        out << ',';
    }
    if (const QString &reason = run.reasonOf(span); !reason.isEmpty()) {
        out << "\"reason\":";
        out.jsonString(reason);
        out << ',';
    }
    out << "\"state\":";
    out.jsonString(spanStateName(span.state));
    out << ",\"wall_dur_ms\":";
    out.jsonNumber(milliseconds(span.wallEnd - span.wallStart));
    out << ",\"wall_start_ms\":";
    out.jsonNumber(milliseconds(span.wallStart));
    out << "},\"cat\":";
    out.jsonString(spanKindName(span.kind));
    out << ",\"dur\":";
    out.integer(slice.dur);
    out << ",\"name\":";
    out.jsonString(AwaitText::ofSpan(run, span));
    out << ",\"ph\":\"X\",\"pid\":";
    out.integer(pid);
    out << ",\"tid\":";
    out.integer(tidOf(span.lane));
    out << ",\"ts\":";
    out.integer(slice.ts);
    out << '}';
}

// Parents before children when they start in the same microsecond, so importers that build
// the slice stack in file order nest them right: by lane, start, longest first, depth.
bool before(const Slice &a, const Slice &b)
{
    if (a.span->lane != b.span->lane)
        return a.span->lane < b.span->lane;
    if (a.ts != b.ts)
        return a.ts < b.ts;
    if (a.dur != b.dur)
        return a.dur > b.dur;
    return a.span->depth < b.span->depth;
}

// Sorted (stably: spans that compare equal keep the order they were recorded in) and written.
void writeSorted(EventWriter &events, int pid, const Recorder &run, std::vector<Slice> &slices)
{
    if (!std::is_sorted(slices.begin(), slices.end(), before))
        std::stable_sort(slices.begin(), slices.end(), before);
    for (const Slice &slice : slices)
        writeSlice(events, pid, run, slice);
}

void addSlice(std::vector<Slice> &slices, const Span &span)
{
    if (span.end.count() < 0)
        return; // still open: an X event without a duration is dropped by Perfetto anyway
    const qint64 ts = roundToMicroseconds(span.start);
    // Rounding both ends (not the duration) keeps a child inside its parent.
    slices.push_back({&span, ts, roundToMicroseconds(span.end) - ts});
}

// Lane by lane, each lane's spans taken from the recorder's own list of them and sorted on
// their own: the order of sorting them all at once, without a list of every span (48 MB for
// a crowd of a million) beside the run. Spans of no lane of the run (the main program's,
// lane -1) come first or last, as their lane numbers sort.
void writeSpans(EventWriter &events, int pid, const Recorder &run)
{
    const int lanes = int(run.lanes().size());
    std::vector<Slice> outside;
    for (const Span &span : run.spans()) {
        if (span.lane < 0 || span.lane >= lanes)
            addSlice(outside, span);
    }
    std::stable_sort(outside.begin(), outside.end(), before);
    const auto firstAfter = std::partition_point(
        outside.begin(), outside.end(), [](const Slice &slice) { return slice.span->lane < 0; });
    std::vector<Slice> slices(outside.begin(), firstAfter);
    writeSorted(events, pid, run, slices);
    for (int lane = 0; lane < lanes; ++lane) {
        slices.clear();
        for (int index = run.firstSpanOf(lane); index >= 0; index = run.nextSpanOf(index))
            addSlice(slices, run.spans()[std::size_t(index)]);
        writeSorted(events, pid, run, slices);
    }
    slices.assign(firstAfter, outside.end());
    writeSorted(events, pid, run, slices);
}

void writeFlows(EventWriter &events, int pid, const Recorder &run, int &nextId)
{
    if (run.lanes().size() > kMostFlowLanes)
        return;
    const std::vector<Flow> flows = FlowFinder::of(run);
    const bool reachesMain = std::any_of(flows.begin(), flows.end(), [](const Flow &flow) {
        return flow.fromLane == kMainLane || flow.toLane == kMainLane;
    });
    if (reachesMain && run.info().finished && run.info().total.count() >= 0)
        events.append(QJsonObject{{QStringLiteral("ph"), QStringLiteral("X")},
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
        events.append(QJsonObject{{QStringLiteral("ph"), QStringLiteral("s")},
                                  {QStringLiteral("pid"), pid},
                                  {QStringLiteral("tid"), tidOf(flow.fromLane)},
                                  {QStringLiteral("cat"), QStringLiteral("flow")},
                                  {QStringLiteral("name"), name},
                                  {QStringLiteral("id"), id},
                                  {QStringLiteral("ts"), flowTime(run, flow.fromSpan, flow.from)}});
        events.append(QJsonObject{{QStringLiteral("ph"), QStringLiteral("f")},
                                  {QStringLiteral("bp"), QStringLiteral("e")},
                                  {QStringLiteral("pid"), pid},
                                  {QStringLiteral("tid"), tidOf(flow.toLane)},
                                  {QStringLiteral("cat"), QStringLiteral("flow")},
                                  {QStringLiteral("name"), name},
                                  {QStringLiteral("id"), id},
                                  {QStringLiteral("ts"), flowTime(run, flow.toSpan, flow.to)}});
    }
}

void writeLogLines(EventWriter &events, int pid, const Recorder &run, Language language)
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

} // namespace

bool ChromeTraceExport::write(QIODevice &device, const std::vector<const Recorder *> &runs,
                              Language language)
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
    QByteArray head = QJsonDocument(root).toJson(QJsonDocument::Compact);
    head.chop(qsizetype(qstrlen("]}")));
    ExportStream out(device);
    out << head;
    EventWriter events(out);
    int nextFlowId = 1;
    for (std::size_t index = 0; index < runs.size(); ++index) {
        const int pid = int(index) + 1;
        writeMetadata(events, pid, *runs[index]);
        writeSpans(events, pid, *runs[index]);
        writeFlows(events, pid, *runs[index], nextFlowId);
        writeLogLines(events, pid, *runs[index], language);
    }
    out << "]}";
    return out.flush();
}

QByteArray ChromeTraceExport::toJson(const std::vector<const Recorder *> &runs, Language language)
{
    QByteArray json;
    QBuffer buffer(&json);
    buffer.open(QIODevice::WriteOnly);
    write(buffer, runs, language);
    return json;
}

} // namespace ck
