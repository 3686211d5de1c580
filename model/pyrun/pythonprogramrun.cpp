#include "pythonprogramrun.h"

#include "pythonharness.h"
#include "trace/recorder.h"

#include <QEventLoop>
#include <QFileInfo>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace ck {

namespace {

constexpr qint64 maxLineBytes = qint64(1) << 20;

} // namespace

PythonProgramRun::PythonProgramRun(QString program, PythonRunOptions options, QObject *parent)
    : QObject(parent), m_program(std::move(program)), m_options(std::move(options)),
      m_recorder(
          std::make_shared<Recorder>(PythonTraceReader::runInfo(m_program, m_options.clock))),
      m_reader(*m_recorder)
{
    m_reader.setFirstSequence(m_options.firstSequence);
    m_wallTimer.setSingleShot(true);
    connect(&m_wallTimer, &QTimer::timeout, this, [this] {
        refuse(tr("the program ran for %1 s of wall time, the limit, and was stopped")
                   .arg(double(m_options.wallLimit.count()) / 1000.0));
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &PythonProgramRun::readTrace);
    connect(&m_process, &QProcess::readyReadStandardError, this,
            &PythonProgramRun::readStandardError);
    connect(&m_process, &QProcess::finished, this, &PythonProgramRun::onProcessFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onProcessFinished(-1, QProcess::CrashExit);
    });
}

PythonProgramRun::~PythonProgramRun()
{
    killGroup();
    m_process.disconnect(this);
    m_process.waitForFinished(5000);
}

bool PythonProgramRun::start()
{
    const QFileInfo file(m_program);
    if (!file.isFile() || !file.isReadable()) {
        m_failure = tr("cannot read the file");
        m_outcome = Outcome::Refused;
        return false;
    }
    QString refusal;
    const QString python = PythonHarness::findPython(&refusal);
    QString folder = m_options.harnessFolder;
    if (!python.isEmpty() && folder.isEmpty()) {
        m_harness = std::make_unique<QTemporaryDir>();
        folder = m_harness->path();
        if (!m_harness->isValid() || !PythonHarness::extract(folder, &refusal))
            folder.clear();
    }
    if (python.isEmpty() || folder.isEmpty()) {
        m_failure = refusal;
        m_outcome = Outcome::Refused;
        return false;
    }
    m_process.setStandardInputFile(QProcess::nullDevice());
    // A process group of its own: killing it kills what the program forked too.
    m_process.setChildProcessModifier([] { ::setsid(); });
    m_process.start(python, PythonHarness::arguments(folder, m_options.clock, m_options.timeLimit,
                                                     file.absoluteFilePath()));
    m_pid = m_process.processId();
    m_wallTimer.start(m_options.wallLimit);
    return true;
}

void PythonProgramRun::stop()
{
    refuse(tr("stopped"));
}

void PythonProgramRun::waitUntilFinished()
{
    if (isFinished())
        return;
    QEventLoop loop;
    connect(this, &PythonProgramRun::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

void PythonProgramRun::readTrace()
{
    if (!m_refusal.isEmpty())
        return;
    // What has arrived, at once: a QByteArray per line, grown as it was read, cost the reading
    // a tenth of its time.
    m_traceTail += m_process.readAll();
    const QByteArrayView arrived(m_traceTail);
    qsizetype from = 0;
    bool grew = false;
    for (qsizetype newline = arrived.indexOf('\n'); newline >= 0 && m_refusal.isEmpty();
         newline = arrived.indexOf('\n', from)) {
        m_traceBytes += newline + 1 - from;
        if (m_traceBytes > m_options.traceLimit) {
            refuse(tr("the program's trace passed %1 MiB, the limit, and it was stopped")
                       .arg(m_options.traceLimit >> 20));
            break;
        }
        grew = true;
        if (!m_reader.feed(arrived.sliced(from, newline - from)))
            refuse(m_reader.error());
        from = newline + 1;
    }
    m_traceTail.remove(0, from);
    if (m_refusal.isEmpty() && m_traceTail.size() > maxLineBytes)
        refuse(tr("the program's trace has a line longer than %1 MiB").arg(maxLineBytes >> 20));
    if (grew && m_refusal.isEmpty())
        Q_EMIT traceGrew();
}

void PythonProgramRun::readStandardError()
{
    const QByteArray bytes = m_process.readAllStandardError();
    const qint64 room = m_options.stderrLimit - m_stderr.size();
    m_stderr += bytes.left(std::max<qint64>(room, 0));
    m_stderrCut = m_stderrCut || bytes.size() > room;
}

void PythonProgramRun::refuse(const QString &reason)
{
    if (isFinished() || !m_refusal.isEmpty())
        return;
    m_refusal = reason;
    killGroup();
}

void PythonProgramRun::killGroup()
{
    if (m_pid > 0)
        ::kill(pid_t(-m_pid), SIGKILL); // the group: the program and whatever it started
    if (m_process.state() != QProcess::NotRunning)
        m_process.kill(); // in case it had not made its group yet
}

void PythonProgramRun::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    if (isFinished())
        return;
    m_wallTimer.stop();
    if (m_refusal.isEmpty())
        readTrace();
    if (m_refusal.isEmpty() && !m_traceTail.isEmpty()) { // a last line without newline
        if (!m_reader.feed(m_traceTail))
            m_refusal = m_reader.error();
    }
    readStandardError();
    killGroup(); // what the program left running goes with it
    m_pid = 0;
    decideOutcome(exitCode, status);
    Q_EMIT traceGrew();
    Q_EMIT finished();
}

void PythonProgramRun::decideOutcome(int exitCode, QProcess::ExitStatus status)
{
    const bool traced = m_reader.close() || !m_refusal.isEmpty();
    if (!m_refusal.isEmpty() || !traced) {
        m_outcome = Outcome::Refused;
        m_failure =
            !m_refusal.isEmpty() ? m_refusal
            : status == QProcess::CrashExit
                ? tr("python3 ended without finishing the trace (%1)").arg(m_process.errorString())
                : m_reader.error();
        return;
    }
    const PythonExit &exit = m_reader.exit();
    if (!exit.stopped.isEmpty()) {
        m_outcome = Outcome::Refused;
        m_failure = exit.stopped == QLatin1String("time limit")
                        ? tr("the program ran for %1 s of its own time, the limit, and was stopped")
                              .arg(m_options.timeLimit.count())
                        : tr("the program was stopped: %1").arg(exit.stopped);
        return;
    }
    if (exit.exitCode == 0 && exitCode == 0 && m_recorder->info().mainError.isEmpty()) {
        m_outcome = Outcome::Exited;
        return;
    }
    m_outcome = Outcome::Raised;
    m_failure =
        !exit.error.isEmpty() ? exit.error
        : !m_recorder->info().mainError.isEmpty()
            ? m_recorder->info().mainError
            : tr("the program exited with code %1").arg(exit.exitCode ? exit.exitCode : exitCode);
}

} // namespace ck
