#include "builtinscenarios.h"

#include "crowdscenario.h"
#include "scenariofault.h"
#include "scenarioloader.h"

#include <QFile>

namespace ck {

QStringList BuiltinScenarios::ids()
{
    return {QStringLiteral("kitchen"),
            QStringLiteral("api-calls"),
            QStringLiteral("download-chunks"),
            QStringLiteral("two-downloads"),
            QStringLiteral("http-downloads"),
            QStringLiteral("movie-stream"),
            QStringLiteral("blocking-call"),
            QStringLiteral("forgotten-task"),
            QStringLiteral("never-awaited"),
            QStringLiteral("to-thread"),
            QStringLiteral("exceptions"),
            QStringLiteral("cancellation"),
            QStringLiteral("timeouts"),
            QStringLiteral("taskgroup"),
            QStringLiteral("lock-event"),
            QStringLiteral("as-completed"),
            QStringLiteral("queue"),
            QStringLiteral("download-failure"),
            QStringLiteral("crowd")};
}

bool BuiltinScenarios::contains(const QString &id)
{
    return ids().contains(id) || CrowdScenario::isCrowdId(id);
}

ScenarioLoadResult BuiltinScenarios::load(const QString &id)
{
    if (!contains(id))
        return {std::nullopt, tr("unknown built-in scenario %1 (expected %2)")
                                  .arg(ScenarioFault::quote(id), ids().join(QStringLiteral(", ")))};
    if (CrowdScenario::isCrowdId(id)) {
        QString error;
        const auto count = CrowdScenario::countOf(id, &error);
        if (!count)
            return {std::nullopt, error};
        return {CrowdScenario::make(*count), {}};
    }
    QFile file(QStringLiteral(":/scenarios/%1.json").arg(id));
    if (!file.open(QIODevice::ReadOnly))
        return {
            std::nullopt,
            ScenarioFault(JsonPath(), tr("cannot read: %1").arg(file.errorString())).message(id)};
    return ScenarioLoader::fromJson(file.readAll(), id);
}

} // namespace ck
