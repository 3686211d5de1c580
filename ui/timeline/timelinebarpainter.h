#pragma once

#include "barmerger.h"
#include "timelinelayout.h"
#include "timelinerun.h"
#include "timelinestyle.h"
#include "timescale.h"

#include <QLineF>
#include <QList>
#include <chrono>
#include <vector>

class QPainter;

namespace ck {

// Paints the spans of one run into its lane rows: outer bars, then nested routine bars, then
// suspended (wait) and blocked segments over them, the edges of nested routines (so that two
// routines in a row stay two), chunk ticks, the marks at the ends of timed-out and caught spans,
// and last the names of the spans one level inside
// each lane where they fit ("asyncio.sleep(3)", "fetch_chunk_1"). Only the rows in the exposed
// band are visited, each through its own lane's spans (Recorder::firstSpanOf), so a frame
// costs what it shows, not the size of the run; spans off the plot are skipped, each layer of
// a lane gets at most one bar per pixel column (BarMerger), and everything is cut at the
// plot's edges by hand because SVG export drops clipping.
class TimelineBarPainter
{
public:
    TimelineBarPainter(const TimelineLayout &layout, const TimeScale &scale,
                       const TimelineStyle &style)
        : m_layout(layout), m_scale(scale), m_style(style)
    {}

    // The run's rows that cross the band from `top` to `bottom`.
    void paint(QPainter &painter, int run, const TimelineRun &timelineRun, qreal top,
               qreal bottom) const;

    // Pale fill crossed by "/" lines: the look of a coroutine suspended at an await.
    static void paintSuspended(QPainter &painter, const QRectF &rect, const TimelineStyle &style);
    // Its own pale fill crossed by "/" and "\" lines: the look of a coroutine waiting on a
    // named object (a queue's get or put, a lock, an event, a semaphore, a condition).
    static void paintObjectWait(QPainter &painter, const QRectF &rect, const TimelineStyle &style);
    // The awaiting coroutine's side of asyncio.to_thread: the suspended fill crossed by "|" lines.
    static void paintThreadWait(QPainter &painter, const QRectF &rect, const TimelineStyle &style);
    // The worker's side: a pale running colour crossed by "|" lines (the worker is held, not the
    // event loop, so it is not drawn as blocked).
    static void paintWorkerCall(QPainter &painter, const QRectF &rect, const TimelineStyle &style);
    // How wide the end marks below are on a bar `barHeight` high; a nested bar's marks take
    // the width of its lane's outer bar, so that they read as well there.
    static qreal endMarkWidth(qreal barHeight);
    // The mark of a span that timed out: a band `width` wide in the text colour across its end,
    // where the deadline passed (dark on light, light on dark, whatever the hue).
    static void paintDeadline(QPainter &painter, const QRectF &rect, const TimelineStyle &style,
                              qreal width);
    // A cancelled span: struck through along its length in the text colour.
    static void paintCancelled(QPainter &painter, const QRectF &rect, const TimelineStyle &style,
                               qreal width);
    // The mark of a span whose exception was caught: a "]" hook `width` thick in the handled
    // colour across its end, where an except clause took the exception and the task went on.
    static void paintCaught(QPainter &painter, const QRectF &rect, const TimelineStyle &style,
                            qreal width);
    // Upright "|" lines `spacing` apart across a rect, on one grid for the whole picture.
    static QList<QLineF> uprightLines(const QRectF &rect, qreal spacing);
    // "/" lines `spacing` apart across a rect, cut at its edges, on one grid for the whole
    // picture so that neighbouring segments line up.
    static QList<QLineF> hatchLines(const QRectF &rect, qreal spacing);
    // The same lines mirrored: "\" lines, on one grid for the whole picture too.
    static QList<QLineF> backHatchLines(const QRectF &rect, qreal spacing);
    // Where a span ends, or where an open one has got to (the run's "now", else its total).
    static std::chrono::nanoseconds spanEnd(const TimelineRun &run, const Span &span);

private:
    // The lines the waits' and a worker's looks cross their fill with: "/", "/" and "\", or "|".
    enum class Hatch { Forward, Crossed, Upright };
    static void paintHatched(QPainter &painter, const QRectF &rect, const QColor &fill,
                             const QColor &line, Hatch hatch);
    // What one lane draws, layer by layer, in painting order: bars of depth 0 .. maxDepth,
    // then overlays (waits, blocks), edges of nested routines, chunk ticks, the end marks of
    // timed-out and caught spans, and labels.
    struct Item
    {
        int span;
        qreal x0;
        qreal x1;
    };
    using Layers = std::vector<std::vector<Item>>;

    // Fills `layers` (one list per layer, see above) with what `lane` shows on the plot, in one
    // walk through its spans; `mergers` (one per merged layer) are scratch.
    void collect(const TimelineRun &run, int lane, int maxDepth, Layers &layers,
                 std::vector<BarMerger> &mergers) const;
    // Where a span from x0 to x1 is drawn in `row`: at least a pixel wide, inside the plot.
    QRectF spanRect(const QRectF &row, const Span &span, qreal x0, qreal x1) const;
    void paintSpan(QPainter &painter, const QRectF &row, const Span &span, bool onWorker, qreal x0,
                   qreal x1) const;
    // A timed-out or caught span's mark across its end (paintDeadline, paintCaught).
    void paintEndMark(QPainter &painter, const QRectF &row, const Span &span, qreal x0,
                      qreal x1) const;
    void paintEdges(QPainter &painter, const QRectF &row, const Span &span, qreal x0,
                    qreal x1) const;
    void paintLabel(QPainter &painter, const QRectF &row, const Recorder &recorder,
                    const Span &span, qreal x0, qreal x1) const;

    const TimelineLayout &m_layout;
    const TimeScale &m_scale;
    const TimelineStyle &m_style;
};

} // namespace ck
