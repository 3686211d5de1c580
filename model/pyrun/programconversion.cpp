#include "programconversion.h"

#include "pythonharness.h"

#include <QFileInfo>

namespace ck {

namespace {

constexpr qint64 maxOutputBytes = 4 * 1024 * 1024;
constexpr int refusedStatus = 2; // to_scenario.py: the program cannot be a scenario

} // namespace

ProgramConversion::ProgramConversion(QString program, QObject *parent)
    : QObject(parent), m_program(std::move(program))
{
    m_converter.setStandardInputFile(QProcess::nullDevice());
    m_limit.setSingleShot(true);
    connect(&m_converter, &QProcess::finished, this, &ProgramConversion::conclude);
    connect(&m_converter, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            conclude();
    });
    connect(&m_limit, &QTimer::timeout, this, [this] {
        refuse(ProgramScenario::tr("the conversion to a scenario did not end in %1 s")
                   .arg(kTimeLimitMs / 1000));
    });
}

ProgramConversion::~ProgramConversion()
{
    m_converter.disconnect(this);
    if (m_converter.state() != QProcess::NotRunning) {
        m_converter.kill();
        m_converter.waitForFinished();
    }
}

void ProgramConversion::start()
{
    QString refusal;
    const QString python = PythonHarness::findPython(&refusal);
    QString error;
    if (python.isEmpty()) {
        error = refusal;
    } else if (!m_harness.isValid() || !PythonHarness::extract(m_harness.path(), &error)) {
        if (error.isEmpty())
            error = ProgramScenario::tr("cannot make a folder for the Python harness");
    }
    if (!error.isEmpty()) {
        // Told from the event loop, as a converter's end is: the caller is ready for it.
        QMetaObject::invokeMethod(
            this, [this, error] { refuse(error); }, Qt::QueuedConnection);
        return;
    }
    m_converter.start(python, PythonHarness::harnessArguments(
                                  m_harness.path(),
                                  {QStringLiteral("--to-scenario"), QStringLiteral("--with-mode"),
                                   QFileInfo(m_program).absoluteFilePath()}));
    if (!m_finished) // it may have failed to start already
        m_limit.start(kTimeLimitMs);
}

void ProgramConversion::waitForFinished()
{
    if (m_finished)
        return;
    if (m_converter.state() != QProcess::NotRunning && !m_converter.waitForFinished(kTimeLimitMs)) {
        refuse(ProgramScenario::tr("the conversion to a scenario did not end in %1 s")
                   .arg(kTimeLimitMs / 1000));
        return;
    }
    if (!m_finished && m_converter.error() == QProcess::FailedToStart)
        conclude();
    if (!m_finished) // refused before the start: the queued refusal has not come yet
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void ProgramConversion::conclude()
{
    if (m_finished)
        return;
    const QByteArray output = m_converter.readAllStandardOutput();
    const QString said = QString::fromUtf8(m_converter.readAllStandardError().left(4096)).trimmed();
    if (m_converter.error() == QProcess::FailedToStart)
        return refuse(ProgramScenario::tr("the conversion to a scenario failed: %1")
                          .arg(m_converter.errorString()));
    if (m_converter.exitStatus() != QProcess::NormalExit || m_converter.exitCode() != 0) {
        if (m_converter.exitCode() == refusedStatus && !said.isEmpty())
            return refuse(said.section(QLatin1Char('\n'), -1));
        return refuse(ProgramScenario::tr("the conversion to a scenario failed: %1")
                          .arg(said.section(QLatin1Char('\n'), -1).left(300)));
    }
    if (output.size() > maxOutputBytes)
        return refuse(ProgramScenario::tr("the converted scenario is larger than %1 bytes")
                          .arg(maxOutputBytes));
    finish(ProgramScenario::parse(output, m_program));
}

void ProgramConversion::refuse(const QString &reason)
{
    if (m_finished)
        return;
    if (m_converter.state() != QProcess::NotRunning) {
        m_converter.disconnect(this);
        m_converter.kill();
        m_converter.waitForFinished();
    }
    finish(ProgramScenario::refuse(m_program, reason));
}

void ProgramConversion::finish(ProgramScenario::Converted result)
{
    m_finished = true;
    m_limit.stop();
    m_result = std::move(result);
    Q_EMIT finished();
}

} // namespace ck
