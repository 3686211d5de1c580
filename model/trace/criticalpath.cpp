#include "criticalpath.h"

#include "loopevent.h"
#include "recorder.h"
#include "secondstext.h"

#include <QStringList>

#include <algorithm>

namespace ck {

namespace {

using std::chrono::nanoseconds;

constexpr int kMostNamed = 3; // waits named in the sentence; the rest are counted

// Whether `a` woke its lane later than `b`: it arrived later, or at once but left later, or
// (on the virtual clock many ends share a time) left a span that began later, which ended
// after the other as it could not have ended before it began.
bool isLater(const Flow &a, const Flow &b)
{
    if (a.to != b.to)
        return a.to > b.to;
    if (a.from != b.from)
        return a.from > b.from;
    return a.fromSpan > b.fromSpan;
}

} // namespace

bool CriticalPath::isTimedWait(const Recorder &run, int span)
{
    const Span &wait = run.spans()[std::size_t(span)];
    switch (wait.kind) {
    case SpanKind::Wait:
        return wait.asked().count() >= 0; // a sleep; a gather's wait is resolved by its flows
    case SpanKind::Block:
    case SpanKind::Download:
    case SpanKind::Thread:
    case SpanKind::ObjectWait:
        return true;
    default:
        return false;
    }
}

CriticalPath CriticalPath::of(const Recorder &run, const std::vector<Flow> &flows)
{
    CriticalPath path;
    if (!run.info().finished || run.info().total.count() < 0)
        return path;
    const auto &spans = run.spans();
    std::vector<bool> followed(flows.size(), false);
    int lane = kMainLane;
    nanoseconds at = run.info().total;
    for (std::size_t step = 0; step <= flows.size() + spans.size(); ++step) {
        int wait = -1; // the latest timed wait of the lane that ended by `at`
        if (lane >= 0) {
            for (int s = run.firstSpanOf(lane); s >= 0; s = run.nextSpanOf(s)) {
                const Span &span = spans[std::size_t(s)];
                if (span.end.count() < 0 || span.end > at || span.start >= at ||
                    !isTimedWait(run, s))
                    continue;
                if (wait < 0 || span.end > spans[std::size_t(wait)].end)
                    wait = s;
            }
        }
        int flow = -1; // the latest flow into the lane by `at`
        for (int f = 0; f < int(flows.size()); ++f) {
            const Flow &candidate = flows[std::size_t(f)];
            if (followed[std::size_t(f)] || candidate.kind == Flow::Kind::Timer ||
                candidate.toLane != lane || candidate.to > at)
                continue;
            if (flow < 0 || isLater(candidate, flows[std::size_t(flow)]))
                flow = f;
        }
        if (flow >= 0 &&
            (wait < 0 || flows[std::size_t(flow)].to >= spans[std::size_t(wait)].end)) {
            followed[std::size_t(flow)] = true;
            path.m_flows.push_back(flow);
            lane = flows[std::size_t(flow)].fromLane;
            at = flows[std::size_t(flow)].from;
        } else if (wait >= 0) {
            path.m_spans.push_back(wait);
            at = spans[std::size_t(wait)].start;
        } else {
            break;
        }
    }
    std::reverse(path.m_spans.begin(), path.m_spans.end());
    std::reverse(path.m_flows.begin(), path.m_flows.end());
    for (int s = 0; s < int(spans.size()) && !path.m_othersOverlap; ++s)
        path.m_othersOverlap = isTimedWait(run, s) && spans[std::size_t(s)].end.count() >= 0 &&
                               spans[std::size_t(s)].end > spans[std::size_t(s)].start &&
                               !path.contains(s);
    return path;
}

bool CriticalPath::contains(int span) const
{
    return std::find(m_spans.begin(), m_spans.end(), span) != m_spans.end();
}

bool CriticalPath::followsFlow(int flow) const
{
    return std::find(m_flows.begin(), m_flows.end(), flow) != m_flows.end();
}

QString CriticalPath::waitName(const Recorder &run, int span)
{
    const Span &wait = run.spans()[std::size_t(span)];
    const QString lane = run.lanes()[std::size_t(wait.lane)].function();
    const nanoseconds length = wait.duration();
    const bool whole = length.count() % 1'000'000'000 == 0;
    const QString seconds = SecondsText::withUnit(length, whole ? 0 : 2);
    switch (wait.kind) {
    case SpanKind::Wait:
        return tr("%1's %2 sleep").arg(lane, seconds);
    case SpanKind::Block:
        return tr("%1's %2 blocking call").arg(lane, seconds);
    case SpanKind::Download:
        return tr("%1's %2 download").arg(lane, seconds);
    case SpanKind::Thread:
        return tr("%1's %2 call in a thread").arg(lane, seconds);
    default:
        return tr("%1's %2 wait").arg(lane, seconds);
    }
}

QString CriticalPath::sentence(const Recorder &run) const
{
    if (m_spans.empty())
        return {};
    QStringList names;
    for (int i = 0; i < int(m_spans.size()) && i < kMostNamed; ++i)
        names << waitName(run, m_spans[std::size_t(i)]);
    QString list = names.join(tr(", then ", "between the waits of a critical path"));
    if (m_spans.size() > std::size_t(kMostNamed))
        list = tr("%1 and %n more", nullptr, int(m_spans.size()) - kMostNamed).arg(list);
    if (m_spans.size() > 1)
        return tr("The total is set by %1: one after the other, they add up.").arg(list);
    if (m_othersOverlap)
        return tr("The total is set by %1; the other waits overlap it.").arg(list);
    return tr("The total is set by %1.").arg(list);
}

} // namespace ck
