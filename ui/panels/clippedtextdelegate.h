#pragma once

#include <QStyledItemDelegate>

namespace ck {

// Draws a cell as QStyledItemDelegate does, but lays out a long text only as far as the view
// shows it: a crowd's main() awaits a gather of a thousand coroutines, whose one line would be
// shaped whole at every repaint. The pixels on screen are the same: the cut is past the view's
// right edge.
class ClippedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // The start of `text` that reaches at least `width` pixels in `metrics`, or all of it.
    static QString reaching(const QString &text, int width, const QFontMetrics &metrics);

private:
    static constexpr qsizetype kLongText = 256; // characters; shorter texts are drawn whole
};

} // namespace ck
