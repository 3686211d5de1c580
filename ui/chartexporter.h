#pragma once

#include "timeline/flowpainter.h"
#include "timeline/timelinerun.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>
#include <vector>

namespace ck {

// What a chart export looks like: the same picture as the window, with title, legend, axis and
// totals, at a fixed logical size so it does not depend on the window.
struct ChartOptions
{
    QString title;
    int width = 1200;  // logical pixels; the height follows from the number of lanes
    qreal scale = 2.0; // PNG device pixel ratio (1x, 2x, 3x)
    // Who woke whom and the critical path over the bars, as View > Flows and View > Critical
    // Path draw them (a run of more than RunFlows::kMostLanes lanes has none).
    FlowPainter::Shown flows;
};

// Writes charts as PNG, SVG or PDF (chosen by the file's extension), atomically: a failed write
// leaves any old file untouched and says why in one line.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    static bool exportChart(const QString &path, const std::vector<TimelineRun> &runs,
                            const ChartOptions &options, QString *error);
    // The chart at options.scale device pixels per logical pixel; a null image, and why in
    // *reason, when it would be wider than kMaxImageSide device pixels or memory runs out. (A
    // chart of many lanes merges them into density rows, so its height always fits.)
    static QImage renderImage(const std::vector<TimelineRun> &runs, const ChartOptions &options,
                              QString *reason = nullptr);
    // The chart's logical size: options.width wide, as tall as its title, rows, axis and legend.
    static QSize chartSize(const std::vector<TimelineRun> &runs, const ChartOptions &options);
    static constexpr int kMaxImageSide = 32767; // what QPainter's raster engine can address
    static QStringList supportedSuffixes();     // png, svg, pdf

private:
    static bool exportPng(const QString &path, const std::vector<TimelineRun> &runs,
                          const ChartOptions &options, QString *error);
};

} // namespace ck
