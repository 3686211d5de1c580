#pragma once

#include "timelinelayout.h"
#include "timelinerun.h"
#include "timelinestyle.h"
#include "timescale.h"

#include <QLineF>
#include <QList>
#include <chrono>
#include <functional>

class QPainter;

namespace ck {

// Paints the spans of one run into its lane rows: outer bars, then nested routine bars, then
// suspended (wait) and blocked segments over them, the edges of nested routines (so that two
// routines in a row stay two), chunk ticks, and last the names of the spans one level inside
// each lane where they fit ("asyncio.sleep(3)", "fetch_chunk_1"). Spans off the plot are
// skipped, each lane gets at most one bar per pixel column (BarMerger), and everything is cut
// at the plot's edges by hand because SVG export drops clipping.
class TimelineBarPainter
{
public:
    TimelineBarPainter(const TimelineLayout &layout, const TimeScale &scale,
                       const TimelineStyle &style)
        : m_layout(layout), m_scale(scale), m_style(style)
    {}

    void paint(QPainter &painter, int run, const TimelineRun &timelineRun) const;

    // Pale fill crossed by "/" lines: the look of a coroutine suspended at an await.
    static void paintSuspended(QPainter &painter, const QRectF &rect, const TimelineStyle &style);
    // "/" lines `spacing` apart across a rect, cut at its edges, on one grid for the whole
    // picture so that neighbouring segments line up.
    static QList<QLineF> hatchLines(const QRectF &rect, qreal spacing);
    // Where a span ends, or where an open one has got to (the run's "now", else its total).
    static std::chrono::nanoseconds spanEnd(const TimelineRun &run, const Span &span);

private:
    enum class Layer { Bars, Overlays, Edges, Chunks, Labels };
    using Visitor = std::function<void(const Span &span, const QRectF &row, qreal x0, qreal x1)>;

    static bool inLayer(const Span &span, Layer layer, int depth);
    // Calls `visit` for the spans of a layer that show on the plot, x cut to the plot.
    void forEachVisible(int run, const TimelineRun &timelineRun, Layer layer, int depth,
                        bool merged, const Visitor &visit) const;
    void paintSpan(QPainter &painter, const QRectF &row, const Span &span, qreal x0,
                   qreal x1) const;
    void paintEdges(QPainter &painter, const QRectF &row, const Span &span, qreal x0,
                    qreal x1) const;
    void paintLabel(QPainter &painter, const QRectF &row, const Span &span, qreal x0,
                    qreal x1) const;

    const TimelineLayout &m_layout;
    const TimeScale &m_scale;
    const TimelineStyle &m_style;
};

} // namespace ck
