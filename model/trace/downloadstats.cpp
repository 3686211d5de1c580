#include "downloadstats.h"

#include <algorithm>

namespace ck {

using std::chrono::nanoseconds;

double DownloadStats::progress() const
{
    if (expected < 0)
        return -1;
    if (expected == 0)
        return state == SpanState::Running ? 0.0 : 1.0;
    return std::clamp(double(received) / double(expected), 0.0, 1.0);
}

std::vector<DownloadStats> DownloadStats::of(const Recorder &recorder, nanoseconds now)
{
    std::vector<DownloadStats> downloads;
    scan(recorder, 0, downloads);
    for (DownloadStats &download : downloads)
        download.refresh(recorder, now);
    return downloads;
}

DownloadStats DownloadStats::forSpan(const Recorder &recorder, int spanIndex, nanoseconds now)
{
    const std::vector<Span> &spans = recorder.spans();
    DownloadStats stats;
    if (spanIndex < 0 || std::size_t(spanIndex) >= spans.size() ||
        spans[std::size_t(spanIndex)].kind != SpanKind::Download)
        return stats;
    stats.span = spanIndex;
    stats.lane = spans[std::size_t(spanIndex)].lane;
    stats.depth = spans[std::size_t(spanIndex)].depth;
    stats.start = spans[std::size_t(spanIndex)].start;
    for (std::size_t i = std::size_t(spanIndex) + 1; i < spans.size(); ++i) {
        const Span &span = spans[i];
        if (span.kind == SpanKind::Download && span.lane == stats.lane && span.depth == stats.depth)
            break; // the lane's next download at this level: the chunks from here are its
        if (stats.owns(span))
            stats.addChunk(span);
    }
    stats.refresh(recorder, now);
    return stats;
}

std::size_t DownloadStats::scan(const Recorder &recorder, std::size_t from,
                                std::vector<DownloadStats> &downloads)
{
    const std::vector<Span> &spans = recorder.spans();
    for (std::size_t i = from; i < spans.size(); ++i) {
        const Span &span = spans[i];
        if (span.kind == SpanKind::Download) {
            DownloadStats stats;
            stats.span = int(i);
            stats.lane = span.lane;
            stats.depth = span.depth;
            stats.start = span.start;
            stats.expected = span.bytes();
            downloads.push_back(std::move(stats));
        } else if (span.kind == SpanKind::Chunk) {
            // A lane runs one download per level at a time: the chunk is its latest one's.
            const auto owner =
                std::find_if(downloads.rbegin(), downloads.rend(),
                             [&span](const DownloadStats &d) { return d.owns(span); });
            if (owner != downloads.rend())
                owner->addChunk(span);
        }
    }
    return spans.size();
}

void DownloadStats::refresh(const Recorder &recorder, nanoseconds now)
{
    if (span < 0 || std::size_t(span) >= recorder.spans().size())
        return;
    const Span &download = recorder.spans()[std::size_t(span)];
    start = download.start;
    end = download.end;
    expected = download.bytes();
    state = download.state;
    reason = recorder.reasonOf(span);
    nanoseconds until = end;
    if (until < start)
        until = now >= start ? now : lastArrival;
    const double seconds = std::chrono::duration<double>(until - start).count();
    bytesPerSecond = seconds > 0 ? double(received) / seconds : 0.0;
}

void DownloadStats::addChunk(const Span &chunk)
{
    received += chunk.bytes();
    ++chunks;
    if (firstByte < nanoseconds::zero())
        firstByte = chunk.end - start;
    lastArrival = std::max(lastArrival, chunk.end);
}

bool DownloadStats::owns(const Span &chunk) const
{
    return chunk.kind == SpanKind::Chunk && chunk.lane == lane && chunk.depth == depth + 1;
}

} // namespace ck
