#include "themecolors.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace ck {

namespace {

constexpr qreal kStep = 0.05; // how far a tint moves per try

qreal linear(qreal channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

QColor ThemeColors::mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal k = std::clamp(amountOfB, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() * (1 - k) + b.redF() * k),
                            float(a.greenF() * (1 - k) + b.greenF() * k),
                            float(a.blueF() * (1 - k) + b.blueF() * k));
}

qreal ThemeColors::luminance(const QColor &colour)
{
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) +
           0.0722 * linear(colour.blueF());
}

qreal ThemeColors::contrast(const QColor &a, const QColor &b)
{
    const qreal first = luminance(a);
    const qreal second = luminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

bool ThemeColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor ThemeColors::readableTint(const QColor &hue, const QColor &background, const QColor &text,
                                 qreal strength)
{
    for (qreal k = std::clamp(strength, 0.0, 1.0); k > 0.0; k -= kStep) {
        const QColor tint = mix(background, hue, k);
        if (contrast(tint, text) >= kReadableContrast)
            return tint;
    }
    return background;
}

QColor ThemeColors::readableOn(const QColor &colour, const QColor &background, const QColor &text)
{
    for (qreal k = 0.0; k < 1.0; k += kStep) {
        const QColor shifted = mix(colour, text, k);
        if (contrast(shifted, background) >= kReadableContrast)
            return shifted;
    }
    return text;
}

} // namespace ck
