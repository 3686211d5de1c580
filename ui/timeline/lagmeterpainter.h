#pragma once

#include "timelinelayout.h"
#include "timelinestyle.h"
#include "timescale.h"
#include "trace/recorder.h"

class QPainter;

namespace ck {

// The event loop's lag under a run's lanes, on the same time axis: how late the heartbeat
// would be at each moment. While the loop is free the line stays on the floor; a blocking call
// draws a spike that climbs for as long as the loop is held and drops when it is let go.
class LagMeterPainter
{
public:
    LagMeterPainter(const TimelineLayout &layout, const TimeScale &scale,
                    const TimelineStyle &style);

    void paint(QPainter &painter, const QRectF &row, const Recorder &recorder) const;

    // Lag shown as full height: at least kMinScaleMs, else the run's worst lag.
    static std::chrono::nanoseconds scaleOf(const Recorder &recorder);
    static constexpr int kMinScaleMs = 50;

private:
    void paintLabels(QPainter &painter, const QRectF &row, std::chrono::nanoseconds worst) const;
    void paintCurve(QPainter &painter, const QRectF &plot, const Recorder &recorder,
                    std::chrono::nanoseconds scale) const;

    const TimelineLayout &m_layout;
    const TimeScale &m_scale;
    const TimelineStyle &m_style;
};

} // namespace ck
