#pragma once

#include "scenarioloadresult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ck {

// The scenarios compiled into the app from resources/scenarios/<id>.json, and the crowd
// (CrowdScenario), which is built in code: `crowd`, or `crowd:N` for N tasks.
class BuiltinScenarios
{
    Q_DECLARE_TR_FUNCTIONS(BuiltinScenarios)

public:
    // In the order menus and `corokitchen list` show them.
    static QStringList ids();
    static bool contains(const QString &id);
    // Loads :/scenarios/<id>.json, or makes the crowd; refusals start with the id
    // ("kitchen: ...").
    static ScenarioLoadResult load(const QString &id);
};

} // namespace ck
