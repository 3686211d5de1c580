#include "endfollower.h"

#include <QAbstractScrollArea>
#include <QScrollBar>

namespace ck {

EndFollower::EndFollower(QAbstractScrollArea *view) : QObject(view), m_view(view)
{
    QScrollBar *bar = view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, &EndFollower::onValueChanged);
    connect(bar, &QScrollBar::rangeChanged, this, &EndFollower::onRangeChanged);
}

void EndFollower::follow()
{
    m_following = true;
    onRangeChanged();
}

void EndFollower::onValueChanged(int value)
{
    if (!m_moving)
        m_following = value >= m_view->verticalScrollBar()->maximum();
}

void EndFollower::onRangeChanged()
{
    if (!m_following)
        return;
    QScrollBar *bar = m_view->verticalScrollBar();
    m_moving = true;
    bar->setValue(bar->maximum());
    m_moving = false;
}

} // namespace ck
