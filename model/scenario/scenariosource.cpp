#include "scenariosource.h"

#include "builtinscenarios.h"
#include "scenariofault.h"
#include "scenarioloader.h"

namespace ck {

namespace {

// Built-in ids are bare words ("kitchen", "crowd:1000"); a name with a directory or a suffix
// is a file the user meant, and its absence is the reason to give.
bool looksLikePath(const QString &idOrPath)
{
    return idOrPath.contains(QLatin1Char('/')) || idOrPath.contains(QLatin1Char('.'));
}

} // namespace

ScenarioLoadResult ScenarioSource::resolve(const QString &idOrPath)
{
    // Opened at once, never checked first: what is checked may not be what is then opened.
    bool missing = true;
    ScenarioLoadResult file;
    if (!idOrPath.isEmpty())
        file = ScenarioLoader::fromFile(idOrPath, &missing);
    if (!missing)
        return file;
    if (BuiltinScenarios::contains(idOrPath))
        return BuiltinScenarios::load(idOrPath);
    if (looksLikePath(idOrPath))
        return file;
    return {std::nullopt, tr("unknown scenario %1: neither a built-in (%2) nor a file")
                              .arg(ScenarioFault::quote(idOrPath),
                                   BuiltinScenarios::ids().join(QStringLiteral(", ")))};
}

} // namespace ck
