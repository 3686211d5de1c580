#pragma once

#include "lanerows.h"
#include "timelinerun.h"
#include "timelinestyle.h"
#include "timelinetext.h"

#include <QRectF>
#include <QStringList>
#include <memory>
#include <utility>
#include <vector>

class QFontMetricsF;

namespace ck {

// Where everything of a timeline chart goes, for a given width: title, comparison line, one
// block per run (a header row, then one row per lane with gathered lanes right under their
// parent), the axis and the legend. The height follows from the content. Painting, hit testing
// and tests all read the same geometry. A crowd has a million lanes and the window lays the
// chart out on every frame, so the rows of a recorder's lanes are worked out once (LaneRows)
// and a row's rect when asked. An export may merge lanes into density rows (lanesPerRow).
class TimelineLayout
{
public:
    struct Content
    {
        QString title;
        QString comparison;
        QStringList runHeaders; // one per run
        std::vector<TimelineText::Item> legend;
        // Lanes drawn in one row: above 1, each row stands for that many lanes in a row (a
        // density row), so that a chart of a million lanes fits an image or a page.
        int lanesPerRow = 1;
    };
    struct LaneRow
    {
        int run = 0;
        int lane = 0;      // Recorder::lanes() index
        int indent = 0;    // nesting of gathered lanes under their parent
        QRectF rect;       // from the name column to the plot's right edge
        int slot = 0;      // the position of `lane` in its run's LaneRows
        int laneCount = 1; // the lanes it stands for: LaneRows slots slot .. slot + laneCount - 1
    };
    struct RunBlock
    {
        QRectF header; // full width
        QRectF area;   // header, lanes and lag meter, full width
        QRectF lag;    // the loop-lag meter's row, empty when the run has none
        std::shared_ptr<const LaneRows> rows; // its lanes in order, null without a recorder
        int firstRow = 0; // its lanes' rows: firstRow .. firstRow + rowCount - 1
        int rowCount = 0;
    };
    struct LegendEntry
    {
        TimelineText::Item item;
        QString text;
        QRectF swatch;
        QRectF label;
    };

    TimelineLayout() = default;
    TimelineLayout(const std::vector<TimelineRun> &runs, const TimelineStyle &style,
                   const Content &content, const QRectF &bounds);

    QRectF bounds() const { return m_bounds; } // with the computed height
    qreal height() const { return m_bounds.height(); }
    QRectF titleRect() const { return m_title; }
    QRectF comparisonRect() const { return m_comparison; }
    qreal nameLeft() const { return m_nameLeft; }
    qreal nameRight() const { return m_nameRight; }
    qreal plotLeft() const { return m_plotLeft; }
    qreal plotRight() const { return m_plotRight; }
    qreal plotWidth() const { return m_plotRight - m_plotLeft; }
    qreal chartTop() const { return m_chartTop; }       // grid lines run from here...
    qreal chartBottom() const { return m_chartBottom; } // ...to here, where the axis is
    QRectF axisRect() const { return m_axis; }
    qreal indentWidth() const { return m_indent; }
    qreal textPadding() const { return m_textPadding; } // names start this far into a row
    const std::vector<RunBlock> &runs() const { return m_runs; }
    // Lane rows of all runs, top to bottom.
    int rowCount() const { return m_rowCount; }
    LaneRow row(int index) const;
    // The rows a band of the chart crosses, [first, last); empty when it crosses none.
    std::pair<int, int> rowsBetween(qreal top, qreal bottom) const;
    const std::vector<LegendEntry> &legend() const { return m_legend; }

    // The row of a lane (full width), or an empty rect when there is none.
    QRectF laneRect(int run, int lane) const;
    // -1 when the point is on no lane row.
    int rowAt(const QPointF &point) const;
    qreal rowHeight() const { return m_rowHeight; }
    int lanesPerRow() const { return m_lanesPerRow; }
    // The bar of a span at `depth` in a row between two x positions: nested bars are thinner.
    QRectF barRect(const QRectF &row, int depth, qreal x0, qreal x1) const;

private:
    qreal widestLaneName(const std::vector<Lane> &lanes, const LaneRows &rows,
                         const QFontMetricsF &fm) const;
    const RunBlock &blockOfRow(int index) const;
    void placeColumns(const std::vector<TimelineRun> &runs, const TimelineStyle &style,
                      const Content &content);
    qreal placeRuns(const std::vector<TimelineRun> &runs, qreal y);
    qreal placeLegend(const TimelineStyle &style, const Content &content, qreal y);

    QRectF m_bounds;
    QRectF m_title;
    QRectF m_comparison;
    QRectF m_axis;
    qreal m_margin = 0;
    qreal m_nameLeft = 0;
    qreal m_nameRight = 0;
    qreal m_plotLeft = 0;
    qreal m_plotRight = 0;
    qreal m_chartTop = 0;
    qreal m_chartBottom = 0;
    qreal m_rowHeight = 0;
    qreal m_barPadding = 0;
    qreal m_depthInset = 0;
    qreal m_indent = 0;
    qreal m_textPadding = 0;
    std::vector<RunBlock> m_runs;
    int m_rowCount = 0;
    int m_lanesPerRow = 1;
    std::vector<qreal> m_rowsTop; // per run: the top of its first lane row
    std::vector<LegendEntry> m_legend;
};

} // namespace ck
