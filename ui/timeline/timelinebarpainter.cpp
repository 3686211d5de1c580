#include "timelinebarpainter.h"

#include "barmerger.h"
#include "charttextpainter.h"
#include "densityrowpainter.h"
#include "timelinetext.h"
#include "trace/awaittext.h"

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

void TimelineBarPainter::paint(QPainter &painter, int run, const TimelineRun &timelineRun,
                               qreal top, qreal bottom) const
{
    const Recorder &recorder = *timelineRun.recorder;
    const TimelineLayout::RunBlock &block = m_layout.runs()[std::size_t(run)];
    auto [first, last] = m_layout.rowsBetween(top, bottom);
    first = std::max(first, block.firstRow);
    last = std::min(last, block.firstRow + block.rowCount);
    const int maxDepth = recorder.maxCoroutineDepth();
    const int bars = maxDepth + 1;
    Layers layers(std::size_t(bars) + 5);
    std::vector<BarMerger> mergers(std::size_t(bars) + 4);
    const DensityRowPainter density(m_layout, m_scale, m_style);
    for (int index = first; index < last; ++index) {
        const TimelineLayout::LaneRow row = m_layout.row(index);
        if (row.lane < 0 || row.lane >= int(recorder.lanes().size()))
            continue;
        if (row.laneCount > 1) {
            density.paint(painter, row, timelineRun, *block.rows);
            continue;
        }
        collect(timelineRun, row.lane, maxDepth, layers, mergers);
        const bool onWorker = recorder.lanes()[std::size_t(row.lane)].worker > 0;
        const auto &spans = recorder.spans();
        for (std::size_t layer = 0; layer < layers.size(); ++layer) {
            for (const Item &item : layers[layer]) {
                const Span &span = spans[std::size_t(item.span)];
                if (layer == std::size_t(bars) + 1)
                    paintEdges(painter, row.rect, span, item.x0, item.x1);
                else if (layer == std::size_t(bars) + 3)
                    paintEndMark(painter, row.rect, span, item.x0, item.x1);
                else if (layer == std::size_t(bars) + 4)
                    paintLabel(painter, row.rect, recorder, span, item.x0, item.x1);
                else
                    paintSpan(painter, row.rect, span, onWorker, item.x0, item.x1);
            }
        }
    }
}

void TimelineBarPainter::collect(const TimelineRun &run, int lane, int maxDepth, Layers &layers,
                                 std::vector<BarMerger> &mergers) const
{
    // Layers: bars of each depth, then overlays, edges, chunks, end marks (all merged), labels
    // (not).
    const std::size_t overlays = std::size_t(maxDepth) + 1;
    const std::size_t edges = overlays + 1;
    const std::size_t chunks = overlays + 2;
    const std::size_t marks = overlays + 3;
    const std::size_t labels = overlays + 4;
    for (auto &layer : layers)
        layer.clear();
    for (BarMerger &merger : mergers)
        merger = BarMerger();
    const auto merge = [&](std::size_t layer, const Span &span, int index, qreal x0, qreal x1) {
        const auto bar = mergers[layer].add(x0, x1, int(span.kind) * 8 + int(span.state), index);
        if (bar)
            layers[layer].push_back(Item{bar->item, bar->x0, bar->x1});
    };
    // A label needs room for "xxx…" and its padding: narrower spans are not even listed.
    const QFontMetricsF fm(m_style.smallFont);
    const qreal labelRoom =
        fm.horizontalAdvance(QStringLiteral("xxx…")) + 4 * std::round(fm.height() * 0.25);
    const Recorder &recorder = *run.recorder;
    const auto &spans = recorder.spans();
    const double visibleStart = m_scale.time(m_layout.plotLeft());
    const double visibleEnd = m_scale.time(m_layout.plotRight());
    const bool inOrder = recorder.spansStartInOrder(lane);
    for (int index = recorder.firstSpanOf(lane); index >= 0; index = recorder.nextSpanOf(index)) {
        const Span &span = spans[std::size_t(index)];
        const double start = seconds(span.start);
        if (start > visibleEnd) {
            if (inOrder)
                break; // the rest start later still
            continue;
        }
        const double end = seconds(spanEnd(run, span));
        if (end < visibleStart)
            continue; // off the plot
        const qreal x0 = std::max(m_scale.x(start), m_layout.plotLeft());
        const qreal x1 = std::min(m_scale.x(end), m_layout.plotRight());
        if (isBar(span.kind))
            merge(std::size_t(std::clamp(int(span.depth), 0, maxDepth)), span, index, x0, x1);
        if (isSuspension(span.kind) || span.kind == SpanKind::Block)
            merge(overlays, span, index, x0, x1);
        if (span.kind == SpanKind::Routine && span.depth > 0)
            merge(edges, span, index, x0, x1);
        if (span.kind == SpanKind::Chunk)
            merge(chunks, span, index, x0, x1);
        if (span.state == SpanState::TimedOut || span.state == SpanState::Caught ||
            span.state == SpanState::Cancelled)
            merge(marks, span, index, x0, x1); // over the waits inside, which end there too
        // Labels one level inside the lane's own bar: never two on top of each other.
        if (span.depth == 1 && span.kind != SpanKind::Task && span.kind != SpanKind::Chunk &&
            x1 - x0 >= labelRoom)
            layers[labels].push_back(Item{index, x0, x1});
    }
    for (std::size_t layer = 0; layer < mergers.size(); ++layer) {
        if (const auto bar = mergers[layer].take())
            layers[layer].push_back(Item{bar->item, bar->x0, bar->x1});
    }
}

QRectF TimelineBarPainter::spanRect(const QRectF &row, const Span &span, qreal x0, qreal x1) const
{
    // Even a span shorter than a pixel shows: one pixel wide, inside the plot.
    x0 = std::max(x0, m_layout.plotLeft());
    x1 = std::max(std::min(x1, m_layout.plotRight()), std::min(x0 + 1.0, m_layout.plotRight()));
    x0 = std::min(x0, x1 - 1.0);
    return m_layout.barRect(row, span.depth, x0, x1);
}

void TimelineBarPainter::paintSpan(QPainter &painter, const QRectF &row, const Span &span,
                                   bool onWorker, qreal x0, qreal x1) const
{
    const QRectF rect = spanRect(row, span, x0, x1);
    switch (span.kind) {
    case SpanKind::Task:
    case SpanKind::Routine:
        painter.fillRect(rect, m_style.nestedColor(span.state, span.depth));
        break;
    case SpanKind::Wait:
    case SpanKind::Download:
        paintSuspended(painter, rect, m_style);
        break;
    case SpanKind::Thread:
        paintThreadWait(painter, rect, m_style);
        break;
    case SpanKind::ObjectWait:
        paintObjectWait(painter, rect, m_style);
        break;
    case SpanKind::Block:
        if (onWorker)
            paintWorkerCall(painter, rect, m_style);
        else
            painter.fillRect(rect, m_style.blocked);
        break;
    case SpanKind::Chunk:
        painter.setPen(QPen(m_style.chunk, 1));
        painter.drawLine(QPointF(rect.right(), rect.top()), QPointF(rect.right(), rect.bottom()));
        break;
    }
}

void TimelineBarPainter::paintEndMark(QPainter &painter, const QRectF &row, const Span &span,
                                      qreal x0, qreal x1) const
{
    const QRectF rect = spanRect(row, span, x0, x1);
    // As wide as on the lane's outer bar, however deep the span.
    const qreal width = endMarkWidth(m_layout.barRect(row, 0, x0, x1).height());
    if (span.state == SpanState::TimedOut)
        paintDeadline(painter, rect, m_style, width);
    else if (span.state == SpanState::Caught)
        paintCaught(painter, rect, m_style, width);
    else if (span.state == SpanState::Cancelled)
        paintCancelled(painter, rect, m_style, width);
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

void TimelineBarPainter::paintLabel(QPainter &painter, const QRectF &row, const Recorder &recorder,
                                    const Span &span, qreal x0, qreal x1) const
{
    const QFontMetricsF fm(m_style.smallFont);
    const qreal pad = std::round(fm.height() * 0.25);
    const qreal room = x1 - x0 - 4 * pad;
    if (room < fm.horizontalAdvance(QStringLiteral("xxx…")))
        return;
    const QString name = TimelineText::printable(AwaitText::ofSpan(recorder, span));
    if (name.isEmpty())
        return;
    const QString text =
        fm.elidedText(name, Qt::ElideRight, std::min(room, fm.horizontalAdvance(name)));
    const QRectF bar = m_layout.barRect(row, span.depth, x0, x1);
    const qreal height = std::min(fm.height(), bar.height());
    // A plain chip behind the text keeps it readable over hatching and colour.
    const QRectF chip(x0 + pad, bar.center().y() - height / 2, fm.horizontalAdvance(text) + 2 * pad,
                      height);
    painter.setPen(Qt::NoPen);
    painter.setBrush(span.kind == SpanKind::ObjectWait ? m_style.objectWaitFill
                     : isSuspension(span.kind)         ? m_style.suspendedFill
                                                       : m_style.background);
    painter.drawRoundedRect(chip, 2, 2);
    painter.setBrush(Qt::NoBrush);
    painter.setFont(m_style.smallFont);
    painter.setPen(m_style.text);
    ChartTextPainter::draw(painter, chip, Qt::AlignCenter | Qt::TextSingleLine | Qt::TextDontClip,
                           text, m_style);
}

void TimelineBarPainter::paintSuspended(QPainter &painter, const QRectF &rect,
                                        const TimelineStyle &style)
{
    paintHatched(painter, rect, style.suspendedFill, style.suspendedLine, Hatch::Forward);
}

void TimelineBarPainter::paintObjectWait(QPainter &painter, const QRectF &rect,
                                         const TimelineStyle &style)
{
    paintHatched(painter, rect, style.objectWaitFill, style.objectWaitLine, Hatch::Crossed);
}

void TimelineBarPainter::paintThreadWait(QPainter &painter, const QRectF &rect,
                                         const TimelineStyle &style)
{
    paintHatched(painter, rect, style.suspendedFill, style.suspendedLine, Hatch::Upright);
}

void TimelineBarPainter::paintWorkerCall(QPainter &painter, const QRectF &rect,
                                         const TimelineStyle &style)
{
    paintHatched(painter, rect, style.workerFill, style.workerLine, Hatch::Upright);
}

void TimelineBarPainter::paintHatched(QPainter &painter, const QRectF &rect, const QColor &fill,
                                      const QColor &line, Hatch hatch)
{
    painter.fillRect(rect, fill);
    const qreal spacing = std::max(4.0, std::round(rect.height() * 0.45));
    painter.setPen(QPen(line, 1));
    if (hatch == Hatch::Upright) {
        painter.drawLines(uprightLines(rect, spacing));
        return;
    }
    painter.drawLines(hatchLines(rect, spacing));
    if (hatch == Hatch::Crossed)
        painter.drawLines(backHatchLines(rect, spacing));
}

qreal TimelineBarPainter::endMarkWidth(qreal barHeight)
{
    return std::max(3.0, std::round(barHeight * 0.25));
}

void TimelineBarPainter::paintDeadline(QPainter &painter, const QRectF &rect,
                                       const TimelineStyle &style, qreal width)
{
    width = std::min(rect.width(), width);
    painter.fillRect(QRectF(rect.right() - width, rect.top(), width, rect.height()), style.text);
}

void TimelineBarPainter::paintCaught(QPainter &painter, const QRectF &rect,
                                     const TimelineStyle &style, qreal width)
{
    width = std::min(rect.width(), width);
    // A stem across the end, and arms that reach back along the top and bottom edges: a "]"
    // where the except took the exception.
    const qreal arm = std::min(rect.width(), std::round(width * 2.5));
    const qreal thickness =
        std::max(1.0, std::min(std::round(width * 0.5), std::floor(rect.height() / 4)));
    const QRectF hook[]{QRectF(rect.right() - width, rect.top(), width, rect.height()),
                        QRectF(rect.right() - arm, rect.top(), arm, thickness),
                        QRectF(rect.right() - arm, rect.bottom() - thickness, arm, thickness)};
    // A pixel of the background inside the bar around it, so that it stands out from any fill.
    const QMarginsF halo(1, 1, 0, 1);
    for (const QRectF &part : hook)
        painter.fillRect((part + halo).intersected(rect), style.background);
    for (const QRectF &part : hook)
        painter.fillRect(part, style.handled);
}

void TimelineBarPainter::paintCancelled(QPainter &painter, const QRectF &rect,
                                        const TimelineStyle &style, qreal width)
{
    // Struck through along its length, as a cancelled item on a list: a shape, not a shade of
    // grey, so it reads in any colour vision and over any fill (haloed in the background).
    const qreal thickness = std::max(2.0, std::min(std::round(width * 0.5), rect.height() / 3));
    const QRectF strike(rect.left(), std::round(rect.center().y() - thickness / 2), rect.width(),
                        thickness);
    painter.fillRect((strike + QMarginsF(0, 1, 0, 1)).intersected(rect), style.background);
    painter.fillRect(strike, style.text);
}

QList<QLineF> TimelineBarPainter::uprightLines(const QRectF &rect, qreal spacing)
{
    QList<QLineF> lines;
    if (!(spacing > 0) || rect.isEmpty())
        return lines;
    // Half a pixel in, so that a 1-pixel pen covers one column.
    for (qreal x = std::ceil(rect.left() / spacing) * spacing; x + 0.5 <= rect.right();
         x += spacing)
        lines.append(QLineF(x + 0.5, rect.top(), x + 0.5, rect.bottom()));
    return lines;
}

QList<QLineF> TimelineBarPainter::backHatchLines(const QRectF &rect, qreal spacing)
{
    // The "/" lines of the rect mirrored in x = 0, mirrored back.
    QList<QLineF> lines =
        hatchLines(QRectF(-rect.right(), rect.top(), rect.width(), rect.height()), spacing);
    for (QLineF &line : lines)
        line = QLineF(-line.x1(), line.y1(), -line.x2(), line.y2());
    return lines;
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
