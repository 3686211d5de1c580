#include "clippedtextdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace ck {

namespace {

// Past the view's edge, so that the glyphs at the cut (and any kerning across it) are unseen.
constexpr int kBeyondEdge = 64;

} // namespace

void ClippedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem shown = option;
    initStyleOption(&shown, index);
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    if (view && shown.text.size() > kLongText) {
        const int seen = view->viewport()->width() - shown.rect.left() + kBeyondEdge;
        shown.text = reaching(shown.text, seen, QFontMetrics(shown.font));
    }
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &shown, painter, option.widget);
}

QString ClippedTextDelegate::reaching(const QString &text, int width, const QFontMetrics &metrics)
{
    // A character is rarely narrower than a fifth of the average: start there, and double the
    // length until it reaches (zero-width characters can make it fall short).
    const int narrowest = std::max(1, metrics.averageCharWidth() / 5);
    for (qsizetype length = std::max<qsizetype>(width / narrowest, 1); length < text.size();
         length *= 2) {
        if (text[length - 1].isHighSurrogate())
            ++length;
        const QString start = text.first(length);
        if (metrics.horizontalAdvance(start) >= width)
            return start;
    }
    return text;
}

} // namespace ck
