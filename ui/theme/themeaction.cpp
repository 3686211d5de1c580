#include "themeaction.h"

#include "apptheme.h"
#include "windowsettings.h"

#include <QEvent>
#include <QWidget>

namespace ck {

ThemeAction::ThemeAction(QWidget *parent) : QAction(parent)
{
    setObjectName(QStringLiteral("darkThemeAction"));
    setCheckable(true);
    setChecked(AppTheme::current() == AppTheme::Theme::Dark);
    connect(this, &QAction::toggled, this, &ThemeAction::choose);
    parent->installEventFilter(this);
    retranslate();
}

bool ThemeAction::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QAction::eventFilter(watched, event);
}

void ThemeAction::retranslate()
{
    setText(tr("Dar&k theme"));
    setToolTip(tr("Light text on a dark window; every colour and icon follows"));
}

void ThemeAction::choose(bool dark)
{
    if (dark == (AppTheme::current() == AppTheme::Theme::Dark))
        return;
    // Leaving dark goes back to the system's look unless light was asked for explicitly.
    const AppTheme::Theme theme = dark ? AppTheme::Theme::Dark : AppTheme::Theme::System;
    AppTheme::apply(theme);
    WindowSettings().setTheme(AppTheme::name(theme));
}

} // namespace ck
