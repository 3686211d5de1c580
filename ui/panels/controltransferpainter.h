#pragma once

#include "timeline/timelinestyle.h"

#include <QCoreApplication>
#include <QRectF>

#include "teach/controltransferdemo.h"

class QPainter;

namespace ck {

// Paints a run of the seed's programs as a sequence diagram on any QPainter: one column per
// routine (caller | coroutine, or main routine | subroutine), time flowing downwards, one row per
// event up to the current step. An arrow for each transfer of control, labelled with what it does
// and where its value lands ("send(2) → x = 2"), a dot for what a routine does while it has
// control; a solid bar while a routine runs, a pale one while it is paused, none before it starts
// or after it has gone (a cross marks the end). The active routine's column is tinted and the
// locals of both sides are listed underneath, so a coroutine keeps x while add's a, b, c vanish.
// Every row of the run has its place from the start, so stepping moves nothing.
class ControlTransferPainter
{
    Q_DECLARE_TR_FUNCTIONS(ControlTransferPainter)

public:
    ControlTransferPainter(const ControlTransferDemo &demo, int step, TimelineStyle style);

    // Lays the diagram out across the width of `bounds`; the height follows from the content.
    void setGeometry(const QRectF &bounds);
    qreal height() const { return m_height; }
    // Where event `step` is drawn: its arrow or its dot, with the label.
    QRectF eventRect(int step) const;

    void paint(QPainter &painter) const;

private:
    qreal columnX(int column) const;
    qreal rowY(int step) const; // the arrow's line
    int columnOf(RoutineRole role) const;
    QColor eventColor(int step) const;
    void paintBand(QPainter &painter) const;
    void paintHeaders(QPainter &painter) const;
    void paintLifelines(QPainter &painter) const;
    void paintSegment(QPainter &painter, int column, int step) const;
    void paintStep(QPainter &painter, int step) const;
    void paintArrow(QPainter &painter, int step) const;
    void paintToken(QPainter &painter, const QPointF &centre, int value, const QColor &color) const;
    void paintMark(QPainter &painter, int step) const;
    void paintLocals(QPainter &painter) const;
    void paintLocalsBox(QPainter &painter, int column, const QRectF &box) const;
    void paintCross(QPainter &painter, const QPointF &centre) const;
    void paintLegend(QPainter &painter) const;

    const ControlTransferDemo &m_demo;
    int m_step;
    TimelineStyle m_style;
    QRectF m_bounds;
    qreal m_contentLeft = 0;
    qreal m_contentWidth = 0;
    qreal m_headerTop = 0;
    qreal m_rowsTop = 0;
    qreal m_rowHeight = 0;
    qreal m_footerTop = 0;
    qreal m_footerHeight = 0;
    qreal m_legendTop = 0;
    qreal m_height = 0;
};

} // namespace ck
