#include "timelinebarpainter.h"

#include "barmerger.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ck {

namespace {

using std::chrono::nanoseconds;

constexpr qreal kMinEdgeWidth = 4.0; // narrower routines get no drawn edge

double seconds(nanoseconds time)
{
    return std::chrono::duration<double>(time).count();
}

bool isBar(SpanKind kind)
{
    return kind == SpanKind::Task || kind == SpanKind::Routine;
}

} // namespace

void TimelineBarPainter::paint(QPainter &painter, int run, const TimelineRun &timelineRun) const
{
    int maxDepth = 0;
    for (const Span &span : timelineRun.recorder->spans())
        if (isBar(span.kind))
            maxDepth = std::max(maxDepth, span.depth);
    using namespace std::placeholders;
    const auto spanPainter = [&](auto member) {
        return [&painter, this, member](const Span &span, const QRectF &row, qreal x0, qreal x1) {
            (this->*member)(painter, row, span, x0, x1);
        };
    };
    // Outer bars first, then what is nested in them, then waits and blocks over the bars.
    for (int depth = 0; depth <= maxDepth; ++depth)
        forEachVisible(run, timelineRun, Layer::Bars, depth, true,
                       spanPainter(&TimelineBarPainter::paintSpan));
    forEachVisible(run, timelineRun, Layer::Overlays, 0, true,
                   spanPainter(&TimelineBarPainter::paintSpan));
    forEachVisible(run, timelineRun, Layer::Edges, 0, true,
                   spanPainter(&TimelineBarPainter::paintEdges));
    forEachVisible(run, timelineRun, Layer::Chunks, 0, true,
                   spanPainter(&TimelineBarPainter::paintSpan));
    forEachVisible(run, timelineRun, Layer::Labels, 1, false,
                   spanPainter(&TimelineBarPainter::paintLabel));
}

bool TimelineBarPainter::inLayer(const Span &span, Layer layer, int depth)
{
    switch (layer) {
    case Layer::Bars:
        return isBar(span.kind) && span.depth == depth;
    case Layer::Overlays:
        return isSuspension(span.kind) || span.kind == SpanKind::Block;
    case Layer::Edges:
        return span.kind == SpanKind::Routine && span.depth > 0;
    case Layer::Chunks:
        return span.kind == SpanKind::Chunk;
    case Layer::Labels: // one level inside the lane's own bar: never two on top of each other
        return span.depth == depth && span.kind != SpanKind::Task && span.kind != SpanKind::Chunk;
    }
    return false;
}

void TimelineBarPainter::forEachVisible(int run, const TimelineRun &timelineRun, Layer layer,
                                        int depth, bool merged, const Visitor &visit) const
{
    const auto &spans = timelineRun.recorder->spans();
    const auto &rowOfLane = m_layout.runs()[std::size_t(run)].rowOfLane;
    const double visibleStart = m_scale.time(m_layout.plotLeft());
    const double visibleEnd = m_scale.time(m_layout.plotRight());
    std::vector<BarMerger> mergers(merged ? rowOfLane.size() : 0);
    const auto rowOf = [&](const Span &span) -> const QRectF & {
        return m_layout.rows()[std::size_t(rowOfLane[std::size_t(span.lane)])].rect;
    };
    const auto flush = [&](const std::optional<BarMerger::Bar> &bar) {
        if (bar)
            visit(spans[std::size_t(bar->item)], rowOf(spans[std::size_t(bar->item)]), bar->x0,
                  bar->x1);
    };
    for (int i = 0; i < int(spans.size()); ++i) {
        const Span &span = spans[std::size_t(i)];
        if (!inLayer(span, layer, depth) || span.lane < 0 || span.lane >= int(rowOfLane.size()) ||
            rowOfLane[std::size_t(span.lane)] < 0)
            continue;
        const double start = seconds(span.start);
        const double end = seconds(spanEnd(timelineRun, span));
        if (end < visibleStart || start > visibleEnd)
            continue; // off the plot
        const qreal x0 = std::max(m_scale.x(start), m_layout.plotLeft());
        const qreal x1 = std::min(m_scale.x(end), m_layout.plotRight());
        if (!merged)
            visit(span, rowOf(span), x0, x1);
        else
            flush(mergers[std::size_t(span.lane)].add(x0, x1, int(span.kind) * 8 + int(span.state),
                                                      i));
    }
    for (BarMerger &merger : mergers)
        flush(merger.take());
}

void TimelineBarPainter::paintSpan(QPainter &painter, const QRectF &row, const Span &span, qreal x0,
                                   qreal x1) const
{
    // Even a span shorter than a pixel shows: one pixel wide, inside the plot.
    x0 = std::max(x0, m_layout.plotLeft());
    x1 = std::max(std::min(x1, m_layout.plotRight()), std::min(x0 + 1.0, m_layout.plotRight()));
    x0 = std::min(x0, x1 - 1.0);
    const QRectF rect = m_layout.barRect(row, span.depth, x0, x1);
    switch (span.kind) {
    case SpanKind::Task:
    case SpanKind::Routine:
        painter.fillRect(rect, m_style.nestedColor(span.state, span.depth));
        break;
    case SpanKind::Wait:
    case SpanKind::Download:
        paintSuspended(painter, rect, m_style);
        break;
    case SpanKind::Block:
        painter.fillRect(rect, m_style.blocked);
        break;
    case SpanKind::Chunk:
        painter.setPen(QPen(m_style.chunk, 1));
        painter.drawLine(QPointF(rect.right(), rect.top()), QPointF(rect.right(), rect.bottom()));
        break;
    }
}

void TimelineBarPainter::paintEdges(QPainter &painter, const QRectF &row, const Span &span,
                                    qreal x0, qreal x1) const
{
    if (x1 - x0 < kMinEdgeWidth)
        return;
    const QRectF rect = m_layout.barRect(row, span.depth, x0, x1);
    painter.setPen(QPen(m_style.stateColor(span.state), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
}

void TimelineBarPainter::paintLabel(QPainter &painter, const QRectF &row, const Span &span,
                                    qreal x0, qreal x1) const
{
    const QFontMetricsF fm(m_style.smallFont);
    const qreal pad = std::round(fm.height() * 0.25);
    const qreal room = x1 - x0 - 4 * pad;
    if (span.name.isEmpty() || room < fm.horizontalAdvance(QStringLiteral("xxx…")))
        return;
    const QString text =
        fm.elidedText(span.name, Qt::ElideRight, std::min(room, fm.horizontalAdvance(span.name)));
    const QRectF bar = m_layout.barRect(row, span.depth, x0, x1);
    const qreal height = std::min(fm.height(), bar.height());
    // A plain chip behind the text keeps it readable over hatching and colour.
    const QRectF chip(x0 + pad, bar.center().y() - height / 2, fm.horizontalAdvance(text) + 2 * pad,
                      height);
    painter.setPen(Qt::NoPen);
    painter.setBrush(isSuspension(span.kind) ? m_style.suspendedFill : m_style.background);
    painter.drawRoundedRect(chip, 2, 2);
    painter.setBrush(Qt::NoBrush);
    painter.setFont(m_style.smallFont);
    painter.setPen(m_style.text);
    painter.drawText(chip, Qt::AlignCenter | Qt::TextSingleLine | Qt::TextDontClip, text);
}

void TimelineBarPainter::paintSuspended(QPainter &painter, const QRectF &rect,
                                        const TimelineStyle &style)
{
    painter.fillRect(rect, style.suspendedFill);
    const qreal spacing = std::max(4.0, std::round(rect.height() * 0.45));
    painter.setPen(QPen(style.suspendedLine, 1));
    painter.drawLines(hatchLines(rect, spacing));
}

QList<QLineF> TimelineBarPainter::hatchLines(const QRectF &rect, qreal spacing)
{
    QList<QLineF> lines;
    if (!(spacing > 0) || rect.isEmpty())
        return lines;
    // The line x + y = c crosses the rect when c lies between its top-left and bottom-right.
    const qreal first = std::ceil((rect.left() + rect.top()) / spacing) * spacing;
    for (qreal c = first; c < rect.right() + rect.bottom(); c += spacing) {
        const qreal xa = std::max(rect.left(), c - rect.bottom());
        const qreal xb = std::min(rect.right(), c - rect.top());
        if (xb > xa)
            lines.append(QLineF(xa, c - xa, xb, c - xb));
    }
    return lines;
}

nanoseconds TimelineBarPainter::spanEnd(const TimelineRun &run, const Span &span)
{
    if (span.end >= nanoseconds::zero())
        return span.end;
    if (run.now >= nanoseconds::zero())
        return std::max(run.now, span.start);
    return std::max(run.recorder->info().total, span.start);
}

} // namespace ck
