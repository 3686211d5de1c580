#include "densityrowpainter.h"

#include "barmerger.h"
#include "timelinebarpainter.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ck {

namespace {

// A column's look packed into BarMerger's style: bar height, suspended height, state; 0 is
// an empty column.
constexpr int kHeightBits = 10;
constexpr int kHeightMask = (1 << kHeightBits) - 1;

int pack(int height, int suspended, int state)
{
    return 1 + height + (suspended << kHeightBits) + (state << (2 * kHeightBits));
}

double seconds(std::chrono::nanoseconds time)
{
    return std::chrono::duration<double>(time).count();
}

} // namespace

void DensityRowPainter::paint(QPainter &painter, const TimelineLayout::LaneRow &row,
                              const TimelineRun &run, const LaneRows &rows) const
{
    const int columns = std::max(1, int(std::ceil(m_layout.plotWidth())));
    Counts counts = count(row, run, rows, columns);
    const qreal height = m_layout.barRect(row.rect, 0, 0, 0).height();
    // From differences to counts, column by column, left to right as BarMerger wants them.
    std::array<int, kStates> tasks{};
    int suspended = 0;
    BarMerger merger;
    const auto paintFinished = [&](const std::optional<BarMerger::Bar> &bar) {
        if (bar && bar->style != 0)
            paintBar(painter, row.rect, bar->x0, bar->x1, bar->style);
    };
    for (int column = 0; column < columns; ++column) {
        for (std::size_t s = 0; s < tasks.size(); ++s)
            tasks[s] += counts.states[s][std::size_t(column)];
        suspended += counts.suspended[std::size_t(column)];
        const qreal x = std::floor(m_layout.plotLeft()) + column;
        paintFinished(merger.add(x, x, lookOf(tasks, suspended, row.laneCount, height)));
    }
    paintFinished(merger.take());
}

DensityRowPainter::Counts DensityRowPainter::count(const TimelineLayout::LaneRow &row,
                                                   const TimelineRun &run, const LaneRows &rows,
                                                   int columns) const
{
    Counts counts;
    for (auto &state : counts.states)
        state.assign(std::size_t(columns) + 1, 0);
    counts.suspended.assign(std::size_t(columns) + 1, 0);
    const Recorder &recorder = *run.recorder;
    const auto &spans = recorder.spans();
    const double visibleStart = m_scale.time(m_layout.plotLeft());
    const double visibleEnd = m_scale.time(m_layout.plotRight());
    for (int slot = row.slot; slot < row.slot + row.laneCount; ++slot) {
        const int lane = rows.at(slot).lane;
        const bool inOrder = recorder.spansStartInOrder(lane);
        for (int i = recorder.firstSpanOf(lane); i >= 0; i = recorder.nextSpanOf(i)) {
            const Span &span = spans[std::size_t(i)];
            const double start = seconds(span.start);
            if (start > visibleEnd) {
                if (inOrder)
                    break;
                continue;
            }
            const double end = seconds(TimelineBarPainter::spanEnd(run, span));
            if (end < visibleStart)
                continue;
            const qreal x0 = m_scale.x(start);
            const qreal x1 = m_scale.x(end);
            if (span.depth == 0 && (span.kind == SpanKind::Task || span.kind == SpanKind::Routine))
                addSpan(counts.states[std::size_t(span.state) % kStates], x0, x1);
            else if (isSuspension(span.kind))
                addSpan(counts.suspended, x0, x1);
        }
    }
    return counts;
}

// The columns a span covers, at least the one it starts in.
void DensityRowPainter::addSpan(std::vector<int> &counts, qreal x0, qreal x1) const
{
    const int columns = int(counts.size()) - 1;
    const qreal left = std::floor(m_layout.plotLeft());
    const int first = std::clamp(int(std::floor(x0 - left)), 0, columns - 1);
    const int last = std::clamp(int(std::ceil(x1 - left)), first + 1, columns);
    ++counts[std::size_t(first)];
    --counts[std::size_t(last)];
}

int DensityRowPainter::lookOf(const std::array<int, kStates> &tasks, int suspended, int lanes,
                              qreal height)
{
    int alive = 0;
    std::size_t state = 0;
    for (std::size_t s = 0; s < tasks.size(); ++s) {
        alive += tasks[s];
        if (tasks[s] > tasks[state])
            state = s;
    }
    if (alive <= 0 || lanes <= 0)
        return 0;
    const int barHeight = std::clamp(int(std::lround(height * alive / lanes)), 1, kHeightMask);
    const int suspendedHeight =
        std::clamp(int(std::lround(height * std::min(suspended, alive) / lanes)), 0, barHeight);
    return pack(barHeight, suspendedHeight, int(state));
}

void DensityRowPainter::paintBar(QPainter &painter, const QRectF &row, qreal x0, qreal x1,
                                 int look) const
{
    const int packed = look - 1;
    const int height = packed & kHeightMask;
    const int suspended = (packed >> kHeightBits) & kHeightMask;
    const auto state = SpanState(packed >> (2 * kHeightBits));
    const qreal bottom = m_layout.barRect(row, 0, x0, x1).bottom();
    painter.fillRect(QRectF(x0, bottom - height, x1 - x0, height), m_style.stateColor(state));
    if (suspended > 0)
        painter.fillRect(QRectF(x0, bottom - suspended, x1 - x0, suspended), m_style.suspendedFill);
}

} // namespace ck
