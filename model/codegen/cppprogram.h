#pragma once

#include "codelocation.h"
#include "cppprelude.h"
#include "downloaduse.h"
#include "generatedprogram.h"
#include "programtext.h"
#include "run/strategy.h"
#include "scenario/language.h"
#include "scenario/step.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace ck {

struct Scenario;
struct ScenarioTask;

// Writes the C++20 QCoro program that does what a run of the scenario does under a mode, as
// PythonProgram writes the asyncio one: the same prints in the same order, then the total time,
// with the same line map. It runs on CoroKitchen's own event loop (ck::Scheduler on a RealClock)
// and composes tasks with the engine's own primitives (ck::spawn, ck::whenAll, yieldNow,
// ck::AsyncEvent, ck::AsyncSemaphore) in the engine's order, so its prints come in the order of
// the app's log, on the real clock too: the scheduler fires the timers due within a millisecond
// of each other in one iteration, as asyncio does, so wake-ups at one scenario instant set in
// different iterations keep the virtual clock's order (tests/data/tricky-asyncio.json).
class CppProgram
{
    Q_DECLARE_TR_FUNCTIONS(CppProgram)

public:
    // The program (every scenario has one so far; `error` is for a reason it has none).
    static std::optional<GeneratedProgram> generate(const Scenario &scenario,
                                                    const Strategy &strategy, Language language,
                                                    double speed, QString *error);
    // For the code view: how the C++ program differs from the Python one, one paragraph.
    static QString differencesFromPython();

private:
    CppProgram(const Scenario &scenario, const Strategy &strategy, Language language, double speed);

    GeneratedProgram program();
    void writeFunction(const QString &name, const std::vector<Step> &steps,
                       const CodeLocation &header, const ScenarioTask *task);
    // Writes `step` of the function whose header is at `owner`.
    void writeStep(const Step &step, const CodeLocation &owner);
    void writeMain();
    void writeSequence();
    void writeGather();
    void writeTaskGroup();
    void writeCreatedTasks();
    void writeResults();
    void writeUnawaited();
    // Some step cancels a task: main() keeps every task in `tasks` (`handle` is its ck::Task).
    void writeKept(const ScenarioTask &task, const QString &handle);
    std::size_t lastAwaitedTask() const;
    void comment(const QString &english, const QString &korean);
    // A routine's: ck::PyValue when it is valued (m_valued), a task's: its result's QString.
    QString returnType(const QString &name, const ScenarioTask *task) const;
    void writeLocals(const std::vector<Step> &steps);
    // The repeats (by Step::order) whose "as" the function names after the loop: Python's loop
    // variable keeps its last value, so C++ keeps it in a ck::PyValue of the function.
    static QSet<int> keptLoopVariables(const std::vector<Step> &steps);
    // The routines whose function returns a ck::PyValue: those with a return step, those whose
    // value a step binds (None without a return step), and those that share a std::vector of
    // tasks (as_completed, wait_tasks, gather with return_exceptions) with one of them.
    static QSet<QString> valuedRoutines(const Scenario &scenario);
    bool usesEvents() const;
    CppPrelude::Needs needs() const;
    bool isAwaited(const QString &routine) const;

    const Scenario &m_scenario;
    Strategy m_strategy;
    double m_speed;
    DownloadUse m_downloads;
    bool m_usesEvents;      // some task comes after another: each task sets an event when it ends
    bool m_unawaited;       // some task is never awaited: sleeps must be cancellable
    QSet<QString> m_valued; // valuedRoutines()
    QSet<int> m_keptLoops;  // keptLoopVariables() of the function being written
    ProgramText m_out;
};

} // namespace ck
