#pragma once

#include "run/strategy.h"
#include "scenario/scenarioloadresult.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ck {

// "Open as scenario": a plain .py program converted to a scenario by the harness's
// `--to-scenario` (python/corokitchen_oracle/to_scenario.py, which reads the program with ast and
// never runs it) under the python3 PythonHarness finds. What it prints is parsed by the
// ScenarioLoader as a file is, so a hostile output is refused as a hostile file would be.
class ProgramScenario
{
    Q_DECLARE_TR_FUNCTIONS(ProgramScenario)

public:
    struct Converted
    {
        ScenarioLoadResult loaded;    // the scenario, or the refusal: "line 12: ..."
        std::optional<Strategy> mode; // the mode main() composes its tasks in
        QByteArray json;              // the scenario's JSON (for an editor), when it loaded
    };

    // Converts `program`, waiting for the converter (the window uses ProgramConversion, which
    // does not block).
    static Converted convert(const QString &program);
    // A refusal of `program`, "PROGRAM: reason".
    static Converted refuse(const QString &program, const QString &reason);
    // The converter's output: the mode's line, then the scenario's JSON.
    static Converted parse(const QByteArray &output, const QString &program);
};

} // namespace ck
