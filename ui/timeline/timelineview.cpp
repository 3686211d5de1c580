#include "timelineview.h"

#include "timelineaccessible.h"
#include "timelinepainter.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace ck {

namespace {

constexpr qreal kZoomStep = 1.25;        // zoomIn(), zoomOut(), + and -
constexpr qreal kWheelZoomBase = 1.0015; // per 1/8 degree: one notch (120) zooms ~1.2x
constexpr qreal kWheelPanPixels = 0.5;   // per 1/8 degree: one notch pans 60 px
constexpr int kDefaultWidth = 900;
// Taller charts scroll: the view asks for at most this much height, and needs at most
// kMinimumHeight of it, enough for the title, a run header and a few lanes.
constexpr int kPreferredHeight = 900;
constexpr int kMinimumHeight = 320;

} // namespace

TimelineView::TimelineView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // time pans and zooms instead
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::WheelFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    TimelineAccessible::install();
}

TimelineView::~TimelineView() = default;

void TimelineView::setTitle(const QString &title)
{
    m_title = title;
    updateGeometry();
    updateScrollRange();
    viewport()->update();
}

void TimelineView::setFlowsShown(FlowPainter::Shown shown)
{
    m_shownFlows = shown;
    findFlows();
    updateGeometry(); // the legend gains or loses their entries
    updateScrollRange();
    viewport()->update();
}

void TimelineView::findFlows()
{
    if (!m_shownFlows.flows && !m_shownFlows.criticalPath) {
        m_flows.reset();
        return;
    }
    m_flows = RunFlows::of(m_runs);
}

void TimelineView::setRuns(std::vector<TimelineRun> runs)
{
    m_runs = std::move(runs);
    findFlows();
    int rows = int(m_runs.size());
    for (const TimelineRun &run : m_runs)
        rows += run.recorder ? int(run.recorder->lanes().size()) : 0;
    if (rows != m_rowCount) {
        m_rowCount = rows;
        updateGeometry();
        updateScrollRange();
    }
    viewport()->update();
    if (QAccessible::isActive()) {
        QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&changed);
    }
}

TimeScale TimelineView::timeScale() const
{
    return makePainter().scale();
}

QString TimelineView::spanDescriptionAt(const QPointF &pos) const
{
    const TimelinePainter painter = makePainter();
    const auto hit = painter.spanAt(inChart(pos));
    return hit ? painter.describe(*hit) : QString();
}

int TimelineView::scrolledDown() const
{
    return verticalScrollBar()->value();
}

QSize TimelineView::sizeHint() const
{
    return QSize(kDefaultWidth, std::min(chartHeight(kDefaultWidth), kPreferredHeight));
}

QSize TimelineView::minimumSizeHint() const
{
    // A short chart shows every lane; a taller one scrolls. Before the first layout the width
    // is not known yet.
    const int width = chartWidth() > 0 ? chartWidth() : kDefaultWidth;
    return QSize(fontMetrics().averageCharWidth() * 40,
                 std::min(chartHeight(width), kMinimumHeight));
}

void TimelineView::fitToRuns()
{
    m_fitted = true;
    viewport()->update();
}

void TimelineView::zoomIn()
{
    const TimelinePainter painter = makePainter();
    zoomAround((painter.layout().plotLeft() + painter.layout().plotRight()) / 2, kZoomStep);
}

void TimelineView::zoomOut()
{
    const TimelinePainter painter = makePainter();
    zoomAround((painter.layout().plotLeft() + painter.layout().plotRight()) / 2, 1 / kZoomStep);
}

TimelinePainter TimelineView::makePainter() const
{
    return makePainter(chartWidth());
}

// The viewport's width, known before the view is first shown and laid out too.
int TimelineView::chartWidth() const
{
    const QScrollBar *bar = verticalScrollBar();
    return contentsRect().width() - (bar->isVisibleTo(this) ? bar->sizeHint().width() : 0);
}

TimelinePainter TimelineView::makePainter(int width) const
{
    TimelinePainter painter(m_runs, TimelineStyle::forPalette(palette(), font(), logicalDpiY()));
    painter.setTitle(m_title);
    painter.setFlows(m_flows, m_shownFlows);
    painter.setGeometry(QRectF(0, 0, width, 0));
    if (!m_fitted)
        painter.setScale(m_scale);
    return painter;
}

int TimelineView::chartHeight(int width) const
{
    return int(std::ceil(makePainter(width).layout().height()));
}

void TimelineView::updateScrollRange()
{
    updateScrollRange(makePainter());
}

void TimelineView::updateScrollRange(const TimelinePainter &chart)
{
    const int viewHeight = viewport()->height();
    QScrollBar *bar = verticalScrollBar();
    const int range = std::max(int(std::ceil(chart.layout().height())) - viewHeight, 0);
    if (bar->maximum() != range)
        bar->setRange(0, range);
    bar->setPageStep(viewHeight);
    bar->setSingleStep(std::max(1, int(std::lround(chart.layout().rowHeight()))));
}

QPointF TimelineView::inChart(const QPointF &viewportPos) const
{
    return viewportPos + QPointF(0, scrolledDown());
}

void TimelineView::zoomAround(qreal x, qreal factor)
{
    setScale(makePainter().scale().zoomedAround(x, factor));
}

void TimelineView::panBy(qreal dx)
{
    setScale(makePainter().scale().panned(dx));
}

void TimelineView::setScale(const TimeScale &scale)
{
    m_scale = scale;
    m_fitted = false;
    viewport()->update();
}

void TimelineView::setHovered(const QString &description, const QPoint &globalPos)
{
    if (description == m_hovered)
        return;
    m_hovered = description;
    if (description.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPos, description, viewport());
    Q_EMIT hoveredSpanChanged(description);
}

void TimelineView::paintEvent(QPaintEvent *event)
{
    const TimelinePainter chart = makePainter();
    QPainter painter(viewport());
    painter.fillRect(event->rect(), chart.style().background);
    const int top = scrolledDown();
    painter.translate(0, -top);
    chart.paint(painter, QRectF(event->rect()).translated(0, top));
    chart.paintPinnedAxis(painter, top + viewport()->height());
    // The comparison line and the lag rows change the height without a lane more or less.
    updateScrollRange(chart);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        if (delta.y() != 0)
            zoomAround(event->position().x(), std::pow(kWheelZoomBase, delta.y()));
    } else if (delta.x() == 0 && !(event->modifiers() & Qt::ShiftModifier) &&
               verticalScrollBar()->maximum() > 0) {
        return QAbstractScrollArea::wheelEvent(event); // through the lanes
    } else {
        const QPoint pixels = event->pixelDelta();
        const int along = delta.x() != 0 ? delta.x() : delta.y();
        const int pixelsAlong = pixels.x() != 0 ? pixels.x() : pixels.y();
        panBy(pixelsAlong != 0 ? pixelsAlong : along * kWheelPanPixels);
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    m_dragging = true;
    m_dragFrom = event->position();
    m_pressedAt = event->position();
    viewport()->setCursor(Qt::ClosedHandCursor);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        panBy(event->position().x() - m_dragFrom.x());
        m_dragFrom = event->position();
        return;
    }
    setHovered(spanDescriptionAt(event->position()), event->globalPosition().toPoint());
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    m_dragging = false;
    viewport()->unsetCursor();
    // A click, not a drag: the moment under the pointer, for scrubbing a recorded run.
    const QPointF moved = event->position() - m_pressedAt;
    if (std::abs(moved.x()) + std::abs(moved.y()) < kClickSlop && !m_runs.empty()) {
        const double time = timeScale().time(event->position().x());
        if (time >= 0)
            Q_EMIT timeClicked(time);
    }
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const qreal step = chartWidth() / 10.0;
    switch (event->key()) {
    case Qt::Key_F:
    case Qt::Key_Home:
        fitToRuns();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        panBy(step);
        break;
    case Qt::Key_Right:
        panBy(-step);
        break;
    default:
        return QAbstractScrollArea::keyPressEvent(event); // up, down, page up and down scroll
    }
    event->accept();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollRange();
}

void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Leave)
        setHovered(QString(), QPoint());
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::changeEvent(QEvent *event)
{
    // Fonts and palettes change the layout; languages change the texts.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::LanguageChange) {
        updateGeometry();
        updateScrollRange();
        viewport()->update();
    }
    QAbstractScrollArea::changeEvent(event);
}

} // namespace ck
