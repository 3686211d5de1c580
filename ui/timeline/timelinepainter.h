#pragma once

#include "flowpainter.h"
#include "timelinehit.h"
#include "timelinelayout.h"
#include "timelinerun.h"
#include "timelinestyle.h"
#include "timescale.h"

#include <QRectF>
#include <QString>
#include <chrono>
#include <memory>
#include <optional>
#include <vector>

class QPainter;

namespace ck {

// Paints runs as one Gantt chart on any QPainter (widget, QImage, QSvgGenerator, QPdfWriter):
// title, comparison line, per run a header with its total and ideal "ghost" bar, one row per
// lane with nested routine bars, suspended and blocked segments, the "now" line, the axis with
// 1-2-5 ticks and the legend. All runs share one time axis. Spans off the plot and rows off the
// exposed band are skipped and, zoomed out, each lane gets at most one bar per pixel column; no
// part of a frame scans the whole run (the recorder keeps each lane's spans and its extremes).
// Nothing relies on clipping (SVG export drops it): text is elided and bars are cut at the
// plot's edges by hand.
class TimelinePainter
{
public:
    explicit TimelinePainter(std::vector<TimelineRun> runs,
                             TimelineStyle style = TimelineStyle::light());

    void setTitle(const QString &title); // call before setGeometry
    // Above 1, each lane row stands for that many lanes, drawn as a density row (see
    // TimelineBarPainter): an export's way to fit a million lanes. Call before setGeometry.
    void setLanesPerRow(int lanes) { m_lanesPerRow = lanes; }
    // Who woke whom and the critical path over the bars, one RunFlows per run, as `shown` says
    // (and their legend entries). Call before setGeometry.
    void setFlows(std::shared_ptr<const std::vector<RunFlows>> flows, FlowPainter::Shown shown);
    // Lays the chart out across the width of `bounds` (the height follows from the content,
    // see layout().height()) and fits the time axis to the runs.
    void setGeometry(const QRectF &bounds);
    // Shows another part of the time axis (its left edge is moved to the plot's).
    void setScale(const TimeScale &scale);

    const std::vector<TimelineRun> &runs() const { return m_runs; }
    const TimelineStyle &style() const { return m_style; }
    const TimelineLayout &layout() const { return m_layout; }
    const TimeScale &scale() const { return m_scale; }
    TimeScale fittedScale() const;
    // Seconds the chart must show: the longest total, ideal, "now" or span end of any run.
    double duration() const;
    // "Sequential 5.00 s · Gather 3.00 s · 1.67× faster" when there are exactly two finished
    // runs, else empty.
    QString comparisonText() const;

    void paint(QPainter &painter) const;
    // Only what crosses `exposed` (in the chart's coordinates) needs to be right: the lane rows
    // outside it are not visited, which keeps a frame of a million-lane run as cheap as one of
    // the rows on screen.
    void paint(QPainter &painter, const QRectF &exposed) const;
    // The time axis once more, over the background with its bottom at `bottom` (in the chart's
    // coordinates), when the axis itself lies below that: a view scrolled up a tall chart keeps
    // its time axis in sight.
    void paintPinnedAxis(QPainter &painter, qreal bottom) const;

    // The topmost span under a point (nested over outer, waits over bars), for hovering.
    std::optional<TimelineHit> spanAt(const QPointF &point) const;
    QString describe(const TimelineHit &hit) const;
    // Where a span ends, or where an open one has got to (the run's "now" or total).
    std::chrono::nanoseconds spanEnd(int run, const Span &span) const;

private:
    std::vector<TimelineText::Item> legendItems() const;
    void paintTitle(QPainter &painter) const;
    void paintRunHeaders(QPainter &painter) const;
    // The ghost bar of the run's ideal total, labelled ("at least" where it is a lower bound).
    void paintGhost(QPainter &painter, const QRectF &header, const TimelineRun &run) const;
    void paintGrid(QPainter &painter) const;
    void paintAxis(QPainter &painter) const;
    void paintLaneNames(QPainter &painter, const QRectF &exposed) const;
    // A lane's name, or "first … last (N lanes)" for a density row.
    QString rowName(const TimelineLayout::LaneRow &row) const;
    void paintNowLines(QPainter &painter) const;
    void paintLegend(QPainter &painter) const;
    void paintSwatch(QPainter &painter, TimelineText::Item item, const QRectF &rect) const;
    // A swatch's 1-pixel frame in `color`, inside `rect`.
    static void outline(QPainter &painter, const QRectF &rect, const QColor &color);
    double tickStep() const;

    std::vector<TimelineRun> m_runs;
    TimelineStyle m_style;
    QString m_title;
    int m_lanesPerRow = 1;
    std::shared_ptr<const std::vector<RunFlows>> m_flows;
    FlowPainter::Shown m_shownFlows;
    TimelineLayout m_layout;
    TimeScale m_scale;
};

} // namespace ck
