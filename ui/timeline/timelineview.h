#pragma once

#include "flowpainter.h"
#include "timelinerun.h"

#include <QAbstractScrollArea>
#include <QPointF>

#include "timescale.h"

#include <vector>

namespace ck {

class TimelinePainter;

// The live Gantt timeline: one lane per task, nested routine bars, a moving "now" line, an
// axis in seconds. Ctrl+wheel zooms around the cursor, drag or a sideways wheel (Shift+wheel)
// pans, F (or Home) fits, + and - zoom, the left and right arrows pan; hovering a bar shows its
// task, start, end, duration and state. A chart taller than the view scrolls: the wheel, the
// up and down arrows, Page Up and Page Down move through the lanes (a chart that fits pans with
// the wheel instead). Only the rows in sight are painted, so a crowd of a million lanes scrolls
// as smoothly as the kitchen. Paints through TimelinePainter, the same painter every chart
// export uses, in light or dark colours after the widget's palette. A screen reader hears its
// summary in words (TimelineAccessible).
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    void setTitle(const QString &title);
    const QString &title() const { return m_title; }
    // Replaces what is shown (the controller calls it at most 60 times a second while live).
    // While the user has not zoomed or panned, the view keeps everything fitted.
    void setRuns(std::vector<TimelineRun> runs);
    const std::vector<TimelineRun> &runs() const { return m_runs; }
    // Draws who woke whom and the critical path over the bars (View > Flows, View > Critical
    // Path), worked out again whenever the runs change while either is shown.
    void setFlowsShown(FlowPainter::Shown shown);
    FlowPainter::Shown flowsShown() const { return m_shownFlows; }
    // True until the user zooms or pans; fitToRuns() makes it true again.
    bool isFitted() const { return m_fitted; }
    // The time axis shown (the fitted one while isFitted()).
    TimeScale timeScale() const;
    // The description of the span at a point of the viewport, empty when there is none.
    QString spanDescriptionAt(const QPointF &pos) const;
    // How far down the chart the view is scrolled, in pixels (0 at the top).
    int scrolledDown() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void fitToRuns();
    void zoomIn();
    void zoomOut();

Q_SIGNALS:
    // A one-line description of the hovered span ("brewCoffee · 0.00–3.00 s · 3.00 s · done"),
    // empty when the pointer leaves the bars.
    void hoveredSpanChanged(const QString &description);
    // The user clicked the chart (without dragging) at this scenario time.
    void timeClicked(double seconds);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    TimelinePainter makePainter() const; // as wide as the viewport
    TimelinePainter makePainter(int width) const;
    int chartWidth() const;
    int chartHeight(int width) const;
    // The scroll bar's range after the chart's height or the view's size changed.
    void updateScrollRange();
    void updateScrollRange(const TimelinePainter &chart);
    QPointF inChart(const QPointF &viewportPos) const;
    void zoomAround(qreal x, qreal factor);
    void panBy(qreal dx);
    void setScale(const TimeScale &scale);
    void setHovered(const QString &description, const QPoint &globalPos);
    void findFlows();

    QString m_title;
    std::vector<TimelineRun> m_runs;
    FlowPainter::Shown m_shownFlows;
    std::shared_ptr<const std::vector<RunFlows>> m_flows; // one per run, null while not shown
    TimeScale m_scale;
    bool m_fitted = true;
    bool m_dragging = false;
    QPointF m_dragFrom;
    QPointF m_pressedAt;
    static constexpr qreal kClickSlop = 4; // pixels a click may move and stay a click
    QString m_hovered;
    int m_rowCount = -1; // lanes and runs shown, to know when the size hint changes
};

} // namespace ck
