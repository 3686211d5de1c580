#include "programscenario.h"

#include "programconversion.h"
#include "scenario/scenarioloader.h"

namespace ck {

ProgramScenario::Converted ProgramScenario::convert(const QString &program)
{
    ProgramConversion conversion(program);
    conversion.start();
    conversion.waitForFinished();
    return conversion.result();
}

ProgramScenario::Converted ProgramScenario::parse(const QByteArray &output, const QString &program)
{
    const qsizetype lineEnd = output.indexOf('\n');
    const auto mode =
        Strategy::parse(QString::fromUtf8(output.left(lineEnd < 0 ? 0 : lineEnd)).trimmed());
    if (!mode)
        return refuse(program, tr("the conversion to a scenario named no mode"));
    const QByteArray json = output.mid(lineEnd + 1);
    Converted converted{ScenarioLoader::fromJson(json, program), mode, json};
    if (!converted.loaded.ok()) {
        converted.mode.reset();
        converted.json.clear();
    }
    return converted;
}

ProgramScenario::Converted ProgramScenario::refuse(const QString &program, const QString &reason)
{
    return {ScenarioLoadResult{std::nullopt, QStringLiteral("%1: %2").arg(program, reason)},
            std::nullopt,
            {}};
}

} // namespace ck
