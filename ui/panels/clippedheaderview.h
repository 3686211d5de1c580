#pragma once

#include <QHeaderView>

namespace ck {

// A header that draws a section only as far as its view shows it: a column as wide as a
// crowd's gather (thousands of pixels) is otherwise drawn whole, and Fusion caches each
// section's drawing at its full size. Its labels are left-aligned, so what shows is the same.
// Takes over the settings of the header it replaces.
class ClippedHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit ClippedHeaderView(const QHeaderView &replaced, QWidget *parent = nullptr);

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
};

} // namespace ck
