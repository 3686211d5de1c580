#include "timescale.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace ck {

namespace {

constexpr double kEpsilon = 1e-9; // relative slack for steps and tick bounds
constexpr double kMaxTicks = 10000;

} // namespace

TimeScale::TimeScale(double start, double pixelsPerSecond, double left)
    : m_start(start), m_pixelsPerSecond(clampedPixelsPerSecond(pixelsPerSecond)), m_left(left)
{}

double TimeScale::x(std::chrono::nanoseconds time) const
{
    return x(std::chrono::duration<double>(time).count());
}

TimeScale TimeScale::zoomedAround(double x, double factor) const
{
    if (!(factor > 0.0) || !std::isfinite(factor))
        return *this;
    const double fixed = time(x);
    const double pixelsPerSecond = clampedPixelsPerSecond(m_pixelsPerSecond * factor);
    return TimeScale(fixed - (x - m_left) / pixelsPerSecond, pixelsPerSecond, m_left);
}

TimeScale TimeScale::panned(double dx) const
{
    return TimeScale(m_start - dx / m_pixelsPerSecond, m_pixelsPerSecond, m_left);
}

TimeScale TimeScale::fitted(double duration, double plotWidth) const
{
    if (!(duration > 0.0) || !std::isfinite(duration))
        duration = 1.0;
    plotWidth = std::max(plotWidth, 1.0);
    return TimeScale(0.0, plotWidth / duration, m_left);
}

TimeScale TimeScale::withLeft(double left) const
{
    return TimeScale(m_start, m_pixelsPerSecond, left);
}

double TimeScale::tickStep(double minPixelsBetweenTicks) const
{
    const double raw = std::max(minPixelsBetweenTicks, 1.0) / m_pixelsPerSecond;
    const double decade = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double multiple : std::array{1.0, 2.0, 5.0}) {
        if (multiple * decade >= raw * (1.0 - kEpsilon))
            return multiple * decade;
    }
    return 10.0 * decade;
}

std::vector<double> TimeScale::ticks(double from, double to, double step)
{
    std::vector<double> out;
    if (!(step > 0.0) || !(to >= from) || (to - from) / step > kMaxTicks)
        return out;
    const double first = std::ceil(from / step - kEpsilon * 1e3);
    const double last = std::floor(to / step + kEpsilon * 1e3);
    for (double k = first; k <= last; ++k)
        out.push_back(k * step == 0.0 ? 0.0 : k * step); // no "-0"
    return out;
}

std::vector<double> TimeScale::ticksBetween(double fromX, double toX,
                                            double minPixelsBetweenTicks) const
{
    return ticks(time(fromX), time(toX), tickStep(minPixelsBetweenTicks));
}

int TimeScale::decimalsFor(double step)
{
    if (!(step > 0.0) || step >= 1.0 - kEpsilon)
        return 0;
    return std::clamp(int(std::ceil(-std::log10(step) - 1e-6)), 0, 9);
}

double TimeScale::clampedPixelsPerSecond(double pixelsPerSecond)
{
    if (!std::isfinite(pixelsPerSecond))
        return pixelsPerSecond > 0 ? kMaxPixelsPerSecond : kMinPixelsPerSecond;
    return std::clamp(pixelsPerSecond, kMinPixelsPerSecond, kMaxPixelsPerSecond);
}

} // namespace ck
