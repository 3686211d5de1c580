#include "timelineview.h"

#include <QPainter>

namespace ck {

// Placeholder body until TimelinePainter lands; the interface in the header is the contract.
TimelineView::TimelineView(QWidget *parent) : QWidget(parent) {}

TimelineView::~TimelineView() = default;

void TimelineView::setTitle(const QString &title)
{
    m_title = title;
    update();
}

void TimelineView::setRuns(std::vector<TimelineRun> runs)
{
    m_runs = std::move(runs);
    update();
}

void TimelineView::fitToRuns()
{
    update();
}

void TimelineView::zoomIn() {}

void TimelineView::zoomOut() {}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
}

} // namespace ck
