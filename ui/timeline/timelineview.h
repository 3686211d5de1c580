#pragma once

#include "timelinerun.h"

#include <QWidget>

#ifndef Q_MOC_RUN // moc of Qt 6.4 cannot parse the C++20 library headers
#include <vector>
#endif

namespace ck {

// The live Gantt timeline: one lane per task, nested routine bars, a moving "now" line, an
// axis in seconds. Ctrl+wheel zooms around the cursor, drag or wheel pans, F fits; hovering a
// bar shows its task, start, end, duration and state. Paints through TimelinePainter, the same
// painter every chart export uses.
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

public Q_SLOTS:
    void fitToRuns();
    void zoomIn();
    void zoomOut();

Q_SIGNALS:
    // A one-line description of the hovered span ("brewCoffee · 0.00–3.00 s · 3.00 s · done"),
    // empty when the pointer leaves the bars.
    void hoveredSpanChanged(const QString &description);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    std::vector<TimelineRun> m_runs;
};

} // namespace ck
