#pragma once

#include "scenarioloadresult.h"

#include <QCoreApplication>
#include <QString>

namespace ck {

// What `--scenario` and `corokitchen run SCENARIO` accept: a path to a scenario file, or the id
// of a built-in scenario. A file wins, so a user's "kitchen" file in the working directory is
// loaded rather than the built-in one.
class ScenarioSource
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioSource)

public:
    static ScenarioLoadResult resolve(const QString &idOrPath);
};

} // namespace ck
