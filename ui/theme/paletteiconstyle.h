#pragma once

#include <QProxyStyle>

namespace ck {

// A style whose monochrome standard icons (play, stop, pause, seek, skip, arrows, close) are
// drawn in the palette's button text colour when they are painted (PaletteIconEngine): the
// base style's are black, invisible on a dark toolbar. Every other icon is the base style's.
class PaletteIconStyle : public QProxyStyle
{
    Q_OBJECT

public:
    explicit PaletteIconStyle(QStyle *base);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;

    static bool isMonochrome(StandardPixmap icon);
};

} // namespace ck
