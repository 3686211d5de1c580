#include "paletteiconengine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>

namespace ck {

PaletteIconEngine::PaletteIconEngine(QIcon base) : m_base(std::move(base)) {}

void PaletteIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                              QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    painter->drawPixmap(rect, pixmap(rect.size() * ratio, mode, state));
}

QPixmap PaletteIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    const QPixmap base = m_base.pixmap(size, mode, state);
    if (base.isNull())
        return base;
    QImage image = base.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn); // keeps the shape's alpha
    painter.fillRect(image.rect(), colourFor(mode));
    painter.end();
    QPixmap tinted = QPixmap::fromImage(image);
    tinted.setDevicePixelRatio(base.devicePixelRatio());
    return tinted;
}

QSize PaletteIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return m_base.actualSize(size, mode, state);
}

QList<QSize> PaletteIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    return m_base.availableSizes(mode, state);
}

QIconEngine *PaletteIconEngine::clone() const
{
    return new PaletteIconEngine(m_base);
}

QString PaletteIconEngine::key() const
{
    return QStringLiteral("PaletteIconEngine");
}

QColor PaletteIconEngine::colourFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::ButtonText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::ButtonText);
}

} // namespace ck
