#include "lagmeterpainter.h"

#include "charttextpainter.h"
#include "timelinetext.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace ck {

namespace {

double seconds(std::chrono::nanoseconds time)
{
    return std::chrono::duration<double>(time).count();
}

} // namespace

LagMeterPainter::LagMeterPainter(const TimelineLayout &layout, const TimeScale &scale,
                                 const TimelineStyle &style)
    : m_layout(layout), m_scale(scale), m_style(style)
{}

std::chrono::nanoseconds LagMeterPainter::scaleOf(const Recorder &recorder)
{
    std::chrono::nanoseconds worst = std::chrono::milliseconds(kMinScaleMs);
    for (const LagSample &sample : recorder.lagSamples())
        worst = std::max(worst, sample.lag);
    return worst;
}

void LagMeterPainter::paint(QPainter &painter, const QRectF &row, const Recorder &recorder) const
{
    std::chrono::nanoseconds worst{0};
    for (const LagSample &sample : recorder.lagSamples())
        worst = std::max(worst, sample.lag);
    paintLabels(painter, row, worst);
    const qreal inset = std::round(row.height() * 0.12);
    const QRectF plot(m_layout.plotLeft(), row.top() + inset, m_layout.plotWidth(),
                      row.height() - 2 * inset);
    painter.save();
    painter.setPen(QPen(m_style.grid, 1));
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));
    paintCurve(painter, plot, recorder, scaleOf(recorder));
    painter.restore();
}

void LagMeterPainter::paintLabels(QPainter &painter, const QRectF &row,
                                  std::chrono::nanoseconds worst) const
{
    painter.save();
    const qreal left = m_layout.nameLeft() + m_layout.textPadding();
    const qreal width = m_layout.nameRight() - left;
    const QRectF top(left, row.top(), width, row.height() / 2);
    const QRectF bottom(left, row.center().y(), width, row.height() / 2);
    painter.setFont(m_style.font);
    painter.setPen(m_style.text);
    const int flags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine;
    ChartTextPainter::draw(
        painter, top, flags,
        painter.fontMetrics().elidedText(TimelineText::lagMeter(), Qt::ElideRight, int(width)),
        m_style);
    painter.setFont(m_style.smallFont);
    painter.setPen(m_style.mutedText);
    ChartTextPainter::draw(painter, bottom, flags, TimelineText::worstLag(worst), m_style);
    painter.restore();
}

void LagMeterPainter::paintCurve(QPainter &painter, const QRectF &plot, const Recorder &recorder,
                                 std::chrono::nanoseconds scale) const
{
    // A late beat is a ramp: the loop was held from (time - lag) until the beat woke, and how
    // late it was grew all along.
    const double full = seconds(scale);
    const auto yOf = [&](double lagSeconds) {
        return plot.bottom() - plot.height() * std::clamp(lagSeconds / full, 0.0, 1.0);
    };
    const double firstVisible = m_scale.time(plot.left());
    const double lastVisible = m_scale.time(plot.right());
    const double pixel = 1.0 / std::max(m_scale.pixelsPerSecond(), 1e-9);
    QPainterPath path;
    path.moveTo(plot.left(), plot.bottom());
    for (const LagSample &sample : recorder.lagSamples()) {
        const double end = seconds(sample.time);
        const double start = end - seconds(sample.lag);
        if (end - start < pixel || end < firstVisible || start > lastVisible)
            continue; // too small to see, or off the plot
        const qreal x0 = std::max(m_scale.x(start), plot.left());
        const qreal x1 = std::min(m_scale.x(end), plot.right());
        path.lineTo(x0, plot.bottom());
        path.lineTo(x0, yOf(m_scale.time(x0) - start));
        path.lineTo(x1, yOf(m_scale.time(x1) - start));
        path.lineTo(x1, plot.bottom());
    }
    path.lineTo(plot.right(), plot.bottom());
    QColor fill = m_style.blocked;
    fill.setAlphaF(0.45);
    painter.setPen(QPen(m_style.blocked, 1.5));
    painter.setBrush(fill);
    painter.drawPath(path);
}

} // namespace ck
