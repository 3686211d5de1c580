#include "fidelityrun.h"

#include "codegen/pythonprogram.h"
#include "fidelitycheck.h"
#include "run/runner.h"
#include "scenario/scenario.h"
#include "trace/recorder.h"

#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>

namespace ck {

FidelityRun::FidelityRun(std::shared_ptr<const Scenario> scenario, Strategy mode, Language language,
                         QString program, QObject *parent)
    : QObject(parent), m_scenario(std::move(scenario)), m_mode(mode), m_language(language),
      m_program(std::move(program)), m_session(Session::clockFor(true, 1.0))
{
    connect(&m_session, &Session::finished, this, &FidelityRun::runPython);
}

FidelityRun::~FidelityRun() = default;

QString FidelityRun::start()
{
    QString error;
    if (m_program.isEmpty())
        m_program = writeProgram(&error);
    if (m_program.isEmpty())
        return error;
    // The app's run records its loop events as CPython's trace does, so that the window's
    // event loop, narration and replay show both halves.
    SessionOptions options;
    options.recordsLoopEvents = true;
    if (const RunRefusal refusal = m_session.start(m_scenario, {m_mode}, options))
        return refusal.reason;
    return {};
}

void FidelityRun::stop()
{
    if (m_finished || m_stopped)
        return;
    m_stopped = true;
    if (m_python)
        m_python->stop(); // its finished() ends the check
    else
        m_session.stop(); // its finished() ends the check before python3 starts
}

void FidelityRun::waitUntilFinished()
{
    if (m_finished)
        return;
    QEventLoop loop;
    connect(this, &FidelityRun::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

std::shared_ptr<const Recorder> FidelityRun::python() const
{
    return m_python ? m_python->recorder() : nullptr;
}

QString FidelityRun::writeProgram(QString *error)
{
    *error = m_mode.refusal(*m_scenario);
    if (!error->isEmpty())
        return {};
    const auto generated = PythonProgram::generate(*m_scenario, m_mode, m_language, 1.0, error);
    if (!generated)
        return {};
    QString name = m_scenario->id.isEmpty() ? QStringLiteral("scenario") : m_scenario->id;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    const QString path = QStringLiteral("%1/%2.py").arg(m_folder.path(), name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(generated->text.toUtf8()) < 0) {
        *error = file.errorString();
        return {};
    }
    return path;
}

void FidelityRun::runPython()
{
    // One axis: CPython's loop events follow the app's.
    m_app = std::make_shared<Recorder>(*m_session.recorders().front());
    if (m_stopped) {
        finish(tr("stopped"));
        return;
    }
    PythonRunOptions options;
    options.firstSequence =
        m_app->loopEvents().empty() ? 0 : m_app->loopEvents().back().sequence + 1;
    m_python = std::make_unique<PythonProgramRun>(m_program, options);
    connect(m_python.get(), &PythonProgramRun::finished, this, &FidelityRun::compare);
    if (!m_python->start()) {
        finish(m_python->failure());
        return;
    }
    Q_EMIT pythonStarted();
}

void FidelityRun::finish(const QString &failure)
{
    m_failure = failure;
    m_app->setMode(QStringLiteral("QCoro"));
    m_finished = true;
    Q_EMIT finished();
}

void FidelityRun::compare()
{
    if (m_python->outcome() == PythonProgramRun::Outcome::Refused)
        m_failure = m_python->failure();
    else
        m_result = FidelityCheck::compare(*m_app, *m_python->recorder(), m_language);
    // Labelled once compared: FidelityCheck reads the app's mode (sync mode has no tasks).
    m_app->setMode(QStringLiteral("QCoro"));
    m_python->recorder()->setMode(QStringLiteral("CPython"));
    m_finished = true;
    Q_EMIT finished();
}

} // namespace ck
