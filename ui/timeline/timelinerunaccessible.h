#pragma once

#include <QAccessibleInterface>
#include <QPointer>

namespace ck {

class TimelineView;

// One run of the timeline as a child of its TimelineAccessible, so a screen reader can walk
// the runs one by one: named with the run's summary ("Gather · 3.00 s: lanes 2, spans 4, …").
// It has no widget of its own; it reads the view's runs when asked, and is no longer valid
// once the view shows fewer runs.
class TimelineRunAccessible : public QAccessibleInterface
{
public:
    TimelineRunAccessible(TimelineView *view, int run);

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text kind) const override;
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;

private:
    QPointer<TimelineView> m_view;
    int m_run;
};

} // namespace ck
