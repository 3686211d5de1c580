#pragma once

#include <chrono>
#include <vector>

namespace ck {

// Maps scenario time (seconds since the run began) to x and back, for one horizontal plot: the
// time shown at the plot's left edge, how many pixels one second takes, and where the plot
// starts. A value type with no widget in sight, so zooming, panning, fitting and the choice of
// axis ticks are tested with plain tables. Every operation returns a new scale.
class TimeScale
{
public:
    // Zoom limits: from a whole day in ~100 px down to one pixel per nanosecond.
    static constexpr double kMinPixelsPerSecond = 1e-3;
    static constexpr double kMaxPixelsPerSecond = 1e9;

    TimeScale() = default;
    TimeScale(double start, double pixelsPerSecond, double left = 0.0);

    double start() const { return m_start; }
    double pixelsPerSecond() const { return m_pixelsPerSecond; }
    double left() const { return m_left; }

    double x(double seconds) const { return m_left + (seconds - m_start) * m_pixelsPerSecond; }
    double x(std::chrono::nanoseconds time) const;
    double time(double x) const { return m_start + (x - m_left) / m_pixelsPerSecond; }
    double width(double seconds) const { return seconds * m_pixelsPerSecond; }
    // The time at the right edge of a plot `plotWidth` pixels wide.
    double end(double plotWidth) const { return time(m_left + plotWidth); }

    // factor > 1 zooms in; the time under `x` stays under `x` (within the zoom limits).
    TimeScale zoomedAround(double x, double factor) const;
    // Moves the picture `dx` pixels to the right (earlier times come into view).
    TimeScale panned(double dx) const;
    // Shows 0..duration across `plotWidth` pixels, keeping the plot's left edge.
    TimeScale fitted(double duration, double plotWidth) const;
    TimeScale withLeft(double left) const;

    // The smallest 1-2-5 step (... 0.1, 0.2, 0.5, 1, 2, 5, 10 ... seconds) whose ticks are at
    // least `minPixelsBetweenTicks` apart.
    double tickStep(double minPixelsBetweenTicks) const;
    // Multiples of `step` from `from` to `to` seconds, both included.
    static std::vector<double> ticks(double from, double to, double step);
    // Ticks between two x positions, at least `minPixelsBetweenTicks` apart.
    std::vector<double> ticksBetween(double fromX, double toX, double minPixelsBetweenTicks) const;
    // Decimals needed to print multiples of a 1-2-5 step exactly: 1 s -> 0, 0.5 s -> 1.
    static int decimalsFor(double step);

    bool operator==(const TimeScale &) const = default;

private:
    static double clampedPixelsPerSecond(double pixelsPerSecond);

    double m_start = 0.0;
    double m_pixelsPerSecond = 100.0;
    double m_left = 0.0;
};

} // namespace ck
