#pragma once

#include <QAccessibleWidget>

namespace ck {

class TimelineView;

// What a screen reader hears of the timeline, a painted chart with no child widgets: its name
// ("Timeline") and, as its description, the summary of what it shows (TimelineSummary): the
// runs, their totals, lanes and spans, and the comparison.
class TimelineAccessible : public QAccessibleWidget
{
public:
    explicit TimelineAccessible(TimelineView *view);

    // Makes QAccessible build this interface for every TimelineView (once per process).
    static void install();

    QString text(QAccessible::Text kind) const override;

private:
    TimelineView *view() const;
};

} // namespace ck
