#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace ck {

struct TimelineStyle;

// Draws the chart's text. On screen and in PNGs, as QPainter does. For an SVG
// (TimelineStyle::namedFonts), each run of the text that one font draws (Hangul in a CJK font,
// Latin in the Latin one) is drawn on its own, at the place Qt's layout gives it, with that
// font's real family as its font: QSvgGenerator then names "Noto Sans CJK KR", not the
// "sans-serif" every renderer resolves its own way, so rsvg, browsers and ImageMagick set each
// run in the font, and at the width, the PNG has.
class ChartTextPainter
{
public:
    struct Run
    {
        QString text;
        QString family; // the font that holds its glyphs, as the font database names it
        qreal x = 0;    // from the start of the text
    };

    // `flags`: single line, horizontal alignment left, right or centre, vertical centre.
    static void draw(QPainter &painter, const QRectF &rect, int flags, const QString &text,
                     const TimelineStyle &style);
    // The runs `text` is set in with the painter's font.
    static QList<Run> runs(const QString &text, const QFont &font);
};

} // namespace ck
