#pragma once

#include "runflows.h"
#include "timelinelayout.h"
#include "timelinestyle.h"
#include "timescale.h"

#include <QPointF>
#include <optional>

class QPainter;

namespace ck {

// Draws, over a run's bars, who woke whom as Perfetto draws flow events: thin curved arrows
// from a point of one lane (the main program's: the run's header row) to a point of another,
// a timer's as a short hook into the sleeper at the end of its sleep; and the critical path:
// its waits framed by a thick outline just outside their bars, the arrows it follows drawn
// thick and solid. Shape and weight, not hue, tell them apart (colour-blind safe); the colours
// are the style's text and muted text, so they read on light and dark alike. An arrow of a
// task waking one that waits for an object (a Lock released, an Event set, a Condition
// notified, a Queue's put or get: Flow::isObjectWake) is dashed, in the object waits' line
// colour, so that it ties to the wait it ends. Arrows with an end off the plot are left out
// (nothing relies on clipping).
class FlowPainter
{
public:
    struct Shown
    {
        bool flows = false;
        bool criticalPath = false;
    };

    FlowPainter(const TimelineLayout &layout, const TimeScale &scale, const TimelineStyle &style)
        : m_layout(layout), m_scale(scale), m_style(style)
    {}

    void paint(QPainter &painter, int run, const Recorder &recorder, const RunFlows &flows,
               Shown shown) const;

    // The legend's swatches: a thin arrow, a dashed one, and a framed bar.
    static void paintFlowSwatch(QPainter &painter, const QRectF &rect, const TimelineStyle &style);
    static void paintObjectWakeSwatch(QPainter &painter, const QRectF &rect,
                                      const TimelineStyle &style);
    static void paintPathSwatch(QPainter &painter, const QRectF &rect, const TimelineStyle &style);

private:
    void paintPathSpans(QPainter &painter, int run, const Recorder &recorder,
                        const CriticalPath &path) const;
    void paintFlow(QPainter &painter, int run, const Flow &flow, bool onPath) const;
    // Where a flow's end lies: on its lane's row (the main program's: the run's header), at
    // its time; nullopt when that is off the plot or the lane has no row of its own.
    std::optional<QPointF> pointOf(int run, int lane, std::chrono::nanoseconds time) const;
    static void paintArrow(QPainter &painter, const QPointF &from, const QPointF &to,
                           const QColor &color, qreal width, qreal head,
                           Qt::PenStyle line = Qt::SolidLine);

    const TimelineLayout &m_layout;
    const TimeScale &m_scale;
    const TimelineStyle &m_style;
};

} // namespace ck
