#pragma once

#include "fidelityresult.h"
#include "pythonprogramrun.h"
#include "run/session.h"
#include "run/strategy.h"
#include "scenario/language.h"

#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace ck {

class Recorder;
struct Scenario;

// "Check with CPython": a scenario run in a mode on the app's QCoro engine, then under CPython
// the Python program the app writes for it (PythonProgram) or one given, both on the virtual
// clock, and the two records compared (FidelityCheck). The command line waits for it; the
// window can start it and take finished().
class FidelityRun : public QObject
{
    Q_OBJECT

public:
    // `program`: a .py file to run instead of the generated program; `language`: the one the
    // program prints in.
    FidelityRun(std::shared_ptr<const Scenario> scenario, Strategy mode, Language language,
                QString program = {}, QObject *parent = nullptr);
    ~FidelityRun() override;

    // Starts the app's run; empty, or why it cannot run (then finished() never comes).
    QString start();
    // Ends the check where it is: the app's run is cancelled, or CPython's process group
    // killed; finished() follows with failure() "stopped" and wasStopped().
    void stop();
    void waitUntilFinished();

    bool isFinished() const { return m_finished; }
    bool wasStopped() const { return m_stopped; }
    // CPython's run once it has started (pythonStarted()), else null.
    const PythonProgramRun *pythonRun() const { return m_python.get(); }
    // Why the CPython run failed to run (no python3, a limit): then there is no result.
    const QString &failure() const { return m_failure; }
    const FidelityResult &result() const { return m_result; }
    // The two records, labelled "QCoro" and "CPython" (RunInfo::mode) once finished.
    std::shared_ptr<const Recorder> app() const { return m_app; }
    std::shared_ptr<const Recorder> python() const;
    const Session &session() const { return m_session; }

Q_SIGNALS:
    void pythonStarted(); // the app's run is done and python3 runs the program
    void finished();

private:
    void runPython();
    void finish(const QString &failure);
    void compare();
    QString writeProgram(QString *error);

    std::shared_ptr<const Scenario> m_scenario;
    Strategy m_mode;
    Language m_language;
    QString m_program;
    QTemporaryDir m_folder;
    Session m_session;
    std::shared_ptr<Recorder> m_app;
    std::unique_ptr<PythonProgramRun> m_python;
    FidelityResult m_result;
    QString m_failure;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace ck
