#include "timelineview.h"

#include "timelinepainter.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace ck {

namespace {

constexpr qreal kZoomStep = 1.25;        // zoomIn(), zoomOut(), + and -
constexpr qreal kWheelZoomBase = 1.0015; // per 1/8 degree: one notch (120) zooms ~1.2x
constexpr qreal kWheelPanPixels = 0.5;   // per 1/8 degree: one notch pans 60 px
constexpr int kDefaultWidth = 900;

} // namespace

TimelineView::TimelineView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::WheelFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

TimelineView::~TimelineView() = default;

void TimelineView::setTitle(const QString &title)
{
    m_title = title;
    updateGeometry();
    update();
}

void TimelineView::setRuns(std::vector<TimelineRun> runs)
{
    m_runs = std::move(runs);
    int rows = int(m_runs.size());
    for (const TimelineRun &run : m_runs)
        rows += run.recorder ? int(run.recorder->lanes().size()) : 0;
    if (rows != m_rowCount) {
        m_rowCount = rows;
        updateGeometry();
    }
    update();
}

TimeScale TimelineView::timeScale() const
{
    return makePainter(width()).scale();
}

QString TimelineView::spanDescriptionAt(const QPointF &pos) const
{
    const TimelinePainter painter = makePainter(width());
    const auto hit = painter.spanAt(pos);
    return hit ? painter.describe(*hit) : QString();
}

QSize TimelineView::sizeHint() const
{
    return QSize(kDefaultWidth, chartHeight(kDefaultWidth));
}

QSize TimelineView::minimumSizeHint() const
{
    // Every lane stays visible; before the first layout the width is not known yet.
    return QSize(fontMetrics().averageCharWidth() * 40,
                 chartHeight(width() > 0 ? width() : kDefaultWidth));
}

void TimelineView::fitToRuns()
{
    m_fitted = true;
    update();
}

void TimelineView::zoomIn()
{
    const TimelinePainter painter = makePainter(width());
    zoomAround((painter.layout().plotLeft() + painter.layout().plotRight()) / 2, kZoomStep);
}

void TimelineView::zoomOut()
{
    const TimelinePainter painter = makePainter(width());
    zoomAround((painter.layout().plotLeft() + painter.layout().plotRight()) / 2, 1 / kZoomStep);
}

TimelinePainter TimelineView::makePainter(int width) const
{
    TimelinePainter painter(m_runs, TimelineStyle::forPalette(palette(), font(), logicalDpiY()));
    painter.setTitle(m_title);
    painter.setGeometry(QRectF(0, 0, width, 0));
    if (!m_fitted)
        painter.setScale(m_scale);
    return painter;
}

int TimelineView::chartHeight(int width) const
{
    return int(std::ceil(makePainter(width).layout().height()));
}

void TimelineView::zoomAround(qreal x, qreal factor)
{
    setScale(makePainter(width()).scale().zoomedAround(x, factor));
}

void TimelineView::panBy(qreal dx)
{
    setScale(makePainter(width()).scale().panned(dx));
}

void TimelineView::setScale(const TimeScale &scale)
{
    m_scale = scale;
    m_fitted = false;
    update();
}

void TimelineView::setHovered(const QString &description, const QPoint &globalPos)
{
    if (description == m_hovered)
        return;
    m_hovered = description;
    if (description.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPos, description, this);
    Q_EMIT hoveredSpanChanged(description);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    const TimelinePainter chart = makePainter(width());
    QPainter painter(this);
    painter.fillRect(rect(), chart.style().background);
    chart.paint(painter);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        if (delta.y() != 0)
            zoomAround(event->position().x(), std::pow(kWheelZoomBase, delta.y()));
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
        return QWidget::mousePressEvent(event);
    m_dragging = true;
    m_dragFrom = event->position();
    m_pressedAt = event->position();
    setCursor(Qt::ClosedHandCursor);
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
        return QWidget::mouseReleaseEvent(event);
    m_dragging = false;
    unsetCursor();
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
    const qreal step = width() / 10.0;
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
        return QWidget::keyPressEvent(event);
    }
    event->accept();
}

void TimelineView::leaveEvent(QEvent *event)
{
    setHovered(QString(), QPoint());
    QWidget::leaveEvent(event);
}

void TimelineView::changeEvent(QEvent *event)
{
    // Fonts and palettes change the layout; languages change the texts.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::LanguageChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace ck
