#pragma once

#include "localizedtext.h"
#include "routine.h"
#include "scenariotask.h"

#include <QString>
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
};

} // namespace ck
