#include "scenariosource.h"

#include "builtinscenarios.h"
#include "scenariofault.h"
#include "scenarioloader.h"

#include <QFileInfo>

namespace ck {

ScenarioLoadResult ScenarioSource::resolve(const QString &idOrPath)
{
    if (!idOrPath.isEmpty() && QFileInfo(idOrPath).isFile())
        return ScenarioLoader::fromFile(idOrPath);
    if (BuiltinScenarios::contains(idOrPath))
        return BuiltinScenarios::load(idOrPath);
    return {std::nullopt, tr("unknown scenario %1: neither a built-in (%2) nor a file")
                              .arg(ScenarioFault::quote(idOrPath),
                                   BuiltinScenarios::ids().join(QStringLiteral(", ")))};
}

} // namespace ck
