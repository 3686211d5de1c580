#pragma once

#include "lanerows.h"
#include "timelinelayout.h"
#include "timelinerun.h"
#include "timelinestyle.h"
#include "timescale.h"

#include <array>
#include <vector>

class QPainter;

namespace ck {

// Paints a row that stands for many lanes (an export of more lanes than its image or page can
// hold, see TimelineLayout::Content::lanesPerRow): per pixel column, a bar from the row's
// bottom as tall as the share of those lanes whose task is there, in the colour of the state
// most of them are in, with the share suspended at an await in the suspended look at its foot.
// One walk through the lanes' spans, then at most one bar per pixel column; neighbouring
// columns that look the same are joined (BarMerger), so a smooth crowd costs a few rects a row.
class DensityRowPainter
{
public:
    DensityRowPainter(const TimelineLayout &layout, const TimeScale &scale,
                      const TimelineStyle &style)
        : m_layout(layout), m_scale(scale), m_style(style)
    {}

    void paint(QPainter &painter, const TimelineLayout::LaneRow &row, const TimelineRun &run,
               const LaneRows &rows) const;

private:
    static constexpr int kStates = 4; // SpanState's values
    // Per pixel column (as differences: +1 where a span starts, -1 after it ends): tasks in
    // each state, and suspended lanes.
    struct Counts
    {
        std::array<std::vector<int>, kStates> states;
        std::vector<int> suspended;
    };

    Counts count(const TimelineLayout::LaneRow &row, const TimelineRun &run, const LaneRows &rows,
                 int columns) const;
    void addSpan(std::vector<int> &counts, qreal x0, qreal x1) const;
    // What a column shows, given how many tasks in each state and how many suspended lanes
    // of `lanes` it holds; 0 for nothing.
    static int lookOf(const std::array<int, kStates> &tasks, int suspended, int lanes,
                      qreal height);
    void paintBar(QPainter &painter, const QRectF &row, qreal x0, qreal x1, int look) const;

    const TimelineLayout &m_layout;
    const TimeScale &m_scale;
    const TimelineStyle &m_style;
};

} // namespace ck
