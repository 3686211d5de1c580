#include "recorder.h"

#include <algorithm>

namespace ck {

Recorder::Recorder(RunInfo info) : m_info(std::move(info)) {}

namespace {

bool isCoroutine(SpanKind kind)
{
    return kind == SpanKind::Task || kind == SpanKind::Routine;
}

// The name or reason of a span without one.
const QString &noText()
{
    static const QString none;
    return none;
}

} // namespace

void Recorder::reserve(std::size_t lanes, std::size_t spans)
{
    m_lanes.reserve(lanes);
    m_laneSpans.reserve(lanes);
    m_spans.reserve(spans);
    m_nextInLane.reserve(spans);
}

int Recorder::addLane(Lane lane)
{
    const int index = int(m_lanes.size());
    if (lane.gatheredBy >= 0 && !m_firstGathered.contains(lane.gatheredBy))
        m_firstGathered.insert(lane.gatheredBy, index);
    m_lanes.push_back(std::move(lane));
    m_laneSpans.emplace_back();
    return index;
}

std::vector<int> Recorder::gatheredLanes(int span) const
{
    std::vector<int> lanes;
    const auto first = m_firstGathered.constFind(span);
    if (first == m_firstGathered.constEnd())
        return lanes;
    // A gather makes all its lanes before any of them runs: they follow one another.
    const int owner = m_lanes[std::size_t(*first)].gatheredBy;
    for (int lane = *first;
         lane < int(m_lanes.size()) && m_lanes[std::size_t(lane)].gatheredBy == owner; ++lane)
        lanes.push_back(lane);
    return lanes;
}

void Recorder::shareGatheredLanes(int span, int owner)
{
    if (const auto first = m_firstGathered.constFind(owner); first != m_firstGathered.constEnd())
        m_firstGathered.insert(span, *first);
}

void Recorder::markGathered(int lane, int span, const Lane &how)
{
    Lane &gathered = m_lanes.at(std::size_t(lane));
    if (gathered.gatheredBy >= 0)
        return;
    gathered.gatheredBy = span;
    gathered.inGroup = how.inGroup;
    gathered.asCompleted = how.asCompleted;
    gathered.waited = how.waited;
    const auto first = m_firstGathered.constFind(span);
    if (first == m_firstGathered.constEnd() || lane < *first)
        m_firstGathered.insert(span, lane);
}

int Recorder::beginSpan(Span span, const QString &name, const QString &reason)
{
    return appendSpan(std::move(span), name, reason);
}

const QString &Recorder::nameOf(int index) const
{
    const Span &span = m_spans.at(std::size_t(index));
    if (!m_names.isEmpty()) {
        if (const auto found = m_names.constFind(index); found != m_names.cend())
            return *found;
    }
    if (span.kind == SpanKind::Task && span.lane >= 0 && std::size_t(span.lane) < m_lanes.size())
        return m_lanes[std::size_t(span.lane)].name;
    return noText();
}

const QString &Recorder::nameOf(const Span &span) const
{
    const int index = indexOf(span);
    return index < 0 ? noText() : nameOf(index);
}

const QString &Recorder::reasonOf(int index) const
{
    if (m_reasons.isEmpty())
        return noText();
    const auto found = m_reasons.constFind(index);
    return found == m_reasons.cend() ? noText() : *found;
}

const QString &Recorder::reasonOf(const Span &span) const
{
    const int index = indexOf(span);
    return index < 0 ? noText() : reasonOf(index);
}

int Recorder::indexOf(const Span &span) const
{
    if (m_spans.empty() || &span < m_spans.data() || &span >= m_spans.data() + m_spans.size())
        return -1;
    return int(&span - m_spans.data());
}

void Recorder::keepName(int index, const Span &span, const QString &name)
{
    // A Task span is named as its lane unless it says otherwise (even by an empty name, or on a
    // lane not added yet); a span of another kind has a name only if it was given one.
    if (span.kind == SpanKind::Task) {
        const bool laneNamed = span.lane >= 0 && std::size_t(span.lane) < m_lanes.size() &&
                               m_lanes[std::size_t(span.lane)].name == name;
        if (!laneNamed)
            m_names.insert(index, name);
    } else if (!name.isEmpty()) {
        m_names.insert(index, name);
    }
}

void Recorder::keepReason(int index, const QString &reason)
{
    if (!reason.isEmpty())
        m_reasons.insert(index, reason);
    else if (!m_reasons.isEmpty())
        m_reasons.remove(index);
}

int Recorder::appendSpan(Span span, const QString &name, const QString &reason)
{
    const int index = int(m_spans.size());
    if (span.lane >= 0 && std::size_t(span.lane) >= m_laneSpans.size())
        m_laneSpans.resize(std::size_t(span.lane) + 1); // a lane not added (tests, bad input)
    if (span.lane >= 0) {
        LaneSpans &lane = m_laneSpans[std::size_t(span.lane)];
        if (lane.last >= 0) {
            m_nextInLane[std::size_t(lane.last)] = index;
            lane.inOrder = lane.inOrder && m_spans[std::size_t(lane.last)].start <= span.start;
        } else {
            lane.first = index;
        }
        lane.last = index;
        ++lane.count;
    }
    if (isCoroutine(span.kind))
        m_maxCoroutineDepth = std::max(m_maxCoroutineDepth, int(span.depth));
    m_latestStart = std::max(m_latestStart, span.start);
    m_hasDownloads = m_hasDownloads || span.kind == SpanKind::Download;
    m_hasObjectWaits = m_hasObjectWaits || span.kind == SpanKind::ObjectWait;
    noteEnd(span);
    keepName(index, span, name);
    keepReason(index, reason);
    m_spans.push_back(std::move(span));
    m_nextInLane.push_back(-1);
    noteFailure(index);
    return index;
}

void Recorder::noteEnd(const Span &span)
{
    if (span.end.count() < 0)
        return;
    m_latestEnd = std::max(m_latestEnd, span.end);
    if (isCoroutine(span.kind) && span.state == SpanState::Cancelled)
        ++m_cancelledCoroutines;
    m_anyTimedOut = m_anyTimedOut || span.state == SpanState::TimedOut;
    m_anyCaught = m_anyCaught || span.state == SpanState::Caught;
}

void Recorder::endSpan(int index, std::chrono::nanoseconds end, std::chrono::nanoseconds wallEnd,
                       SpanState state, const QString &reason)
{
    Span &span = m_spans.at(std::size_t(index));
    const bool failedBefore = span.state == SpanState::Failed;
    if (span.end.count() >= 0 && isCoroutine(span.kind) && span.state == SpanState::Cancelled)
        --m_cancelledCoroutines; // counted when it ended before
    span.end = end;
    span.wallEnd = wallEnd;
    span.state = state;
    keepReason(index, reason);
    noteEnd(span);
    if (!failedBefore)
        noteFailure(index);
}

void Recorder::timeOutCancelled(int lane, int firstSpan)
{
    for (int index = firstSpan; index < int(m_spans.size()); ++index) {
        const Span &span = m_spans[std::size_t(index)];
        if (span.lane == lane && span.end.count() >= 0 && span.state == SpanState::Cancelled)
            endSpan(index, span.end, span.wallEnd, SpanState::TimedOut, QString(reasonOf(index)));
    }
}

void Recorder::markCaught(int lane, int firstSpan, const QString &raised, const QString &clause)
{
    for (int index = std::max(firstSpan, 0); index < int(m_spans.size()); ++index) {
        const Span &span = m_spans[std::size_t(index)];
        if (span.lane != lane || span.end.count() < 0 || span.state != SpanState::Failed ||
            reasonOf(index) != raised || span.kind == SpanKind::Download)
            continue;
        endSpan(index, span.end, span.wallEnd, SpanState::Caught, QString(reasonOf(index)));
        m_caughtBy.insert(index, clause);
    }
}

const QString *Recorder::caughtBy(int index) const
{
    const auto found = m_caughtBy.constFind(index);
    return found == m_caughtBy.cend() ? nullptr : &*found;
}

const QString *Recorder::caughtBy(const Span &span) const
{
    if (m_caughtBy.isEmpty())
        return nullptr;
    const int index = indexOf(span);
    return index < 0 ? nullptr : caughtBy(index);
}

void Recorder::noteFailure(int index)
{
    const Span &span = m_spans[std::size_t(index)];
    if (span.kind == SpanKind::Task && span.state == SpanState::Failed)
        m_failedTasks.push_back(index);
}

void Recorder::setSpanBytes(int index, qint64 bytes)
{
    m_spans.at(std::size_t(index)).setBytes(bytes);
}

void Recorder::setReturned(int index, LocalizedText value)
{
    m_returned.insert(index, std::move(value));
}

const LocalizedText *Recorder::returnedBy(int index) const
{
    const auto found = m_returned.constFind(index);
    return found == m_returned.cend() ? nullptr : &*found;
}

void Recorder::addLog(LogLine line)
{
    m_logLines.push_back(std::move(line));
    if (m_logListener)
        m_logListener(m_logLines.back());
}

void Recorder::addLoopEvent(LoopEvent event)
{
    m_loopEvents.push_back(std::move(event));
}

Recorder Recorder::until(std::chrono::nanoseconds time, std::size_t eventCount) const
{
    Recorder past(m_info);
    past.m_info.finished = m_info.finished && time >= m_info.total;
    if (!past.m_info.finished)
        past.m_info.total = past.m_info.wallTotal = std::chrono::nanoseconds(-1);
    past.m_lanes = m_lanes;
    past.m_firstGathered = m_firstGathered;
    past.m_laneSpans.resize(m_laneSpans.size());
    for (std::size_t i = 0; i < m_spans.size(); ++i) {
        const Span &span = m_spans[i];
        if (span.start > time)
            continue;
        Span kept = span;
        const bool open = span.end > time || span.end.count() < 0;
        if (open) {
            kept.end = kept.wallEnd = std::chrono::nanoseconds(-1);
            kept.state = SpanState::Running;
        }
        const int index =
            past.appendSpan(std::move(kept), nameOf(int(i)), open ? QString() : reasonOf(int(i)));
        if (const LocalizedText *value = returnedBy(int(i)); value && !open)
            past.m_returned.insert(index, *value);
        if (const QString *clause = caughtBy(int(i)); clause && !open)
            past.m_caughtBy.insert(index, *clause);
    }
    for (const LogLine &line : m_logLines) {
        if (line.time <= time)
            past.m_logLines.push_back(line);
    }
    if (!past.m_info.finished)
        past.m_info.mainLines = -1;
    past.m_loopEvents.assign(m_loopEvents.begin(),
                             m_loopEvents.begin() +
                                 std::ptrdiff_t(std::min(eventCount, m_loopEvents.size())));
    for (const LagSample &sample : m_lagSamples) {
        if (sample.time <= time)
            past.m_lagSamples.push_back(sample);
        else if (sample.time - sample.lag < time) // the loop is held at `time`: the ramp so far
            past.m_lagSamples.push_back(LagSample{time, time - (sample.time - sample.lag)});
    }
    return past;
}

void Recorder::finish(std::chrono::nanoseconds total, std::chrono::nanoseconds wallTotal,
                      bool cancelled)
{
    m_info.total = total;
    m_info.wallTotal = wallTotal;
    m_info.finished = true;
    m_info.cancelled = cancelled;
}

void Recorder::setLogListener(std::function<void(const LogLine &)> listener)
{
    m_logListener = std::move(listener);
}

} // namespace ck
