#pragma once

#include "codelocation.h"
#include "downloaduse.h"
#include "generatedprogram.h"
#include "programtext.h"
#include "run/strategy.h"
#include "scenario/language.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace ck {

struct Scenario;
struct Step;
struct ScenarioTask;

// Writes the CPython asyncio program that does what a run of the scenario does under a mode:
// the same prints in the same order, then the total time as the seeds print it. `speed`
// divides every duration (a quick check of a long scenario), 1 for the program as it is.
// The program comes with the line of every step, function and task of main.
class PythonProgram
{
    Q_DECLARE_TR_FUNCTIONS(PythonProgram)

public:
    // The program, or nullopt with the reason in `error` (every scenario has one so far).
    static std::optional<GeneratedProgram> generate(const Scenario &scenario,
                                                    const Strategy &strategy, Language language,
                                                    double speed, QString *error);

private:
    PythonProgram(const Scenario &scenario, const Strategy &strategy, Language language,
                  double speed);

    GeneratedProgram program();
    void writeFunction(const QString &name, const std::vector<Step> &steps,
                       const CodeLocation &header, int taskIndex);
    // Writes `step` of the function whose header is at `owner`.
    void writeStep(const Step &step, const CodeLocation &owner);
    void writeObjects();
    void writeMain();
    void writeTaskGroup();
    void writeGather();
    void writeResults();
    // Tasks signal their end to the tasks that come `after` them (concurrent modes only).
    bool usesEvents() const;
    // Tasks created with asyncio.create_task and never awaited, at the top of main().
    void writeUnawaited();
    // Some step runs asyncio.to_thread: main() sizes the loop's default executor first.
    // Whether an except clause names asyncio.CancelledError (the sync mode imports asyncio then).
    bool catchesCancellation() const;
    bool usesThreads() const;
    void writeExecutor();
    // Some step cancels a task: main() keeps every task in `tasks`, where the steps reach it.
    void writeKept(const ScenarioTask &task);
    // Whether a cancel step names the task.
    bool isCancelled(int task) const;

    const Scenario &m_scenario;
    Strategy m_strategy;
    double m_speed;
    DownloadUse m_downloads;
    bool m_usesEvents; // some task comes after another: each task sets an event when it ends
    bool m_cancels;    // some step cancels a task
    ProgramText m_out;
};

} // namespace ck
