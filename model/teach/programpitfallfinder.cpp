#include "programpitfallfinder.h"

#include "pitfallfinder.h"
#include "trace/awaittext.h"
#include "trace/recorder.h"
#include "trace/secondstext.h"

#include <QRegularExpression>
#include <algorithm>
#include <map>

namespace ck {

using std::chrono::nanoseconds;

std::vector<Pitfall> ProgramPitfallFinder::find(const Recorder &recorder, const LineOf &lineOf)
{
    const RunInfo &info = recorder.info();
    if (!info.finished || info.cancelled)
        return {};
    std::vector<Pitfall> found = missedConcurrency(recorder);
    if (auto blocking = blockingCall(recorder, lineOf))
        found.push_back(std::move(*blocking));
    for (Pitfall &forgotten : PitfallFinder::neverAwaited(recorder, false))
        found.push_back(std::move(forgotten));
    for (Pitfall &forgotten : coroutinesNeverAwaited(recorder))
        found.push_back(std::move(forgotten));
    return found;
}

std::vector<Pitfall> ProgramPitfallFinder::missedConcurrency(const Recorder &recorder)
{
    std::vector<Pitfall> found;
    for (std::vector<Call> &calls : callsByOwner(recorder)) {
        std::stable_sort(calls.begin(), calls.end(), [](const Call &a, const Call &b) {
            return a.span->start < b.span->start;
        });
        // The first row of calls, each mostly suspended and after the one before, that
        // gather would shorten enough.
        std::vector<Call> row;
        std::optional<Pitfall> best;
        nanoseconds allEnded{0}; // when every call before this one had ended
        for (const Call &call : calls) {
            const bool open = call.span->end.count() < 0;
            const bool alone = call.span->start >= allEnded;
            const bool waits = !open && alone && mostlySuspended(recorder, *call.span);
            if (!waits) {
                if (!best)
                    best = oneByOne(row);
                row.clear();
            } else {
                row.push_back(call);
            }
            allEnded = open ? nanoseconds::max() : std::max(allEnded, call.span->end);
        }
        if (!best)
            best = oneByOne(row);
        if (best)
            found.push_back(std::move(*best));
    }
    return found;
}

std::vector<std::vector<ProgramPitfallFinder::Call>>
ProgramPitfallFinder::callsByOwner(const Recorder &recorder)
{
    // Owner -1: main(), whose calls and tasks are top-level lanes; else a task's (or a call of
    // main's) lane, whose calls are its routines one deeper and whose tasks name it as parent.
    std::map<int, std::vector<Call>> calls;
    for (const Span &span : recorder.spans()) {
        const Lane &lane = recorder.lanes().at(std::size_t(span.lane));
        if (lane.worker > 0)
            continue;
        if (span.kind == SpanKind::Task && span.depth == 0)
            calls[lane.parent].push_back(Call{&span, lane.function()});
        else if (span.kind == SpanKind::Routine && span.depth == 1)
            calls[span.lane].push_back(Call{&span, recorder.nameOf(span)});
    }
    std::vector<std::vector<Call>> owners;
    for (auto &[owner, ownCalls] : calls)
        owners.push_back(std::move(ownCalls));
    return owners;
}

bool ProgramPitfallFinder::mostlySuspended(const Recorder &recorder, const Span &call)
{
    const nanoseconds length = call.duration();
    if (length.count() <= 0)
        return false;
    nanoseconds suspended{0};
    for (int s = recorder.firstSpanOf(call.lane); s >= 0; s = recorder.nextSpanOf(s)) {
        const Span &inner = recorder.spans()[std::size_t(s)];
        if (isSuspension(inner.kind) && inner.depth > call.depth && inner.end.count() >= 0 &&
            inner.start >= call.start && inner.end <= call.end)
            suspended += inner.duration();
    }
    return double(suspended.count()) >= double(length.count()) * kMostlySuspended;
}

std::optional<Pitfall> ProgramPitfallFinder::oneByOne(const std::vector<Call> &calls)
{
    if (calls.size() < 2)
        return std::nullopt;
    nanoseconds took{0};
    nanoseconds longest{0};
    QStringList names; // "fetch() ×3" for three calls of fetch() in a row
    int repeats = 0;
    for (std::size_t i = 0; i < calls.size(); ++i) {
        took += calls[i].span->duration();
        longest = std::max(longest, calls[i].span->duration());
        ++repeats;
        if (i + 1 < calls.size() && calls[i + 1].name == calls[i].name)
            continue;
        names << calls[i].name + QStringLiteral("()") +
                     (repeats > 1 ? QStringLiteral(" ×%1").arg(repeats) : QString());
        repeats = 0;
    }
    if (double(longest.count()) >= double(took.count()) * PitfallFinder::kWorthGathering)
        return std::nullopt;
    return Pitfall{Pitfall::Kind::MissedConcurrency,
                   tr("Missed concurrency: %1 were awaited one by one and took %2, each of them "
                      "suspended most of its time; awaited together with asyncio.gather they "
                      "would take ≈ %3, %4 less, if none needs another's result.")
                       .arg(names.join(QStringLiteral(", ")), SecondsText::withUnit(took, 2),
                            SecondsText::withUnit(longest, 2),
                            SecondsText::withUnit(took - longest, 2)),
                   std::nullopt};
}

std::optional<Pitfall> ProgramPitfallFinder::blockingCall(const Recorder &recorder,
                                                          const LineOf &lineOf)
{
    const auto &events = recorder.loopEvents();
    std::size_t first = events.size();
    nanoseconds held{0};
    int count = 0;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const LoopEvent &event = events[i];
        if (event.kind != LoopEvent::Kind::Blocked ||
            !othersWereWaiting(recorder, event.lane, event.time, event.until))
            continue;
        first = std::min(first, i);
        held += event.until - event.time;
        ++count;
    }
    if (count == 0)
        return std::nullopt;
    const LoopEvent &event = events[first];
    const QString function = functionAt(recorder, event.lane, event.time);
    const int line = lineOf ? lineOf(first) : 0;
    const QString where = line > 0 ? tr("%1 (line %2)").arg(function).arg(line) : function;
    return Pitfall{
        Pitfall::Kind::BlockingCall,
        PitfallFinder::blockingMessage(AwaitText::ofEvent(recorder, event), where, count, held),
        std::nullopt};
}

bool ProgramPitfallFinder::othersWereWaiting(const Recorder &recorder, int lane, nanoseconds from,
                                             nanoseconds to)
{
    if (to <= from)
        return false;
    std::vector<bool> blocker(recorder.lanes().size(), false); // the lane and those awaiting it
    for (int up = lane; up >= 0; up = recorder.lanes()[std::size_t(up)].parent)
        blocker[std::size_t(up)] = true;
    for (std::size_t other = 0; other < recorder.lanes().size(); ++other) {
        if (blocker[other] || recorder.lanes()[other].worker > 0)
            continue;
        for (int s = recorder.firstSpanOf(int(other)); s >= 0; s = recorder.nextSpanOf(s)) {
            const Span &span = recorder.spans()[std::size_t(s)];
            if (span.kind == SpanKind::Task && span.depth == 0 && span.start < to &&
                (span.end.count() < 0 || span.end > from))
                return true; // it was ready or suspended while the loop was held
        }
    }
    return false;
}

QString ProgramPitfallFinder::functionAt(const Recorder &recorder, int lane, nanoseconds time)
{
    if (lane < 0)
        return QStringLiteral("main");
    QString function = recorder.lanes()[std::size_t(lane)].function();
    int depth = -1;
    for (int s = recorder.firstSpanOf(lane); s >= 0; s = recorder.nextSpanOf(s)) {
        const Span &span = recorder.spans()[std::size_t(s)];
        const bool open = span.start <= time && (span.end.count() < 0 || span.end >= time);
        if (span.kind == SpanKind::Routine && open && span.depth > depth) {
            function = recorder.nameOf(s);
            depth = span.depth;
        }
    }
    return function;
}

std::vector<Pitfall> ProgramPitfallFinder::coroutinesNeverAwaited(const Recorder &recorder)
{
    static const QRegularExpression warned(
        QStringLiteral("RuntimeWarning: coroutine '([^']+)' was never awaited"));
    std::vector<Pitfall> found;
    QStringList named;
    for (const LogLine &line : recorder.logLines()) {
        const QRegularExpressionMatch match = warned.match(line.text.english());
        if (!line.warning || !match.hasMatch() || named.contains(match.captured(1)))
            continue;
        named << match.captured(1);
        found.push_back(Pitfall{
            Pitfall::Kind::CoroutineNeverAwaited,
            tr("A coroutine never awaited: %1() was called, but the coroutine it made was "
               "never awaited, so its body never ran (Python's RuntimeWarning says so). Await "
               "it, or make it a task with asyncio.create_task.")
                .arg(match.captured(1)),
            std::nullopt});
    }
    return found;
}

} // namespace ck
