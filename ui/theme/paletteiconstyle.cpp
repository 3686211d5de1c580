#include "paletteiconstyle.h"

#include "paletteiconengine.h"

namespace ck {

PaletteIconStyle::PaletteIconStyle(QStyle *base) : QProxyStyle(base) {}

QIcon PaletteIconStyle::standardIcon(StandardPixmap icon, const QStyleOption *option,
                                     const QWidget *widget) const
{
    QIcon base = QProxyStyle::standardIcon(icon, option, widget);
    if (!isMonochrome(icon) || base.isNull())
        return base;
    return QIcon(new PaletteIconEngine(base));
}

bool PaletteIconStyle::isMonochrome(StandardPixmap icon)
{
    switch (icon) {
    case SP_MediaPlay:
    case SP_MediaStop:
    case SP_MediaPause:
    case SP_MediaSeekForward:
    case SP_MediaSeekBackward:
    case SP_MediaSkipForward:
    case SP_MediaSkipBackward:
    case SP_ArrowUp:
    case SP_ArrowDown:
    case SP_ArrowLeft:
    case SP_ArrowRight:
    case SP_ArrowBack:
    case SP_ArrowForward:
    case SP_TitleBarCloseButton:
        return true;
    default:
        return false;
    }
}

} // namespace ck
