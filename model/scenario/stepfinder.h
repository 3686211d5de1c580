#pragma once

#include "scenario.h"

#include <QString>
#include <functional>
#include <optional>

namespace ck {

// Finds the first step, in the tasks and then in the routines, that matches a predicate.
class StepFinder
{
public:
    // Its JSON path ("tasks[1].steps[0]"), or an empty string when no step matches.
    static QString firstWhere(const Scenario &scenario,
                              const std::function<bool(const Step &)> &matches);
};

} // namespace ck
