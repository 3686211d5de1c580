#pragma once

#include "recorder.h"

#include <chrono>
#include <cstddef>
#include <vector>

namespace ck {

// The figures of one download of a run, derived from its Download span and the Chunk spans
// that arrived in it (same lane, one level deeper, after it in the record): bytes received,
// time to first byte and throughput. The downloads panel, the hover and the summary read these.
struct DownloadStats
{
    int span = -1; // the Download span's index in Recorder::spans()
    int lane = 0;
    int depth = 0;
    qint64 received = 0;
    qint64 expected = -1; // -1 while unknown (a URL before its Content-Length)
    int chunks = 0;
    std::chrono::nanoseconds start{0};
    std::chrono::nanoseconds end{-1};         // -1 while the download is open
    std::chrono::nanoseconds firstByte{-1};   // since the download began; -1 before any byte
    std::chrono::nanoseconds lastArrival{-1}; // scenario time of the last chunk, -1 if none
    double bytesPerSecond = 0;                // received over the download so far
    SpanState state = SpanState::Running;
    QString reason; // why it failed

    // Received over expected in [0, 1], or -1 while the size is unknown.
    double progress() const;

    // Every download of the run, in the order they began. `now` is where a live run has got to
    // (the rate of an open download runs until then); -1: until its last chunk.
    static std::vector<DownloadStats>
    of(const Recorder &recorder, std::chrono::nanoseconds now = std::chrono::nanoseconds(-1));
    // The download of span `spanIndex` (a Download span), scanning only what follows it.
    static DownloadStats forSpan(const Recorder &recorder, int spanIndex,
                                 std::chrono::nanoseconds now = std::chrono::nanoseconds(-1));

    // Incremental form of of(): folds spans [from, end) into `downloads` (new Download spans
    // are appended, Chunk spans counted into theirs) and returns where it stopped. Call
    // refresh() on the open downloads afterwards: their span changes in place when it ends.
    static std::size_t scan(const Recorder &recorder, std::size_t from,
                            std::vector<DownloadStats> &downloads);
    // Re-reads the Download span (expected size, end, state, reason) and the rate.
    void refresh(const Recorder &recorder, std::chrono::nanoseconds now);

private:
    void addChunk(const Span &chunk);
    bool owns(const Span &chunk) const;
};

} // namespace ck
