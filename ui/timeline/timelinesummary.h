#pragma once

#include "timelinerun.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace ck {

// The timeline in words, for a screen reader (TimelineAccessible) and anyone who cannot see
// the bars: "Kitchen — Compare. 2 runs. Sequential · 5.00 s: lanes 2, spans 4, best in this
// mode: 5.00 s. Gather · 3.00 s: … Sequential 5.00 s · Gather 3.00 s · 1.67× faster."
class TimelineSummary
{
    Q_DECLARE_TR_FUNCTIONS(TimelineSummary)

public:
    static QString of(const QString &title, const std::vector<TimelineRun> &runs);
    // One run: "Gather · 3.00 s: lanes 2, spans 4, best in this mode: 3.00 s".
    static QString ofRun(const TimelineRun &run);
};

} // namespace ck
