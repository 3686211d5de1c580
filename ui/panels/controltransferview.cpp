#include "controltransferview.h"

#include "controltransferpainter.h"

#include <QEvent>
#include <QPainter>

namespace ck {

namespace {

constexpr int kPreferredWidth = 560;

} // namespace

ControlTransferView::ControlTransferView(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ControlTransferView::setDemo(const ControlTransferDemo *demo, int step)
{
    m_demo = demo;
    m_step = step;
    updateGeometry(); // another program has another number of rows
    update();
}

void ControlTransferView::setStep(int step)
{
    if (step == m_step)
        return;
    m_step = step;
    update();
}

ControlTransferPainter ControlTransferView::painterFor(const QSize &size) const
{
    ControlTransferPainter painter(*m_demo, m_step,
                                   TimelineStyle::forPalette(palette(), font(), logicalDpiY()));
    painter.setGeometry(QRectF(QPointF(0, 0), QSizeF(size.isEmpty() ? this->size() : size)));
    return painter;
}

QImage ControlTransferView::toImage(QSize size) const
{
    if (size.isEmpty())
        size = this->size();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (!m_demo)
        return image;
    QPainter painter(&image);
    painterFor(size).paint(painter);
    return image;
}

QRectF ControlTransferView::eventRect(int step, QSize size) const
{
    return m_demo ? painterFor(size).eventRect(step) : QRectF();
}

QSize ControlTransferView::sizeHint() const
{
    if (!m_demo)
        return QSize(kPreferredWidth, 200);
    return QSize(kPreferredWidth, qCeil(painterFor(QSize(kPreferredWidth, 1)).height()));
}

QSize ControlTransferView::minimumSizeHint() const
{
    return QSize(kPreferredWidth * 2 / 3, sizeHint().height());
}

void ControlTransferView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    if (!m_demo)
        return;
    QPainter painter(this);
    painterFor(size()).paint(painter);
}

void ControlTransferView::changeEvent(QEvent *event)
{
    // The colours follow the palette (light or dark), the layout the font.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace ck
