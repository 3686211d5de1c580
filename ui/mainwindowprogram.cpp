// MainWindow, part 5: a user's own Python program, opened, asked about, run and shown.
#include "mainwindow.h"

#include "editor/scenariodocument.h"
#include "editor/scenarioeditor.h"
#include "modeactions.h"
#include "panels/codepanel.h"
#include "panels/logpanel.h"
#include "panels/pitfallbanner.h"
#include "pyrun/programconversion.h"
#include "pyrun/pythonprogramrun.h"
#include "replaycontroller.h"
#include "runcontroller.h"
#include "scenario/examplecatalog.h"
#include "scenariopicker.h"
#include "teach/programpitfallfinder.h"
#include "windowsettings.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>

namespace ck {

namespace {

QByteArray sha256Of(const QByteArray &content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256);
}

} // namespace

void MainWindow::createExamplesMenu()
{
    m_examplesMenu = new QMenu(this);
    m_examplesMenu->setObjectName(QStringLiteral("examplesMenu"));
    m_fileMenu->insertMenu(m_editAction, m_examplesMenu);
    m_programLimitsAction = new QAction(this);
    m_programLimitsAction->setObjectName(QStringLiteral("programLimitsAction"));
    connect(m_programLimitsAction, &QAction::triggered, this, &MainWindow::showProgramLimitsDialog);
    m_fileMenu->insertAction(m_editAction, m_programLimitsAction);
    createOpenAsScenarioActions();
}

// File > Open as Scenario… (any .py) and Open This Program as a Scenario (the open one).
void MainWindow::createOpenAsScenarioActions()
{
    m_openAsScenarioAction = new QAction(this);
    m_openAsScenarioAction->setObjectName(QStringLiteral("openAsScenarioAction"));
    connect(m_openAsScenarioAction, &QAction::triggered, this,
            &MainWindow::askProgramToOpenAsScenario);
    m_openThisAsScenarioAction = new QAction(this);
    m_openThisAsScenarioAction->setObjectName(QStringLiteral("openThisAsScenarioAction"));
    m_openThisAsScenarioAction->setEnabled(false);
    connect(m_openThisAsScenarioAction, &QAction::triggered, this,
            [this] { openProgramAsScenario(m_programPath); });
    m_fileMenu->insertAction(m_editAction, m_openAsScenarioAction);
    m_fileMenu->insertAction(m_editAction, m_openThisAsScenarioAction);
}

// The examples' titles are in the window's language, and so is the program each one opens.
void MainWindow::retranslatePrograms()
{
    m_examplesMenu->setTitle(tr("E&xamples"));
    m_programLimitsAction->setText(tr("Program &limits…"));
    m_programLimitsAction->setToolTip(tr("How long a Python program may run"));
    m_openAsScenarioAction->setText(tr("Open as Scena&rio…"));
    m_openAsScenarioAction->setToolTip(
        tr("Convert a plain Python program to a scenario (read, never run) and run it on the "
           "app's engine"));
    m_openThisAsScenarioAction->setText(tr("Open This &Program as a Scenario"));
    m_openThisAsScenarioAction->setToolTip(m_openAsScenarioAction->toolTip());
    m_examplesMenu->clear();
    const ExampleCatalog catalog = ExampleCatalog::builtIn();
    for (const QString &id : catalog.ids()) {
        QAction *action = m_examplesMenu->addAction(catalog.title(id, m_language));
        action->setData(id);
        connect(action, &QAction::triggered, this, [this, id] { openExample(id); });
    }
    if (isProgram()) {
        leaveProgramMode(); // the modes' own tooltips, then the program's word on them
        m_modes->setChoosable(false);
        for (QAction *action : m_modes->actions())
            action->setToolTip(tr("A Python program runs as it is written: the modes are for "
                                  "scenarios"));
    }
}

bool MainWindow::openProgram(const QString &path)
{
    return loadProgram(path, false, true);
}

bool MainWindow::openExample(const QString &id)
{
    const ExampleCatalog catalog = ExampleCatalog::builtIn();
    const QString source = catalog.source(id, m_language);
    if (!m_examplesFolder)
        m_examplesFolder = std::make_unique<QTemporaryDir>();
    const QString path =
        m_examplesFolder->filePath(QFileInfo(catalog.sourcePath(id, m_language)).fileName());
    QFile file(path);
    if (source.isEmpty() || !m_examplesFolder->isValid() || !file.open(QIODevice::WriteOnly) ||
        file.write(source.toUtf8()) < 0) {
        showWarning(tr("Cannot open the example"), tr("the example %1 is missing").arg(id));
        return false;
    }
    file.close();
    if (!loadProgram(path, true, true))
        return false;
    run();
    return true;
}

bool MainWindow::loadProgram(const QString &path, bool example, bool reportErrors)
{
    dropBuild();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (reportErrors)
            showWarning(
                tr("Cannot open the program"),
                tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        m_picker->setCurrentKey(m_scenarioKey);
        return false;
    }
    const QFileInfo info(path);
    m_programPath = info.absoluteFilePath();
    m_programSource = QString::fromUtf8(file.readAll());
    m_programIsExample = example;
    m_scenarioKey = m_programPath;
    auto scenario = std::make_shared<Scenario>();
    scenario->id = info.completeBaseName();
    scenario->title = LocalizedText(info.fileName());
    m_scenario = std::move(scenario);
    if (!example) {
        WindowSettings settings;
        settings.setScenario(m_programPath);
        settings.addRecentFile(m_programPath);
        m_picker->setRecentFiles(settings.recentFiles());
    }
    m_picker->setCurrentKey(m_scenarioKey);
    retranslatePrograms(); // the modes say why they do not apply
    m_controller->clear(); // the old scenario's runs no longer match the title
    m_log->clear();
    updateTitles();
    updateViews();
    return true;
}

void MainWindow::askProgramToOpenAsScenario()
{
    auto *dialog = new QFileDialog(this, tr("Open a Python program as a scenario"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Python programs (*.py)")});
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { openProgramAsScenario(path); });
    dialog->open();
}

// The program is read by the harness's converter, never run, so no question is asked. What it
// makes is an unsaved scenario in the editor and the picker, run at once on the virtual clock in
// the mode its main() composes its tasks in; a refusal (with its line) changes nothing.
void MainWindow::openProgramAsScenario(const QString &path)
{
    delete m_conversion; // a newer request: the older converter is stopped
    auto *conversion = new ProgramConversion(path, this);
    m_conversion = conversion;
    connect(conversion, &ProgramConversion::finished, this, [this, conversion] {
        conversion->deleteLater();
        statusBar()->clearMessage();
        Q_EMIT programConverted(openConvertedProgram(*conversion));
    });
    statusBar()->showMessage(
        tr("Reading %1 as a scenario…").arg(QDir::toNativeSeparators(QFileInfo(path).fileName())));
    conversion->start();
}

bool MainWindow::openConvertedProgram(const ProgramConversion &conversion)
{
    const ProgramScenario::Converted &converted = conversion.result();
    const QJsonDocument json = QJsonDocument::fromJson(converted.json);
    if (!converted.loaded.ok() || !converted.mode || !json.isObject()) {
        showWarning(tr("Cannot open the program as a scenario"),
                    converted.loaded.error.isEmpty() ? tr("the conversion made no scenario")
                                                     : converted.loaded.error);
        return false;
    }
    const QJsonObject root = json.object();
    const RunSelection selection(*converted.mode);
    whenChangesAreSafe([this, root, selection] {
        m_controller->clear(); // a live program or run is not restarted in the new mode
        if (std::exchange(m_programPath, QString()).size() > 0) {
            m_programSource.clear();
            leaveProgramMode();
        }
        selectMode(selection);
        m_editor->document()->newDocument();
        m_editor->document()->edit(root, tr("Open as scenario")); // previews it: unsaved
        showEditor();
    });
    return true;
}

void MainWindow::leaveProgramMode()
{
    m_openThisAsScenarioAction->setEnabled(isProgram());
    m_modes->setChoosable(true);
    m_modes->retranslate();
}

// Running a program is running code: the user's own file runs once they agreed to run it as it
// is now; a changed file asks again. The app's examples need no question.
void MainWindow::runProgram()
{
    QFile file(m_programPath);
    if (!file.open(QIODevice::ReadOnly)) {
        showWarning(tr("Cannot open the program"),
                    tr("cannot read %1: %2")
                        .arg(QDir::toNativeSeparators(m_programPath), file.errorString()));
        return;
    }
    const QByteArray content = file.readAll();
    m_programSource = QString::fromUtf8(content);
    const QByteArray sha256 = sha256Of(content);
    if (m_programIsExample || WindowSettings().trustedProgram(m_programPath) == sha256)
        startProgramRun();
    else
        askToRunProgram(sha256);
}

void MainWindow::askToRunProgram(const QByteArray &sha256)
{
    const QString name = QFileInfo(m_programPath).fileName();
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Run %1?").arg(name),
        tr("Run %1? It is a Python program and will run with your rights: it can read, write "
           "and delete your files. Run only programs you trust.")
            .arg(name),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("runProgramQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *runButton = box->addButton(tr("Run"), QMessageBox::AcceptRole);
    runButton->setObjectName(QStringLiteral("runProgramButton"));
    box->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelProgramButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    const QString path = m_programPath;
    connect(runButton, &QPushButton::clicked, this, [this, path, sha256] {
        if (path != m_programPath)
            return; // another program was opened meanwhile
        WindowSettings().setTrustedProgram(path, sha256);
        startProgramRun();
    });
    box->open(); // window-modal, no nested event loop
}

void MainWindow::startProgramRun()
{
    PythonRunOptions options;
    options.clock = isInstant() ? QStringLiteral("virtual") : QStringLiteral("real");
    options.wallLimit = std::chrono::seconds(WindowSettings().programWallLimit());
    options.timeLimit = std::chrono::seconds(WindowSettings().programTimeLimit());
    m_programStopped = false;
    const QString refusal = m_controller->startProgram(
        m_programPath, m_scenario, QFileInfo(m_programPath).fileName(), options);
    if (refusal.isEmpty())
        return;
    LogLine line;
    line.text = LocalizedText(tr("The program cannot run: %1").arg(refusal));
    line.warning = true;
    m_log->append(0, line);
    showWarning(tr("Cannot run the program"), refusal);
}

// What the program wrote to stderr (a traceback) in a block of its own; why the app ended it
// (a limit, a malformed trace) in a dialog and in the log.
void MainWindow::onProgramFinished()
{
    const PythonProgramRun *program = m_controller->program();
    if (!program || !program->isFinished())
        return;
    QString standardError = QString::fromUtf8(program->standardError());
    if (standardError.trimmed().isEmpty())
        standardError = program->reader().exit().traceback;
    if (program->standardErrorCut())
        standardError += QLatin1Char('\n') + tr("(the rest of the standard error was dropped)");
    m_log->setStandardError(tr("stderr"), standardError.trimmed());
    if (program->outcome() != PythonProgramRun::Outcome::Refused || m_programStopped)
        return;
    LogLine line;
    line.time = std::max(program->recorder()->info().total, std::chrono::nanoseconds(0));
    line.text = LocalizedText(tr("The program was ended: %1").arg(program->failure()));
    line.warning = true;
    m_log->append(0, line);
    showWarning(tr("The program was ended"), program->failure());
}

void MainWindow::setProgramWallLimit(int seconds)
{
    WindowSettings().setProgramWallLimit(seconds);
}

void MainWindow::setProgramTimeLimit(int seconds)
{
    WindowSettings().setProgramTimeLimit(seconds);
}

void MainWindow::showProgramLimitsDialog()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("programLimitsDialog"));
    dialog->setWindowTitle(tr("Program limits"));
    auto *wall = new QSpinBox(dialog);
    wall->setRange(1, 3600);
    wall->setSuffix(tr(" s"));
    wall->setValue(WindowSettings().programWallLimit());
    auto *own = new QSpinBox(dialog);
    own->setObjectName(QStringLiteral("programTimeLimit"));
    own->setRange(1, WindowSettings::kMaxProgramTimeLimit);
    own->setSuffix(tr(" s"));
    own->setValue(WindowSettings().programTimeLimit());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *layout = new QFormLayout(dialog);
    layout->addRow(tr("Wall time a Python program may run:"), wall);
    layout->addRow(tr("Its own time (virtual or real) it may run:"), own);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, wall, own] {
        setProgramWallLimit(wall->value());
        setProgramTimeLimit(own->value());
    });
    dialog->open();
}

QString MainWindow::programDescription() const
{
    return tr("Your Python program, run by python3 under the app's harness. On the virtual clock "
              "(Instant) every sleep takes no wall time and every time is exact; waits for real "
              "I/O advance it by the real time they took.");
}

// The program's pitfalls (ProgramPitfallFinder) once it has run to its end, found once a run.
void MainWindow::updateProgramPitfalls()
{
    const PythonProgramRun *program = m_controller->program();
    const bool finished = program && program->isFinished();
    if (finished && program == m_pitfallsOfProgram)
        return;
    m_pitfallsOfProgram = finished ? program : nullptr;
    if (!finished) {
        m_pitfalls->setPitfalls({});
        return;
    }
    m_pitfalls->setPitfalls(
        ProgramPitfallFinder::find(*program->recorder(), [program](std::size_t event) {
            return program->reader().lineOf(event);
        }));
}

void MainWindow::updateProgramCode()
{
    QPointer<const PythonProgramRun> program = m_controller->program();
    m_code->setSource(
        tr("Your program — %1").arg(QFileInfo(m_programPath).fileName()), m_programSource,
        [program](std::size_t event) { return program ? program->reader().lineOf(event) : 0; });
}

} // namespace ck
