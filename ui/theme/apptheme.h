#pragma once

#include <QPalette>
#include <QString>

#include <optional>

namespace ck {

// The window's look: the system's style and palette, or Fusion with a light or a dark palette.
// Every view takes its colours from the palette (ThemeColors, TimelineStyle::forPalette) and the
// monochrome icons are drawn in its text colour (PaletteIconStyle), so switching the theme
// switches everything, live.
class AppTheme
{
public:
    enum class Theme { System, Light, Dark };

    static std::optional<Theme> parse(const QString &name); // "system", "light", "dark"
    static QString name(Theme theme);
    // Applies `theme` to the running QApplication (the first call remembers the system's style
    // and palette, which System goes back to).
    static void apply(Theme theme);
    static Theme current();
    // The theme to start in: `requested` ("dark"...) if given, else the stored choice, else System.
    static Theme startupTheme(const QString &requested = {});

    static QPalette darkPalette();
    static QPalette lightPalette();

private:
    static void rememberSystem();
};

} // namespace ck
