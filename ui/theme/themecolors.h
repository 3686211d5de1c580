#pragma once

#include <QColor>

class QPalette;

namespace ck {

// Colour arithmetic for views that follow the palette, light or dark: mixing, the WCAG contrast
// ratio, and tints of a hue that text in the palette's colour stays readable on.
class ThemeColors
{
public:
    static constexpr qreal kReadableContrast = 4.5; // WCAG 2 AA for body text

    static QColor mix(const QColor &a, const QColor &b, qreal amountOfB);
    static qreal luminance(const QColor &colour);            // WCAG relative luminance, 0..1
    static qreal contrast(const QColor &a, const QColor &b); // 1..21
    static bool isDark(const QPalette &palette);             // a dark window colour
    // `hue` over `background` at `strength` (0: background, 1: hue), weakened until `text` reads
    // on it (contrast >= kReadableContrast): a line highlight, a legend chip.
    static QColor readableTint(const QColor &hue, const QColor &background, const QColor &text,
                               qreal strength);
    // `colour` itself when it reads on `background`, else the nearest mix towards `text` that
    // does: a warning's red on a dark base.
    static QColor readableOn(const QColor &colour, const QColor &background, const QColor &text);
};

} // namespace ck
