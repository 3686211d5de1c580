#pragma once

#include "scenario.h"

#include <QString>
#include <optional>

namespace ck {

// Either a scenario or the one-line reason it was refused ("kitchen.json: tasks[1]: ...").
struct ScenarioLoadResult
{
    std::optional<Scenario> scenario;
    QString error;

    bool ok() const { return scenario.has_value(); }
};

} // namespace ck
