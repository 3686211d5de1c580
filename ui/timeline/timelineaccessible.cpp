#include "timelineaccessible.h"

#include "timelinerunaccessible.h"
#include "timelinesummary.h"
#include "timelineview.h"

namespace ck {

namespace {

QAccessibleInterface *timelineFactory(const QString &className, QObject *object)
{
    if (className != QLatin1String(TimelineView::staticMetaObject.className()))
        return nullptr;
    auto *view = qobject_cast<TimelineView *>(object);
    return view ? new TimelineAccessible(view) : nullptr;
}

} // namespace

TimelineAccessible::TimelineAccessible(TimelineView *view)
    : QAccessibleWidget(view, QAccessible::Chart)
{}

TimelineAccessible::~TimelineAccessible()
{
    for (const QAccessible::Id id : m_runs)
        QAccessible::deleteAccessibleInterface(id);
}

void TimelineAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(timelineFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

QString TimelineAccessible::text(QAccessible::Text kind) const
{
    switch (kind) {
    case QAccessible::Name:
        return view()->accessibleName().isEmpty() ? TimelineView::tr("Timeline")
                                                  : view()->accessibleName();
    case QAccessible::Description:
    case QAccessible::Value:
        return TimelineSummary::of(view()->title(), view()->runs());
    default:
        return QAccessibleWidget::text(kind);
    }
}

int TimelineAccessible::childCount() const
{
    return int(view()->runs().size());
}

QAccessibleInterface *TimelineAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    while (int(m_runs.size()) <= index) {
        m_runs.push_back(QAccessible::registerAccessibleInterface(
            new TimelineRunAccessible(view(), int(m_runs.size()))));
    }
    return QAccessible::accessibleInterface(m_runs[std::size_t(index)]);
}

int TimelineAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        if (QAccessible::accessibleInterface(m_runs[i]) == child)
            return int(i);
    }
    return -1;
}

QAccessibleInterface *TimelineAccessible::childAt(int, int) const
{
    return nullptr; // the runs share the chart's area; a reader walks them by index
}

TimelineView *TimelineAccessible::view() const
{
    return static_cast<TimelineView *>(widget());
}

} // namespace ck
