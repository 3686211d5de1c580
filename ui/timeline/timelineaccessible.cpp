#include "timelineaccessible.h"

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

TimelineView *TimelineAccessible::view() const
{
    return static_cast<TimelineView *>(widget());
}

} // namespace ck
