#include "flowpainter.h"

#include "trace/loopevent.h"
#include "trace/recorder.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace ck {

namespace {

constexpr qreal kThin = 1.25;   // an arrow of who woke whom
constexpr qreal kThick = 2.5;   // an arrow of the critical path, and its waits' frames
constexpr int kThinAlpha = 210; // thin arrows let the bars show through a little

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

void FlowPainter::paint(QPainter &painter, int run, const Recorder &recorder, const RunFlows &flows,
                        Shown shown) const
{
    if (m_layout.lanesPerRow() > 1)
        return; // a density row has no single lane to point at
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (shown.criticalPath)
        paintPathSpans(painter, run, recorder, flows.path);
    for (int index = 0; index < int(flows.flows.size()); ++index) {
        const bool onPath = shown.criticalPath && flows.path.followsFlow(index);
        if (shown.flows || onPath)
            paintFlow(painter, run, flows.flows[std::size_t(index)], onPath);
    }
    painter.restore();
}

void FlowPainter::paintPathSpans(QPainter &painter, int run, const Recorder &recorder,
                                 const CriticalPath &path) const
{
    painter.setBrush(Qt::NoBrush);
    for (const int index : path.spans()) {
        const Span &span = recorder.spans()[std::size_t(index)];
        const QRectF row = m_layout.laneRect(run, span.lane);
        const qreal x0 = std::max(m_scale.x(span.start), m_layout.plotLeft());
        const qreal x1 = std::min(m_scale.x(span.end), m_layout.plotRight());
        if (row.isEmpty() || x1 <= x0)
            continue;
        // Just outside the bar, so that its fill and label stay as they are.
        const qreal out = kThick / 2 + 0.5;
        const QRectF bar = m_layout.barRect(row, span.depth, x0, x1).adjusted(-out, -out, out, out);
        painter.setPen(QPen(m_style.text, kThick, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        painter.drawRect(bar);
    }
}

void FlowPainter::paintFlow(QPainter &painter, int run, const Flow &flow, bool onPath) const
{
    const auto to = pointOf(run, flow.toLane, flow.to);
    if (!to)
        return;
    const qreal rowHeight = m_layout.rowHeight();
    const bool objectWake = !onPath && Flow::isObjectWake(flow.kind);
    const QColor color = onPath       ? m_style.text
                         : objectWake ? withAlpha(m_style.objectWaitLine, kThinAlpha)
                                      : withAlpha(m_style.mutedText, kThinAlpha);
    const qreal width = onPath ? kThick : kThin;
    const qreal head = std::max(4.0, rowHeight * (onPath ? 0.3 : 0.22));
    if (flow.kind == Flow::Kind::Timer) { // the loop's hook into the sleeper, from above
        const QRectF row = m_layout.laneRect(run, flow.toLane);
        const QPointF from(to->x() - rowHeight * 0.45, row.top() + 1);
        paintArrow(painter, from, *to, color, width, head);
        return;
    }
    const auto from = pointOf(run, flow.fromLane, flow.from);
    if (from)
        paintArrow(painter, *from, *to, color, width, head,
                   objectWake ? Qt::DashLine : Qt::SolidLine);
}

std::optional<QPointF> FlowPainter::pointOf(int run, int lane, std::chrono::nanoseconds time) const
{
    const qreal x = m_scale.x(time);
    if (x < m_layout.plotLeft() - 0.5 || x > m_layout.plotRight() + 0.5)
        return std::nullopt;
    const QRectF row =
        lane == kMainLane ? m_layout.runs()[std::size_t(run)].header : m_layout.laneRect(run, lane);
    if (row.isEmpty())
        return std::nullopt;
    return QPointF(x, row.center().y());
}

void FlowPainter::paintArrow(QPainter &painter, const QPointF &from, const QPointF &to,
                             const QColor &color, qreal width, qreal head, Qt::PenStyle line)
{
    // An S-curve that leaves rightwards and comes in from the left, as Perfetto's do; between
    // two rows at (nearly) one time, one that leaves rightwards and comes in from above or
    // below, so that it never reaches left of both ends (off the plot at its left edge).
    const qreal across = to.x() - from.x();
    const qreal bend = head * 2.5;
    const bool upright = across < bend * 2;
    const QPointF c1(from.x() + (upright ? bend : across * 0.5), from.y());
    const QPointF c2 = upright ? QPointF(to.x(), to.y() - std::copysign(bend, to.y() - from.y()))
                               : QPointF(to.x() - across * 0.5, to.y());
    QPainterPath curve(from);
    curve.cubicTo(c1, c2, to);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(color, width, line, Qt::RoundCap));
    painter.drawPath(curve);
    // The head points along the curve's last direction (from c2 to `to`).
    const qreal angle = std::atan2(to.y() - c2.y(), to.x() - c2.x());
    const QPointF back(to.x() - head * std::cos(angle), to.y() - head * std::sin(angle));
    const QPointF side(head * 0.45 * std::sin(angle), -head * 0.45 * std::cos(angle));
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPolygon(QPolygonF{to, back + side, back - side});
    painter.setBrush(Qt::NoBrush);
}

void FlowPainter::paintFlowSwatch(QPainter &painter, const QRectF &rect, const TimelineStyle &style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    paintArrow(painter, QPointF(rect.left() + 1, rect.top() + 1),
               QPointF(rect.right() - 1, rect.bottom() - 1), withAlpha(style.mutedText, kThinAlpha),
               kThin, std::max(4.0, rect.height() * 0.45));
    painter.restore();
}

void FlowPainter::paintObjectWakeSwatch(QPainter &painter, const QRectF &rect,
                                        const TimelineStyle &style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    paintArrow(painter, QPointF(rect.left() + 1, rect.top() + 1),
               QPointF(rect.right() - 1, rect.bottom() - 1),
               withAlpha(style.objectWaitLine, kThinAlpha), kThin,
               std::max(4.0, rect.height() * 0.45), Qt::DashLine);
    painter.restore();
}

void FlowPainter::paintPathSwatch(QPainter &painter, const QRectF &rect, const TimelineStyle &style)
{
    painter.save();
    painter.fillRect(rect.adjusted(2, 2, -2, -2), style.suspendedFill);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(style.text, kThick / 1.25, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5));
    painter.restore();
}

} // namespace ck
