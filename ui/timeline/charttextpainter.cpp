#include "charttextpainter.h"

#include "timelinestyle.h"

#include <QGlyphRun>
#include <QPainter>
#include <QRawFont>
#include <QTextLayout>

namespace ck {

namespace {

constexpr qreal kUnboundedWidth = 1e6; // one line, never wrapped

// The family that draws the character at `index`, and where its glyph starts.
std::pair<QString, qreal> glyphAt(const QTextLayout &layout, int index, int length)
{
    const QList<QGlyphRun> glyphs = layout.glyphRuns(index, length);
    for (const QGlyphRun &glyph : glyphs) {
        if (!glyph.positions().isEmpty())
            return {glyph.rawFont().familyName(), glyph.positions().first().x()};
    }
    return {QString(), -1};
}

} // namespace

QList<ChartTextPainter::Run> ChartTextPainter::runs(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(kUnboundedWidth);
    layout.endLayout();
    QList<Run> found;
    for (int i = 0; i < text.size();) {
        const int length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const auto [family, x] = glyphAt(layout, i, length);
        // A character with no glyph of its own (a joiner) stays with the run before it.
        if (found.isEmpty() || (!family.isEmpty() && family != found.last().family))
            found.append(Run{QString(), family, x >= 0 ? x : line.cursorToX(i)});
        found.last().text += text.mid(i, length);
        i += length;
    }
    return found;
}

void ChartTextPainter::draw(QPainter &painter, const QRectF &rect, int flags, const QString &text,
                            const TimelineStyle &style)
{
    if (!style.namedFonts) {
        painter.drawText(rect, flags, text);
        return;
    }
    const QFont font = painter.font();
    QTextLayout layout(text, font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(kUnboundedWidth);
    layout.endLayout();
    const qreal width = line.naturalTextWidth();
    qreal left = rect.left();
    if (flags & Qt::AlignHCenter)
        left = rect.center().x() - width / 2;
    else if (flags & Qt::AlignRight)
        left = rect.right() - width;
    const qreal baseline = rect.top() + (rect.height() - line.height()) / 2 + line.ascent();
    painter.save();
    for (const Run &run : runs(text, font)) {
        QFont named = font;
        if (!run.family.isEmpty())
            named.setFamily(run.family);
        painter.setFont(named);
        painter.drawText(QPointF(left + run.x, baseline), run.text);
    }
    painter.restore();
}

} // namespace ck
