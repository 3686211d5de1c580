#include "timelinelayout.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace ck {

namespace {

constexpr qreal kMinBarHeight = 3.0;

} // namespace

TimelineLayout::TimelineLayout(const std::vector<TimelineRun> &runs, const TimelineStyle &style,
                               const Content &content, const QRectF &bounds)
    : m_bounds(bounds), m_lanesPerRow(std::max(content.lanesPerRow, 1))
{
    const QFontMetricsF fm(style.font);
    const QFontMetricsF titleFm(style.titleFont);
    const QFontMetricsF smallFm(style.smallFont);
    m_margin = std::round(fm.height() * 0.9);
    m_rowHeight = std::ceil(fm.height() * 1.9);
    m_barPadding = std::round(m_rowHeight * 0.14);
    m_depthInset = std::max(2.0, std::round(m_rowHeight * 0.12));
    m_indent = std::round(fm.height());
    m_textPadding = std::round(fm.height() * 0.3);

    const qreal left = bounds.left() + m_margin;
    const qreal width = std::max(bounds.width() - 2 * m_margin, 1.0);
    qreal y = bounds.top() + m_margin;
    if (!content.title.isEmpty()) {
        m_title = QRectF(left, y, width, titleFm.height());
        y = m_title.bottom() + fm.height() * 0.3;
    }
    if (!content.comparison.isEmpty()) {
        m_comparison = QRectF(left, y, width, fm.height());
        y = m_comparison.bottom();
    }
    if (!m_title.isEmpty() || !m_comparison.isEmpty())
        y += fm.height() * 0.8;

    placeColumns(runs, style, content);
    m_chartTop = y;
    m_chartBottom = placeRuns(runs, y);
    const qreal tickLength = std::round(fm.height() * 0.35);
    m_axis = QRectF(m_plotLeft, m_chartBottom, plotWidth(), tickLength + smallFm.height() + 2);
    y = placeLegend(style, content, m_axis.bottom() + fm.height() * 0.8);
    m_bounds.setHeight(
        std::ceil(y + m_margin - bounds.top())); // whole pixels: no seam at the bottom
}

void TimelineLayout::placeColumns(const std::vector<TimelineRun> &runs, const TimelineStyle &style,
                                  const Content &content)
{
    QFont bold = style.font;
    bold.setBold(true);
    const QFontMetricsF boldFm(bold);
    const QFontMetricsF fm(style.font);
    qreal widest = 0;
    for (const QString &header : content.runHeaders)
        widest = std::max(widest, boldFm.horizontalAdvance(header));
    for (const TimelineRun &run : runs) {
        if (!run.recorder)
            continue;
        const qreal name = widestLaneName(run.recorder->lanes(), *LaneRows::of(run.recorder), fm);
        // A density row is named after its first and last lanes: "a … b (32 lanes)".
        const qreal group =
            m_lanesPerRow > 1
                ? 2 * name + fm.horizontalAdvance(TimelineText::laneGroup({}, {}, m_lanesPerRow))
                : 0;
        widest = std::max({widest, name, group});
    }
    const qreal padding = std::round(fm.height() * 0.8);
    const qreal left = m_bounds.left() + m_margin;
    const qreal right = m_bounds.right() - m_margin;
    const qreal available = std::max(right - left, 1.0);
    const qreal nameWidth =
        std::clamp(std::ceil(widest + m_textPadding + padding),
                   std::min(fm.height() * 5, available * 0.35), available * 0.35);
    m_nameLeft = left;
    m_nameRight = left + nameWidth;
    m_plotLeft = m_nameRight + padding * 0.5;
    m_plotRight = std::max(right - fm.height(), m_plotLeft + 1);
}

qreal TimelineLayout::widestLaneName(const std::vector<Lane> &lanes, const LaneRows &rows,
                                     const QFontMetricsF &fm) const
{
    qreal widest = 0;
    for (const int lane : rows.measured())
        widest = std::max(
            widest, LaneRows::depth(lanes, lane) * m_indent +
                        fm.horizontalAdvance(TimelineText::laneName(lanes[std::size_t(lane)])));
    return widest;
}

qreal TimelineLayout::placeRuns(const std::vector<TimelineRun> &runs, qreal y)
{
    const qreal width = m_plotRight - m_nameLeft;
    const qreal gap = std::round(m_rowHeight * 0.5);
    m_runs.clear();
    m_rowCount = 0;
    m_rowsTop.clear();
    for (int r = 0; r < int(runs.size()); ++r) {
        if (r > 0)
            y += gap;
        RunBlock block;
        block.header = QRectF(m_nameLeft, y, width, m_rowHeight);
        y += m_rowHeight;
        block.firstRow = m_rowCount;
        m_rowsTop.push_back(y);
        if (const auto &recorder = runs[std::size_t(r)].recorder) {
            block.rows = LaneRows::of(recorder);
            block.rowCount = (block.rows->count() + m_lanesPerRow - 1) / m_lanesPerRow;
            m_rowCount += block.rowCount;
            y += block.rowCount * m_rowHeight;
            if (recorder->info().heartbeat.count() > 0 || !recorder->lagSamples().empty()) {
                block.lag = QRectF(m_nameLeft, y, width, std::round(m_rowHeight * 1.4));
                y = block.lag.bottom();
            }
        }
        block.area = QRectF(m_nameLeft, block.header.top(), width, y - block.header.top());
        m_runs.push_back(std::move(block));
    }
    return y;
}

qreal TimelineLayout::placeLegend(const TimelineStyle &style, const Content &content, qreal y)
{
    const QFontMetricsF fm(style.smallFont);
    const qreal swatchWidth = std::round(fm.height() * 1.8);
    const qreal swatchHeight = std::round(fm.height() * 0.8);
    const qreal textGap = std::round(fm.height() * 0.4);
    const qreal entryGap = std::round(fm.height() * 1.3);
    const qreal lineHeight = std::round(fm.height() * 1.4);
    const qreal left = m_nameLeft;
    const qreal right = m_bounds.right() - m_margin;
    m_legend.clear();
    qreal x = left;
    for (const TimelineText::Item item : content.legend) {
        const QString text = TimelineText::item(item);
        const qreal textWidth = std::min(fm.horizontalAdvance(text), right - left - swatchWidth);
        const qreal entryWidth = swatchWidth + textGap + textWidth;
        if (x > left && x + entryWidth > right) {
            x = left;
            y += lineHeight;
        }
        const qreal centre = y + lineHeight / 2;
        const QRectF swatch(x, centre - swatchHeight / 2, swatchWidth, swatchHeight);
        const QRectF label(swatch.right() + textGap, y, textWidth, lineHeight);
        m_legend.push_back({item, text, swatch, label});
        x += entryWidth + entryGap;
    }
    return content.legend.empty() ? y : y + lineHeight;
}

const TimelineLayout::RunBlock &TimelineLayout::blockOfRow(int index) const
{
    const auto after =
        std::upper_bound(m_runs.begin(), m_runs.end(), index,
                         [](int row, const RunBlock &block) { return row < block.firstRow; });
    return *std::prev(after);
}

TimelineLayout::LaneRow TimelineLayout::row(int index) const
{
    const RunBlock &block = blockOfRow(index);
    const int run = int(&block - m_runs.data());
    const int first = (index - block.firstRow) * m_lanesPerRow;
    const int count = std::min(m_lanesPerRow, block.rows->count() - first);
    const LaneRows::Slot slot = block.rows->at(first);
    const qreal top = m_rowsTop[std::size_t(run)] + (index - block.firstRow) * m_rowHeight;
    return LaneRow{run,
                   slot.lane,
                   count > 1 ? 0 : slot.indent,
                   QRectF(m_nameLeft, top, m_plotRight - m_nameLeft, m_rowHeight),
                   first,
                   count};
}

std::pair<int, int> TimelineLayout::rowsBetween(qreal top, qreal bottom) const
{
    int first = -1;
    int last = -1;
    for (std::size_t r = 0; r < m_runs.size(); ++r) {
        const RunBlock &block = m_runs[r];
        if (block.rowCount == 0)
            continue;
        const qreal rowsTop = m_rowsTop[r];
        const qreal rowsBottom = rowsTop + block.rowCount * m_rowHeight;
        if (rowsBottom <= top || rowsTop >= bottom)
            continue;
        const int from =
            std::clamp(int(std::floor((top - rowsTop) / m_rowHeight)), 0, block.rowCount - 1);
        const int to =
            std::clamp(int(std::ceil((bottom - rowsTop) / m_rowHeight)), from + 1, block.rowCount);
        if (first < 0)
            first = block.firstRow + from;
        last = block.firstRow + to;
    }
    return first < 0 ? std::make_pair(0, 0) : std::make_pair(first, last);
}

QRectF TimelineLayout::laneRect(int run, int lane) const
{
    if (run < 0 || run >= int(m_runs.size()))
        return {};
    const RunBlock &block = m_runs[std::size_t(run)];
    const int local = block.rows ? block.rows->rowOf(lane) : -1;
    return local < 0 ? QRectF() : row(block.firstRow + local / m_lanesPerRow).rect;
}

int TimelineLayout::rowAt(const QPointF &point) const
{
    for (std::size_t r = 0; r < m_runs.size(); ++r) {
        const RunBlock &block = m_runs[r];
        const qreal offset = point.y() - m_rowsTop[r];
        if (block.rowCount == 0 || offset < 0 || offset > block.rowCount * m_rowHeight)
            continue;
        const int index = block.firstRow + std::min(int(offset / m_rowHeight), block.rowCount - 1);
        if (row(index).rect.contains(point))
            return index;
    }
    return -1;
}

QRectF TimelineLayout::barRect(const QRectF &row, int depth, qreal x0, qreal x1) const
{
    qreal top = row.top() + m_barPadding + depth * m_depthInset;
    qreal bottom = row.bottom() - m_barPadding - depth * m_depthInset;
    if (bottom - top < kMinBarHeight) {
        const qreal centre = row.center().y();
        top = centre - kMinBarHeight / 2;
        bottom = centre + kMinBarHeight / 2;
    }
    return QRectF(x0, top, x1 - x0, bottom - top);
}

} // namespace ck
