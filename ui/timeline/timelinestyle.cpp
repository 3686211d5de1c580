#include "timelinestyle.h"

#include "theme/okabeito.h"
#include "theme/themecolors.h"

#include <QPalette>

#include <algorithm>

namespace ck {

namespace {

using namespace OkabeIto;

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

int pixelSize(const QFont &font, qreal dpi)
{
    if (font.pixelSize() > 0)
        return font.pixelSize();
    return std::max(8, qRound(font.pointSizeF() * dpi / 72.0));
}

} // namespace

TimelineStyle TimelineStyle::light(const QFont &base, qreal dpi)
{
    TimelineStyle s;
    s.background = Qt::white;
    s.text = QColor(0x1a, 0x1a, 0x1a);
    s.mutedText = QColor(0x55, 0x55, 0x55);
    s.grid = QColor(0xe4, 0xe4, 0xe4);
    s.axis = QColor(0x80, 0x80, 0x80);
    s.separator = QColor(0xc8, 0xc8, 0xc8);
    s.headerBand = QColor(0xf3, 0xf5, 0xf7);
    s.running = QColor(kBluishGreen);
    s.done = QColor(kBlue);
    s.cancelled = QColor(0x99, 0x99, 0x99);
    s.failed = QColor(kVermillion);
    s.caughtFill = ThemeColors::mix(s.failed, s.background, 0.5);
    s.handled = QColor(kBluishGreen).darker(115);
    s.blocked = QColor(kOrange);
    s.suspendedFill = ThemeColors::mix(QColor(kSkyBlue), s.background, 0.72);
    s.suspendedLine = ThemeColors::mix(QColor(kSkyBlue), QColor(kBlue), 0.35);
    s.objectWaitFill = ThemeColors::mix(QColor(kReddishPurple), s.background, 0.75);
    s.objectWaitLine = QColor(kReddishPurple).darker(135);
    s.workerFill = ThemeColors::mix(s.running, s.background, 0.55);
    s.workerLine = s.running.darker(150);
    s.ghostFill = withAlpha(s.text, 14);
    s.ghostLine = withAlpha(s.text, 120);
    s.now = QColor(kReddishPurple).darker(115);
    s.chunk = s.text;
    s.setFonts(base, dpi);
    return s;
}

TimelineStyle TimelineStyle::dark(const QFont &base, qreal dpi)
{
    TimelineStyle s;
    s.isDark = true;
    s.background = QColor(0x1e, 0x1f, 0x22);
    s.text = QColor(0xec, 0xec, 0xec);
    s.mutedText = QColor(0xb0, 0xb0, 0xb0);
    s.grid = QColor(0x34, 0x36, 0x3a);
    s.axis = QColor(0x8a, 0x8a, 0x8a);
    s.separator = QColor(0x4a, 0x4c, 0x50);
    s.headerBand = QColor(0x27, 0x29, 0x2d);
    s.running = QColor(0x2c, 0xc4, 0x99); // bluish green, lifted for a dark ground
    s.done = QColor(kSkyBlue);
    s.cancelled = QColor(0x80, 0x80, 0x80);
    s.failed = QColor(0xf0, 0x7d, 0x3c); // vermillion, lifted
    s.caughtFill = ThemeColors::mix(s.failed, s.background, 0.5);
    s.handled = s.running;
    s.blocked = QColor(0xf0, 0xe4, 0x42); // Okabe-Ito yellow reads best on dark
    s.suspendedFill = ThemeColors::mix(QColor(kSkyBlue), s.background, 0.72);
    s.suspendedLine = QColor(kSkyBlue);
    s.objectWaitFill = ThemeColors::mix(QColor(kReddishPurple), s.background, 0.72);
    s.objectWaitLine = QColor(kReddishPurple).lighter(115);
    s.workerFill = ThemeColors::mix(s.running, s.background, 0.6);
    s.workerLine = s.running.lighter(125);
    s.ghostFill = withAlpha(s.text, 18);
    s.ghostLine = withAlpha(s.text, 130);
    s.now = QColor(0xe8, 0x8e, 0xc4);
    s.chunk = s.text;
    s.setFonts(base, dpi);
    return s;
}

TimelineStyle TimelineStyle::forPalette(const QPalette &palette, const QFont &base, qreal dpi)
{
    const bool dark = ThemeColors::isDark(palette);
    TimelineStyle s = dark ? TimelineStyle::dark(base, dpi) : TimelineStyle::light(base, dpi);
    s.background = palette.color(QPalette::Base);
    s.text = palette.color(QPalette::Text);
    s.suspendedFill = ThemeColors::mix(QColor(kSkyBlue), s.background, 0.72);
    s.objectWaitFill = ThemeColors::mix(QColor(kReddishPurple), s.background, dark ? 0.72 : 0.75);
    s.workerFill = ThemeColors::mix(s.running, s.background, dark ? 0.6 : 0.55);
    s.caughtFill = ThemeColors::mix(s.failed, s.background, 0.5);
    s.ghostFill = withAlpha(s.text, dark ? 18 : 14);
    s.ghostLine = withAlpha(s.text, dark ? 130 : 120);
    s.chunk = s.text;
    return s;
}

QColor TimelineStyle::stateColor(SpanState state) const
{
    switch (state) {
    case SpanState::Running:
        return running;
    case SpanState::Done:
        return done;
    case SpanState::Failed:
        return failed;
    case SpanState::Caught: // raised, then caught: marked by TimelineBarPainter
        return caughtFill;
    case SpanState::Cancelled:
    case SpanState::TimedOut: // cancelled at a deadline: marked by TimelineBarPainter
        return cancelled;
    }
    return done;
}

QColor TimelineStyle::nestedColor(SpanState state, int depth) const
{
    const QColor base = stateColor(state);
    if (depth <= 0)
        return base;
    // Each level a little paler, so a routine stands out from the bar it runs inside.
    return ThemeColors::mix(base, background, std::min(0.18 * depth, 0.54));
}

void TimelineStyle::setFonts(const QFont &base, qreal dpi)
{
    font = base;
    const int size = pixelSize(base, dpi);
    font.setPixelSize(size);
    titleFont = font;
    titleFont.setPixelSize(qRound(size * 1.45));
    titleFont.setBold(true);
    smallFont = font;
    smallFont.setPixelSize(std::max(8, qRound(size * 0.88)));
}

} // namespace ck
