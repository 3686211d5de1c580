#pragma once

#include "runselection.h"
#include "scenario/scenario.h"

#include <QString>
#include <memory>

namespace ck {

class RunPlan;

// What ScenarioBuild hands the window: the scenario of `key`, and the plan of the mode that was
// selected when it began (RunPlan: the walks over its tasks that Run and the window's checks
// read); or why it did not load.
struct BuiltScenario
{
    QString key;
    RunSelection selection;
    std::shared_ptr<const Scenario> scenario; // null when it did not load
    std::shared_ptr<const RunPlan> plan;
    QString error;
};

} // namespace ck
