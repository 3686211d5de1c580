#pragma once

#include "pythonrunoptions.h"
#include "pythontracereader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace ck {

class Recorder;

// A user's .py program run by python3 under the app's harness: the trace it writes is read line
// by line as it arrives into a Recorder (PythonTraceReader), what it writes to stderr is kept up
// to a bound. The program runs in a process group of its own, its stdin closed; a wall-time
// limit, a trace-size limit and stop() kill the whole group, so nothing it forked survives.
class PythonProgramRun : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Running,
        Exited,  // the program ran to its end and exited 0
        Raised,  // it raised, or exited with another code
        Refused, // it could not run or was stopped: no python3, a limit, Stop, a bad trace
    };

    explicit PythonProgramRun(QString program, PythonRunOptions options = {},
                              QObject *parent = nullptr);
    ~PythonProgramRun() override;

    // False when it cannot start (failure() says why; finished() is not emitted then).
    bool start();
    void stop();
    // Runs the event loop until the program has ended.
    void waitUntilFinished();

    bool isFinished() const { return m_outcome != Outcome::Running; }
    Outcome outcome() const { return m_outcome; }
    // Why it was refused or what it raised, one line; empty when it exited 0.
    const QString &failure() const { return m_failure; }
    const QString &program() const { return m_program; }
    // python3's process id (its group's too) while it runs, 0 before and after.
    qint64 processId() const { return m_pid; }
    std::shared_ptr<Recorder> recorder() const { return m_recorder; }
    const PythonTraceReader &reader() const { return m_reader; }
    const QByteArray &standardError() const { return m_stderr; }
    bool standardErrorCut() const { return m_stderrCut; }

Q_SIGNALS:
    void traceGrew(); // new lines were read into the recorder
    void finished();

private:
    void readTrace();
    void readStandardError();
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void refuse(const QString &reason); // ends the run: the group is killed
    void killGroup();
    void decideOutcome(int exitCode, QProcess::ExitStatus status);

    QString m_program;
    PythonRunOptions m_options;
    std::shared_ptr<Recorder> m_recorder;
    PythonTraceReader m_reader;
    QProcess m_process;
    QTimer m_wallTimer;
    std::unique_ptr<QTemporaryDir> m_harness;
    qint64 m_pid = 0;
    qint64 m_traceBytes = 0;
    QByteArray m_traceTail; // the trace read but not yet fed: the start of a line
    QByteArray m_stderr;
    bool m_stderrCut = false;
    QString m_refusal; // set once the app ended the run
    QString m_failure;
    Outcome m_outcome = Outcome::Running;
};

} // namespace ck
