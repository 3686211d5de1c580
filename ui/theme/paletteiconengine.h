#pragma once

#include <QIcon>
#include <QIconEngine>

namespace ck {

// An icon drawn in the application palette's colour of the moment: the base icon's shape (its
// alpha) filled with the button text colour (disabled: the disabled one; selected: the
// highlighted text), so it follows a theme switched while the window is open.
class PaletteIconEngine : public QIconEngine
{
public:
    explicit PaletteIconEngine(QIcon base);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;

    static QColor colourFor(QIcon::Mode mode);

private:
    QIcon m_base;
};

} // namespace ck
