#include "controltransferpainter.h"

#include "teach/transfertext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace ck {

namespace {

constexpr qreal kMargin = 10;
constexpr qreal kGutter = 26; // step numbers
constexpr qreal kBarWidth = 10;
constexpr qreal kArrowHead = 8;
// Text is elided to fit, never clipped: a Hangul fallback font is taller than the Latin font the
// rows are measured with, and clipping would cut its underscores and descenders.
constexpr int kTextFlags = Qt::TextSingleLine | Qt::TextDontClip;

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

QFont bold(QFont font)
{
    font.setBold(true);
    return font;
}

int mostLocals(const ControlTransferDemo &demo)
{
    std::size_t most = 1;
    for (const Transfer &transfer : demo.transfers())
        for (const RoutineFrame &frame : transfer.frames)
            most = std::max(most, frame.locals.size());
    return int(most);
}

} // namespace

ControlTransferPainter::ControlTransferPainter(const ControlTransferDemo &demo, int step,
                                               TimelineStyle style)
    : m_demo(demo), m_step(std::max(0, std::min(step, int(demo.transfers().size()) - 1))),
      m_style(std::move(style))
{}

void ControlTransferPainter::setGeometry(const QRectF &bounds)
{
    const qreal line = QFontMetricsF(m_style.font).height();
    const qreal smallLine = QFontMetricsF(m_style.smallFont).height();
    m_bounds = bounds;
    m_contentLeft = bounds.left() + kMargin + kGutter;
    m_contentWidth = std::max(0.0, bounds.right() - kMargin - m_contentLeft);
    m_headerTop = bounds.top() + kMargin;
    m_rowsTop = m_headerTop + line + smallLine + 14;
    m_rowHeight = std::round(line * 2.1);
    m_footerTop = m_rowsTop + qreal(m_demo.transfers().size()) * m_rowHeight + 8;
    m_footerHeight = smallLine + mostLocals(m_demo) * line + 16;
    m_legendTop = m_footerTop + m_footerHeight + 8;
    m_height = m_legendTop + smallLine + kMargin - bounds.top();
}

QRectF ControlTransferPainter::eventRect(int step) const
{
    return QRectF(m_contentLeft, m_rowsTop + step * m_rowHeight, m_contentWidth, m_rowHeight);
}

qreal ControlTransferPainter::columnX(int column) const
{
    return m_contentLeft + m_contentWidth * (column == 0 ? 0.25 : 0.75);
}

qreal ControlTransferPainter::rowY(int step) const
{
    return std::round(m_rowsTop + step * m_rowHeight + m_rowHeight * 0.62);
}

int ControlTransferPainter::columnOf(RoutineRole role) const
{
    return m_demo.roles()[1] == role ? 1 : 0;
}

QColor ControlTransferPainter::eventColor(int step) const
{
    return step == m_step ? m_style.now : m_style.mutedText;
}

void ControlTransferPainter::paint(QPainter &painter) const
{
    if (m_demo.transfers().empty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(m_bounds, m_style.background);
    paintBand(painter);
    paintHeaders(painter);
    paintLifelines(painter);
    for (int step = 0; step <= m_step; ++step)
        paintStep(painter, step);
    paintLocals(painter);
    paintLegend(painter);
    painter.restore();
}

// The routine that has control after the current step: its whole column, and its row.
void ControlTransferPainter::paintBand(QPainter &painter) const
{
    const Transfer &current = m_demo.transfers()[std::size_t(m_step)];
    const qreal width = m_contentWidth / 2 - 8;
    const qreal x = columnX(columnOf(current.to)) - width / 2;
    const QRectF band(x, m_headerTop - 4, width, m_footerTop + m_footerHeight - m_headerTop + 4);
    painter.setPen(Qt::NoPen);
    painter.setBrush(withAlpha(m_style.running, m_style.isDark ? 46 : 30));
    painter.drawRoundedRect(band, 6, 6);
    painter.fillRect(eventRect(m_step).adjusted(-kGutter, 0, 0, 0), m_style.ghostFill);
}

void ControlTransferPainter::paintHeaders(QPainter &painter) const
{
    const Transfer &current = m_demo.transfers()[std::size_t(m_step)];
    const qreal width = m_contentWidth / 2 - 16;
    const qreal line = QFontMetricsF(m_style.font).height();
    for (int column = 0; column < 2; ++column) {
        const RoutineFrame frame = current.frames[std::size_t(column)];
        const QRectF title(columnX(column) - width / 2, m_headerTop, width, line);
        const QFont titleFont = bold(m_style.font);
        painter.setFont(titleFont);
        painter.setPen(m_style.text);
        painter.drawText(title, Qt::AlignCenter | kTextFlags,
                         QFontMetricsF(titleFont).elidedText(TransferText::roleTitle(frame.role),
                                                             Qt::ElideRight, width));
        painter.setFont(m_style.smallFont);
        painter.setPen(frame.isAlive() ? m_style.text : m_style.mutedText);
        painter.drawText(title.translated(0, line + 2),
                         Qt::AlignHCenter | Qt::AlignTop | kTextFlags,
                         TransferText::stateText(frame));
    }
}

void ControlTransferPainter::paintLifelines(QPainter &painter) const
{
    for (int column = 0; column < 2; ++column)
        for (int step = 0; step <= m_step; ++step)
            paintSegment(painter, column, step);
}

// From this step's row to the next one's (half way for the current step: "now"), the routine as
// it stands after the step.
void ControlTransferPainter::paintSegment(QPainter &painter, int column, int step) const
{
    using State = RoutineFrame::State;
    const auto &transfers = m_demo.transfers();
    const RoutineFrame &frame = transfers[std::size_t(step)].frames[std::size_t(column)];
    const qreal x = columnX(column);
    const qreal top = rowY(step);
    const qreal bottom = step == m_step ? top + m_rowHeight / 2 : rowY(step + 1);
    const QRectF bar(x - kBarWidth / 2, top, kBarWidth, bottom - top);
    if (frame.state == State::Running) {
        painter.fillRect(bar, m_style.running);
    } else if (frame.state == State::Paused) {
        painter.fillRect(bar, m_style.suspendedFill);
        painter.setPen(QPen(m_style.suspendedLine, 1));
        painter.drawLine(bar.topLeft(), bar.bottomLeft());
        painter.drawLine(bar.topRight(), bar.bottomRight());
    } else if (frame.state == State::NotStarted && frame.role == RoutineRole::Coroutine) {
        // The coroutine object exists; its body has not run yet.
        painter.setPen(QPen(m_style.ghostLine, 1.5, Qt::DotLine));
        painter.drawLine(QPointF(x, top), QPointF(x, bottom));
    }
    const bool ended =
        frame.state == State::Finished &&
        (step == 0 || transfers[std::size_t(step - 1)].frames[std::size_t(column)].isAlive());
    if (ended) // the frame is destroyed here
        paintCross(painter, QPointF(x, top));
}

void ControlTransferPainter::paintCross(QPainter &painter, const QPointF &centre) const
{
    painter.setPen(QPen(m_style.failed, 2.5));
    const qreal r = kBarWidth * 0.7;
    painter.drawLine(centre + QPointF(-r, -r), centre + QPointF(r, r));
    painter.drawLine(centre + QPointF(-r, r), centre + QPointF(r, -r));
}

void ControlTransferPainter::paintStep(QPainter &painter, int step) const
{
    const bool current = step == m_step;
    painter.setFont(current ? bold(m_style.smallFont) : m_style.smallFont);
    painter.setPen(current ? m_style.text : m_style.mutedText);
    const QRectF number(m_contentLeft - kGutter, rowY(step) - m_rowHeight / 2, kGutter - 6,
                        m_rowHeight);
    painter.drawText(number, Qt::AlignRight | Qt::AlignVCenter | kTextFlags,
                     QString::number(step + 1));
    painter.setFont(current ? bold(m_style.font) : m_style.font);
    if (m_demo.transfers()[std::size_t(step)].movesControl())
        paintArrow(painter, step);
    else
        paintMark(painter, step);
}

void ControlTransferPainter::paintArrow(QPainter &painter, int step) const
{
    const Transfer &transfer = m_demo.transfers()[std::size_t(step)];
    const QColor color = eventColor(step);
    const qreal y = rowY(step);
    const qreal direction = columnOf(transfer.to) > columnOf(transfer.from) ? 1 : -1;
    const qreal from = columnX(columnOf(transfer.from)) + direction * (kBarWidth / 2 + 1);
    const qreal to = columnX(columnOf(transfer.to)) - direction * (kBarWidth / 2 + 1);
    painter.setPen(QPen(color, step == m_step ? 2.5 : 1.5));
    painter.drawLine(QPointF(from, y), QPointF(to - direction * kArrowHead, y));
    QPainterPath head;
    head.moveTo(to, y);
    head.lineTo(to - direction * kArrowHead * 1.4, y - kArrowHead * 0.6);
    head.lineTo(to - direction * kArrowHead * 1.4, y + kArrowHead * 0.6);
    head.closeSubpath();
    painter.fillPath(head, color);
    const qreal span = std::abs(to - from);
    const QRectF label(std::min(from, to), y - m_rowHeight * 0.62, span, m_rowHeight * 0.62 - 3);
    painter.setPen(step == m_step ? m_style.text : m_style.mutedText);
    const QString text = TransferText::arrowLabel(transfer);
    painter.drawText(label, Qt::AlignHCenter | Qt::AlignBottom | kTextFlags,
                     QFontMetricsF(painter.font()).elidedText(text, Qt::ElideRight, span));
    // Near the sender, clear of the label in the middle: the value is on its way.
    if (transfer.value)
        paintToken(painter, QPointF(from + direction * std::min(30.0, span / 4), y),
                   *transfer.value, color);
}

// The value travelling with the transfer, riding on its arrow.
void ControlTransferPainter::paintToken(QPainter &painter, const QPointF &centre, int value,
                                        const QColor &color) const
{
    const QFont font = bold(m_style.smallFont);
    const qreal radius = QFontMetricsF(font).height() * 0.55;
    painter.setPen(QPen(color, 1.5));
    painter.setBrush(m_style.background);
    painter.drawEllipse(centre, radius, radius);
    painter.setFont(font);
    painter.setPen(m_style.text);
    painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                     Qt::AlignCenter | kTextFlags, QString::number(value));
}

// Something a routine does while it keeps control: a dot on its bar, the label towards the
// middle of the diagram.
void ControlTransferPainter::paintMark(QPainter &painter, int step) const
{
    const Transfer &transfer = m_demo.transfers()[std::size_t(step)];
    const int column = columnOf(transfer.from);
    const qreal x = columnX(column);
    const qreal y = rowY(step);
    const QColor color = eventColor(step);
    painter.setPen(QPen(m_style.background, 1.5));
    painter.setBrush(color);
    painter.drawEllipse(QPointF(x, y), 4.5, 4.5);
    const qreal width = m_contentWidth / 2 - kBarWidth - 6;
    const QRectF label =
        column == 0 ? QRectF(x + kBarWidth, y - m_rowHeight / 2, width, m_rowHeight)
                    : QRectF(x - kBarWidth - width, y - m_rowHeight / 2, width, m_rowHeight);
    painter.setPen(step == m_step ? m_style.text : m_style.mutedText);
    const QString text = TransferText::arrowLabel(transfer);
    painter.drawText(label,
                     Qt::AlignVCenter | kTextFlags | (column == 0 ? Qt::AlignLeft : Qt::AlignRight),
                     QFontMetricsF(painter.font()).elidedText(text, Qt::ElideRight, width));
}

void ControlTransferPainter::paintLocals(QPainter &painter) const
{
    const qreal width = m_contentWidth / 2 - 12;
    for (int column = 0; column < 2; ++column) {
        const QRectF box(columnX(column) - width / 2, m_footerTop, width, m_footerHeight);
        paintLocalsBox(painter, column, box);
    }
}

void ControlTransferPainter::paintLocalsBox(QPainter &painter, int column, const QRectF &box) const
{
    using State = RoutineFrame::State;
    const RoutineFrame &frame = m_demo.transfers()[std::size_t(m_step)].frames[std::size_t(column)];
    const QColor border = frame.state == State::Running  ? m_style.running
                          : frame.state == State::Paused ? m_style.suspendedLine
                                                         : m_style.separator;
    painter.setPen(QPen(border, 1.5, frame.isAlive() ? Qt::SolidLine : Qt::DashLine));
    painter.setBrush(m_style.background);
    painter.drawRoundedRect(box, 5, 5);
    const QRectF inside = box.adjusted(10, 6, -10, -6);
    const qreal smallLine = QFontMetricsF(m_style.smallFont).height();
    painter.setFont(m_style.smallFont);
    painter.setPen(m_style.mutedText);
    painter.drawText(inside, Qt::AlignLeft | Qt::AlignTop | kTextFlags, tr("locals"));
    const QStringList locals = TransferText::locals(frame);
    QFont font = m_style.font;
    font.setItalic(locals.isEmpty());
    painter.setFont(font);
    painter.setPen(locals.isEmpty() ? m_style.mutedText : m_style.text);
    const QStringList lines =
        locals.isEmpty() ? QStringList{TransferText::noLocalsText(frame)} : locals;
    const QFontMetricsF metrics(font);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRectF row(inside.left(), inside.top() + smallLine + 2 + qreal(i) * metrics.height(),
                         inside.width(), metrics.height());
        painter.drawText(row, Qt::AlignLeft | Qt::AlignVCenter | kTextFlags,
                         metrics.elidedText(lines[i], Qt::ElideRight, row.width()));
    }
}

// What the bars, the cross and the round tokens mean, in one line under the locals.
void ControlTransferPainter::paintLegend(QPainter &painter) const
{
    const QFontMetricsF metrics(m_style.smallFont);
    const qreal h = metrics.height();
    const qreal y = m_legendTop + h / 2;
    qreal x = m_contentLeft;
    const auto label = [&](const QString &text) {
        painter.setFont(m_style.smallFont);
        painter.setPen(m_style.mutedText);
        const qreal width = metrics.horizontalAdvance(text);
        painter.drawText(QRectF(x, m_legendTop, width + 1, h),
                         Qt::AlignLeft | Qt::AlignVCenter | kTextFlags, text);
        x += width + 18;
    };
    const QRectF swatch(0, y - h * 0.4, kBarWidth, h * 0.8);
    painter.fillRect(swatch.translated(x, 0), m_style.running);
    x += kBarWidth + 5;
    label(tr("running"));
    painter.fillRect(swatch.translated(x, 0), m_style.suspendedFill);
    painter.setPen(QPen(m_style.suspendedLine, 1));
    painter.drawLine(QPointF(x, swatch.top()), QPointF(x, swatch.bottom()));
    painter.drawLine(QPointF(x + kBarWidth, swatch.top()), QPointF(x + kBarWidth, swatch.bottom()));
    x += kBarWidth + 5;
    label(tr("paused, its locals kept"));
    paintCross(painter, QPointF(x + kBarWidth / 2, y));
    x += kBarWidth + 7;
    label(tr("frame gone, with its locals"));
    paintToken(painter, QPointF(x + h * 0.55, y), 1, m_style.mutedText);
    x += h * 1.1 + 5;
    label(tr("a value carried across"));
}

} // namespace ck
