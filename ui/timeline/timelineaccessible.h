#pragma once

#include <QAccessibleWidget>

#include <vector>

namespace ck {

class TimelineView;

// What a screen reader hears of the timeline, a painted chart with no child widgets: its name
// ("Timeline") and, as its description, the summary of what it shows (TimelineSummary): the
// runs, their totals, lanes and spans, and the comparison; one child per run
// (TimelineRunAccessible) tells that run alone.
class TimelineAccessible : public QAccessibleWidget
{
public:
    explicit TimelineAccessible(TimelineView *view);
    ~TimelineAccessible() override;

    // Makes QAccessible build this interface for every TimelineView (once per process).
    static void install();

    QString text(QAccessible::Text kind) const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;

private:
    TimelineView *view() const;

    // The runs' interfaces made so far, registered with QAccessible (which owns them).
    mutable std::vector<QAccessible::Id> m_runs;
};

} // namespace ck
