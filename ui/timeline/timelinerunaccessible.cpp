#include "timelinerunaccessible.h"

#include "timelinesummary.h"
#include "timelineview.h"

#include <QAccessible>

namespace ck {

TimelineRunAccessible::TimelineRunAccessible(TimelineView *view, int run) : m_view(view), m_run(run)
{}

bool TimelineRunAccessible::isValid() const
{
    return m_view && m_run < int(m_view->runs().size()) &&
           m_view->runs()[std::size_t(m_run)].recorder;
}

QWindow *TimelineRunAccessible::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *TimelineRunAccessible::parent() const
{
    return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
}

QString TimelineRunAccessible::text(QAccessible::Text kind) const
{
    if (!isValid() || (kind != QAccessible::Name && kind != QAccessible::Description))
        return {};
    return TimelineSummary::ofRun(m_view->runs()[std::size_t(m_run)]);
}

QRect TimelineRunAccessible::rect() const
{
    if (!m_view)
        return {};
    return QRect(m_view->mapToGlobal(QPoint(0, 0)), m_view->size());
}

QAccessible::State TimelineRunAccessible::state() const
{
    QAccessible::State state;
    state.readOnly = true;
    state.invisible = !isValid();
    return state;
}

} // namespace ck
