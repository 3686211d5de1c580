#pragma once

#include "localizedtext.h"
#include "routine.h"
#include "scenariotask.h"

#include <QString>
#include <algorithm>
#include <vector>

namespace ck {

// A validated scenario: every name resolved, every duration in range. Immutable once loaded.
struct Scenario
{
    QString id;
    LocalizedText title;
    LocalizedText description;
    std::vector<Routine> routines;
    std::vector<ScenarioTask> tasks;

    // Whether some task comes `after` another.
    bool hasOrderings() const
    {
        return std::any_of(tasks.begin(), tasks.end(),
                           [](const ScenarioTask &task) { return !task.after.isEmpty(); });
    }
};

} // namespace ck
