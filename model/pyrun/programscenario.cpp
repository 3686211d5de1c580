#include "programscenario.h"

#include "pythonharness.h"
#include "scenario/scenarioloader.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace ck {

namespace {

constexpr int conversionMs = 20'000;
constexpr qint64 maxOutputBytes = 4 * 1024 * 1024;
constexpr int refusedStatus = 2; // to_scenario.py: the program cannot be a scenario

} // namespace

ProgramScenario::Converted ProgramScenario::convert(const QString &program)
{
    QString refusal;
    const QString python = PythonHarness::findPython(&refusal);
    if (python.isEmpty())
        return refuse(program, refusal);
    QTemporaryDir harness;
    QString error;
    if (!harness.isValid() || !PythonHarness::extract(harness.path(), &error))
        return refuse(program,
                      error.isEmpty() ? tr("cannot make a folder for the Python harness") : error);
    QProcess converter;
    converter.setStandardInputFile(QProcess::nullDevice());
    converter.start(
        python, PythonHarness::harnessArguments(
                    harness.path(), {QStringLiteral("--to-scenario"), QStringLiteral("--with-mode"),
                                     QFileInfo(program).absoluteFilePath()}));
    if (!converter.waitForFinished(conversionMs)) {
        converter.kill();
        converter.waitForFinished();
        return refuse(
            program,
            tr("the conversion to a scenario did not end in %1 s").arg(conversionMs / 1000));
    }
    const QByteArray output = converter.readAllStandardOutput();
    const QString said = QString::fromUtf8(converter.readAllStandardError().left(4096)).trimmed();
    if (converter.exitStatus() != QProcess::NormalExit || converter.exitCode() != 0) {
        if (converter.exitCode() == refusedStatus && !said.isEmpty())
            return refuse(program, said.section(QLatin1Char('\n'), -1));
        return refuse(program, tr("the conversion to a scenario failed: %1")
                                   .arg(said.section(QLatin1Char('\n'), -1).left(300)));
    }
    if (output.size() > maxOutputBytes)
        return refuse(program,
                      tr("the converted scenario is larger than %1 bytes").arg(maxOutputBytes));
    return parse(output, program);
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
