#pragma once

#include "scenarioloadresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ck {

// Loads corokitchen-scenario/1 files (docs/scenario-format.md). A scenario it returns is
// complete: every name resolved, every duration and size in range. A refusal is one line that
// starts with the source as the caller gave it: "kitchen.json: tasks[1].steps[0]: ...".
class ScenarioLoader
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioLoader)

public:
    static ScenarioLoadResult fromJson(const QByteArray &json, const QString &source);
    // `missing` (when given) tells a path that does not exist from one that was refused.
    static ScenarioLoadResult fromFile(const QString &path, bool *missing = nullptr);

private:
    static ScenarioLoadResult refuse(const QString &source, const QString &what);
};

} // namespace ck
