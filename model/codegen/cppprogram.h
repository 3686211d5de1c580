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
    // The program, or nullopt with the reason in `error` (every scenario has one so far).
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
    QString returnType(const ScenarioTask *task) const;
    bool usesEvents() const;
    CppPrelude::Needs needs() const;
    bool isAwaited(const QString &routine) const;

    const Scenario &m_scenario;
    Strategy m_strategy;
    double m_speed;
    DownloadUse m_downloads;
    bool m_usesEvents; // some task comes after another: each task sets an event when it ends
    bool m_unawaited;  // some task is never awaited: sleeps must be cancellable
    ProgramText m_out;
};

} // namespace ck
