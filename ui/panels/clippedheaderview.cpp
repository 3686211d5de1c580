#include "clippedheaderview.h"

#include <algorithm>

namespace ck {

namespace {

constexpr int kBeyondEdge = 64; // the section's right edge stays out of sight

} // namespace

ClippedHeaderView::ClippedHeaderView(const QHeaderView &replaced, QWidget *parent)
    : QHeaderView(replaced.orientation(), parent)
{
    setSectionsMovable(replaced.sectionsMovable());
    setSectionsClickable(replaced.sectionsClickable());
    setHighlightSections(replaced.highlightSections());
    setStretchLastSection(replaced.stretchLastSection());
    setCascadingSectionResizes(replaced.cascadingSectionResizes());
    setDefaultAlignment(replaced.defaultAlignment());
    setSortIndicatorShown(replaced.isSortIndicatorShown());
    setMinimumSectionSize(replaced.minimumSectionSize());
    setDefaultSectionSize(replaced.defaultSectionSize());
    setTextElideMode(replaced.textElideMode());
}

void ClippedHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    QRect shown = rect;
    shown.setRight(std::min(rect.right(), std::max(rect.left(), width() + kBeyondEdge)));
    QHeaderView::paintSection(painter, shown, logicalIndex);
}

} // namespace ck
