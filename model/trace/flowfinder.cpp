#include "flowfinder.h"

#include "loopevent.h"
#include "recorder.h"

#include <algorithm>
#include <optional>

namespace ck {

namespace {

using std::chrono::nanoseconds;

bool isCoroutine(SpanKind kind)
{
    return kind == SpanKind::Task || kind == SpanKind::Routine;
}

// How main() composes the top-level tasks, from RunInfo::mode ("bounded:2" is a gather too).
enum class Composition { Sequential, Gather, CreateTask, TaskGroup };

// The kind of arrow that woke a wait for `await`, if one does.
std::optional<Flow::Kind> wakeKindOf(LoopEvent::Await await)
{
    switch (await) {
    case LoopEvent::Await::Acquire:
        return Flow::Kind::Release;
    case LoopEvent::Await::Event:
        return Flow::Kind::Set;
    case LoopEvent::Await::Notify:
        return Flow::Kind::Notify;
    case LoopEvent::Await::QueueGet:
        return Flow::Kind::Put;
    case LoopEvent::Await::QueuePut:
        return Flow::Kind::Get;
    default:
        break;
    }
    return std::nullopt;
}

Composition compositionOf(const QString &mode)
{
    if (mode == QLatin1String("sequential") || mode == QLatin1String("sync"))
        return Composition::Sequential;
    if (mode == QLatin1String("gather") || mode.startsWith(QLatin1String("bounded")))
        return Composition::Gather;
    if (mode == QLatin1String("task-group"))
        return Composition::TaskGroup;
    return Composition::CreateTask;
}

} // namespace

std::vector<Flow> FlowFinder::of(const Recorder &run)
{
    FlowFinder finder(run);
    finder.addTopLevel();
    finder.addChildren();
    finder.addTimers();
    finder.addSlots();
    finder.addAfters();
    finder.addObjectWakes();
    return std::move(finder.m_flows);
}

QString FlowFinder::kindName(Flow::Kind kind)
{
    switch (kind) {
    case Flow::Kind::Created:
        return QStringLiteral("created");
    case Flow::Kind::Timer:
        return QStringLiteral("timer");
    case Flow::Kind::FanOut:
        return QStringLiteral("fan-out");
    case Flow::Kind::FanIn:
        return QStringLiteral("fan-in");
    case Flow::Kind::After:
        return QStringLiteral("after");
    case Flow::Kind::Slot:
        return QStringLiteral("slot");
    case Flow::Kind::Call:
        return QStringLiteral("call");
    case Flow::Kind::Return:
        return QStringLiteral("return");
    case Flow::Kind::Release:
        return QStringLiteral("release");
    case Flow::Kind::Set:
        return QStringLiteral("set");
    case Flow::Kind::Notify:
        return QStringLiteral("notify");
    case Flow::Kind::Put:
        return QStringLiteral("put");
    case Flow::Kind::Get:
        return QStringLiteral("get");
    }
    return {};
}

void FlowFinder::add(Flow::Kind kind, int fromLane, nanoseconds from, int toLane, nanoseconds to)
{
    Flow flow;
    flow.kind = kind;
    flow.fromLane = fromLane;
    flow.from = from;
    flow.fromSpan = kind == Flow::Kind::Timer ? -1 : spanAt(fromLane, from);
    flow.toLane = toLane;
    flow.to = to;
    flow.toSpan = spanAt(toLane, to);
    m_flows.push_back(flow);
}

void FlowFinder::addTopLevel()
{
    const auto &lanes = m_run.lanes();
    const Composition composition = compositionOf(m_run.info().mode);
    nanoseconds mainAt{0}; // where main() has got to: it awaits its tasks in their order
    std::vector<int> awaited;
    for (int lane = 0; lane < int(lanes.size()); ++lane) {
        const Lane &info = lanes[std::size_t(lane)];
        const int first = firstSpan(lane);
        if (info.parent >= 0 || info.worker > 0 || first < 0)
            continue;
        const nanoseconds start = m_run.spans()[std::size_t(first)].start;
        const Flow::Kind out = composition == Composition::Sequential ? Flow::Kind::Call
                               : composition == Composition::Gather   ? Flow::Kind::FanOut
                                                                      : Flow::Kind::Created;
        add(out, kMainLane, composition == Composition::Sequential ? start : nanoseconds{0}, lane,
            start);
        if (!info.detached)
            awaited.push_back(lane);
    }
    const bool together =
        composition == Composition::Gather || composition == Composition::TaskGroup;
    nanoseconds allDone{0};
    for (const int lane : awaited) {
        const nanoseconds end = laneEnd(lane);
        if (end.count() < 0)
            return; // main() still awaits it
        allDone = std::max(allDone, end);
    }
    for (const int lane : awaited) {
        const nanoseconds end = laneEnd(lane);
        mainAt = together ? allDone : std::max(mainAt, end);
        add(composition == Composition::Sequential ? Flow::Kind::Return : Flow::Kind::FanIn, lane,
            end, kMainLane, mainAt);
    }
}

void FlowFinder::addChildren()
{
    const auto &lanes = m_run.lanes();
    const auto &spans = m_run.spans();
    for (int lane = 0; lane < int(lanes.size()); ++lane) {
        const Lane &info = lanes[std::size_t(lane)];
        const int first = firstSpan(lane);
        if (info.parent < 0 || info.worker > 0 || first < 0)
            continue;
        const nanoseconds start = spans[std::size_t(first)].start;
        if (info.gatheredBy < 0 || info.gatheredBy >= int(spans.size())) {
            add(Flow::Kind::Created, info.parent, start, lane, start);
            continue;
        }
        const Span &gather = spans[std::size_t(info.gatheredBy)];
        add(Flow::Kind::FanOut, gather.lane, std::min(gather.start, start), lane, start);
        m_flows.back().fromSpan = info.gatheredBy;
        const nanoseconds end = laneEnd(lane);
        if (end.count() >= 0 && gather.end.count() >= 0) {
            add(Flow::Kind::FanIn, lane, end, gather.lane, std::max(gather.end, end));
            m_flows.back().toSpan = info.gatheredBy;
        }
    }
}

void FlowFinder::addTimers()
{
    const auto &spans = m_run.spans();
    for (int index = 0; index < int(spans.size()); ++index) {
        const Span &span = spans[std::size_t(index)];
        if (span.kind != SpanKind::Wait || span.asked().count() < 0 || span.end.count() < 0 ||
            span.state != SpanState::Done)
            continue;
        add(Flow::Kind::Timer, span.lane, span.end, span.lane, span.end);
        m_flows.back().fromSpan = index;
    }
}

void FlowFinder::addSlots()
{
    const auto &spans = m_run.spans();
    std::vector<int> tasks; // the Task spans that ended, by their end
    for (int lane = 0; lane < int(m_run.lanes().size()); ++lane) {
        for (int s = m_run.firstSpanOf(lane); s >= 0; s = m_run.nextSpanOf(s)) {
            const Span &span = spans[std::size_t(s)];
            if (span.kind == SpanKind::Task && span.end.count() >= 0)
                tasks.push_back(s);
        }
    }
    const auto endOf = [&](int s) { return spans[std::size_t(s)].end; };
    std::sort(tasks.begin(), tasks.end(), [&](int a, int b) { return endOf(a) < endOf(b); });
    for (const Span &wait : spans) {
        if (wait.kind != SpanKind::ObjectWait || wait.depth != 0 || wait.end.count() < 0 ||
            wait.state != SpanState::Done || wait.end <= wait.start)
            continue;
        // The task whose end released the slot: the latest to end while this one waited.
        auto after = std::upper_bound(tasks.begin(), tasks.end(), wait.end,
                                      [&](nanoseconds time, int s) { return time < endOf(s); });
        while (after != tasks.begin()) {
            const Span &task = spans[std::size_t(*--after)];
            if (task.end < wait.start)
                break;
            if (task.lane == wait.lane)
                continue;
            add(Flow::Kind::Slot, task.lane, task.end, wait.lane, wait.end);
            m_flows.back().fromSpan = *after;
            break;
        }
    }
}

void FlowFinder::addAfters()
{
    for (const LoopEvent &event : m_run.loopEvents()) {
        if (event.kind != LoopEvent::Kind::Suspended ||
            event.await != LoopEvent::Await::Predecessors || event.lane < 0)
            continue;
        int task = -1; // the span that begins once its predecessors are done
        for (int s = m_run.firstSpanOf(event.lane); s >= 0; s = m_run.nextSpanOf(s)) {
            if (m_run.spans()[std::size_t(s)].kind == SpanKind::Task) {
                task = s;
                break;
            }
        }
        if (task < 0)
            continue;
        const nanoseconds start = m_run.spans()[std::size_t(task)].start;
        for (const int predecessor : event.awaited) {
            const nanoseconds end = laneEnd(predecessor);
            if (end.count() >= 0 && end <= start)
                add(Flow::Kind::After, predecessor, end, event.lane, start);
        }
    }
}

void FlowFinder::addObjectWakes()
{
    for (const LoopEvent &event : m_run.loopEvents()) {
        if (event.kind != LoopEvent::Kind::Resumed || event.awaited.size() != 1 ||
            event.until.count() < 0)
            continue;
        if (const auto kind = wakeKindOf(event.await))
            add(*kind, event.awaited.front(), event.until, event.lane, event.time);
    }
}

int FlowFinder::spanAt(int lane, nanoseconds time) const
{
    if (lane < 0 || lane >= int(m_run.lanes().size()))
        return -1;
    int found = -1;
    for (int s = m_run.firstSpanOf(lane); s >= 0; s = m_run.nextSpanOf(s)) {
        const Span &span = m_run.spans()[std::size_t(s)];
        const bool open = span.end.count() < 0;
        if (!isCoroutine(span.kind) || span.start > time || (!open && span.end < time))
            continue;
        if (found < 0 || span.depth >= m_run.spans()[std::size_t(found)].depth)
            found = s;
    }
    return found;
}

int FlowFinder::firstSpan(int lane) const
{
    int first = -1;
    for (int s = m_run.firstSpanOf(lane); s >= 0; s = m_run.nextSpanOf(s)) {
        if (first < 0 ||
            m_run.spans()[std::size_t(s)].start < m_run.spans()[std::size_t(first)].start)
            first = s;
    }
    return first;
}

int FlowFinder::lastSpan(int lane) const
{
    int last = -1;
    for (int s = m_run.firstSpanOf(lane); s >= 0; s = m_run.nextSpanOf(s)) {
        const Span &span = m_run.spans()[std::size_t(s)];
        if (span.end.count() < 0)
            return -1;
        if (last < 0 || span.end >= m_run.spans()[std::size_t(last)].end)
            last = s;
    }
    return last;
}

nanoseconds FlowFinder::laneEnd(int lane) const
{
    if (lane < 0 || lane >= int(m_run.lanes().size()))
        return nanoseconds(-1);
    const int last = lastSpan(lane);
    return last < 0 ? nanoseconds(-1) : m_run.spans()[std::size_t(last)].end;
}

} // namespace ck
