#pragma once

#include "timelinerun.h"

#include <QPointF>
#include <QWidget>

#ifndef Q_MOC_RUN // moc of Qt 6.4 cannot parse the C++20 library headers
#include "timescale.h"

#include <vector>
#endif

namespace ck {

class TimelinePainter;

// The live Gantt timeline: one lane per task, nested routine bars, a moving "now" line, an
// axis in seconds. Ctrl+wheel zooms around the cursor, drag or wheel pans, F (or Home) fits,
// + and - zoom, the arrow keys pan; hovering a bar shows its task, start, end, duration and
// state. Paints through TimelinePainter, the same painter every chart export uses, in light or
// dark colours after the widget's palette.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    void setTitle(const QString &title);
    // Replaces what is shown (the controller calls it at most 60 times a second while live).
    // While the user has not zoomed or panned, the view keeps everything fitted.
    void setRuns(std::vector<TimelineRun> runs);
    const std::vector<TimelineRun> &runs() const { return m_runs; }
    // True until the user zooms or pans; fitToRuns() makes it true again.
    bool isFitted() const { return m_fitted; }
    // The time axis shown (the fitted one while isFitted()).
    TimeScale timeScale() const;
    // The description of the span at a point of the widget, empty when there is none.
    QString spanDescriptionAt(const QPointF &pos) const;

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
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    TimelinePainter makePainter(int width) const;
    int chartHeight(int width) const;
    void zoomAround(qreal x, qreal factor);
    void panBy(qreal dx);
    void setScale(const TimeScale &scale);
    void setHovered(const QString &description, const QPoint &globalPos);

    QString m_title;
    std::vector<TimelineRun> m_runs;
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
