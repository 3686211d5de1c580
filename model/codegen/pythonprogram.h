#pragma once

#include "run/strategy.h"
#include "scenario/language.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace ck {

struct Scenario;
struct Step;

// Writes the CPython asyncio program that does what a run of the scenario does under a mode:
// the same prints in the same order, then the total time as the seeds print it. `speed`
// divides every duration (a quick check of a long scenario), 1 for the program as it is.
class PythonProgram
{
    Q_DECLARE_TR_FUNCTIONS(PythonProgram)

public:
    // The program, or nullopt with the reason in `error` (downloads have no Python form yet).
    static std::optional<QString> generate(const Scenario &scenario, const Strategy &strategy,
                                           Language language, double speed, QString *error);

private:
    PythonProgram(const Scenario &scenario, const Strategy &strategy, Language language,
                  double speed);

    QString program() const;
    QString routine(const QString &name, const std::vector<Step> &steps, bool isTask,
                    int taskIndex) const;
    QStringList stepLines(const Step &step) const;
    QStringList mainLines() const;
    QStringList resultLines() const;
    QString seconds(std::chrono::nanoseconds duration) const;
    QString callOf(const QString &name) const;
    // Tasks signal their end to the tasks that come `after` them (concurrent modes only).
    bool usesEvents() const;

    const Scenario &m_scenario;
    Strategy m_strategy;
    Language m_language;
    double m_speed;
};

} // namespace ck
