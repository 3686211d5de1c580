#include "apptheme.h"

#include "paletteiconstyle.h"
#include "windowsettings.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace ck {

namespace {

struct SystemLook
{
    bool remembered = false;
    QString style;
    QPalette palette;
    AppTheme::Theme current = AppTheme::Theme::System;
};

SystemLook &systemLook()
{
    static SystemLook look;
    return look;
}

QStyle *styleNamed(const QString &name)
{
    QStyle *style = QStyleFactory::create(name);
    return new PaletteIconStyle(style ? style : QStyleFactory::create(QStringLiteral("Fusion")));
}

} // namespace

std::optional<AppTheme::Theme> AppTheme::parse(const QString &name)
{
    for (const Theme theme : {Theme::System, Theme::Light, Theme::Dark}) {
        if (name.compare(AppTheme::name(theme), Qt::CaseInsensitive) == 0)
            return theme;
    }
    return std::nullopt;
}

QString AppTheme::name(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

void AppTheme::rememberSystem()
{
    SystemLook &look = systemLook();
    if (look.remembered)
        return;
    look.remembered = true;
    look.style = QApplication::style()->name();
    look.palette = QApplication::palette();
}

void AppTheme::apply(Theme theme)
{
    rememberSystem();
    const SystemLook &look = systemLook();
    systemLook().current = theme;
    if (theme == Theme::System) {
        QApplication::setStyle(styleNamed(look.style));
        QApplication::setPalette(look.palette);
        return;
    }
    QApplication::setStyle(styleNamed(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
}

AppTheme::Theme AppTheme::current()
{
    return systemLook().current;
}

AppTheme::Theme AppTheme::startupTheme(const QString &requested)
{
    if (const auto theme = parse(requested))
        return *theme;
    return parse(WindowSettings().theme()).value_or(Theme::System);
}

QPalette AppTheme::lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

// Greys a little blue, as KDE's Breeze Dark; the highlight keeps white text at WCAG AA.
QPalette AppTheme::darkPalette()
{
    const QColor window(0x2d, 0x2f, 0x33);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xec, 0xec, 0xec);
    const QColor disabledText(0x80, 0x80, 0x80);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x33, 0x36, 0x3b));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    palette.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x46));
    palette.setColor(QPalette::Mid, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x1d, 0x6a, 0xb0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x56, 0xb4, 0xe9));
    palette.setColor(QPalette::LinkVisited, QColor(0xcc, 0x79, 0xa7));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
    return palette;
}

} // namespace ck
