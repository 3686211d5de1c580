#include "mainwindow.h"

#include "editor/scenariodocument.h"
#include "editor/scenarioeditor.h"
#include "exportactions.h"
#include "modeactions.h"
#include "panels/downloadspanel.h"
#include "panels/lessonbanner.h"
#include "panels/logpanel.h"
#include "panels/pitfallbanner.h"
#include "panels/summarypanel.h"
#include "pitfallsearch.h"
#include "presentationmode.h"
#include "runcontroller.h"
#include "scenario/builtinscenarios.h"
#include "scenario/scenariosource.h"
#include "scenario/urlscenario.h"
#include "scenariobuild.h"
#include "scenariopicker.h"
#include "timeline/timelineview.h"
#include "windowsettings.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ck {

MainWindow::MainWindow(const LaunchOptions &options, QWidget *parent)
    : QMainWindow(parent), m_controller(new RunController),
      m_language(WindowSettings::startupLanguage(options.language))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *centre = new QWidget(this);
    m_timeline = new TimelineView(centre);
    m_pitfalls = new PitfallBanner(centre);
    m_pitfallSearch = new PitfallSearch(this);
    connect(m_pitfallSearch, &PitfallSearch::found, m_pitfalls, &PitfallBanner::setPitfalls);
    m_lesson = new LessonBanner(centre);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_lesson);
    centreLayout->addWidget(m_pitfalls);
    centreLayout->addWidget(m_timeline, 1);
    setCentralWidget(centre);
    m_picker = new ScenarioPicker(this);
    m_modes = new ModeActions(this);
    m_exports = new ExportActions(m_controller, this);
    createActions();
    createReplayActions();
    createDocks();
    createTeachingDocks();
    createPredictAction();
    m_presentation = new PresentationMode(this);
    centreLayout->insertWidget(0, m_presentation->headline());
    createEditorDock();
    createScenarioBuild();
    placeDocks();
    createMenus();
    createToolBar();
    createReplayToolBar();
    m_stateLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_stateLabel);
    connect(m_picker, &ScenarioPicker::scenarioChosen, this, &MainWindow::selectScenario);
    connect(m_picker, &ScenarioPicker::openRequested, this, &MainWindow::openScenarioDialog);
    connect(m_modes->limitBox(), &QSpinBox::valueChanged, this,
            [](int limit) { WindowSettings().setBoundedLimit(limit); });
    connectController();
    retranslateUi();
    restoreSettings(options);
    updateViews();
    if (options.present)
        m_presentation->enter();
    if (options.autorun)
        run();
}

MainWindow::~MainWindow()
{
    m_controller->disconnect(this);
    m_controller->shutdown(); // deletes itself once its runs have unwound
}

bool MainWindow::selectScenario(const QString &idOrPath)
{
    return loadScenario(idOrPath, true);
}

bool MainWindow::loadScenario(const QString &idOrPath, bool reportErrors)
{
    dropBuild(); // the newer choice wins
    if (idOrPath.endsWith(QLatin1String(".py"), Qt::CaseInsensitive))
        return loadProgram(idOrPath, false, reportErrors);
    // The first scenario of a window is loaded at once: the views need one.
    if (m_scenario && ScenarioBuild::isLarge(idOrPath)) {
        beginBuild(idOrPath);
        return true;
    }
    ScenarioLoadResult loaded = ScenarioSource::resolve(idOrPath);
    if (!loaded.ok()) {
        if (reportErrors)
            showWarning(tr("Cannot open the scenario"), loaded.error);
        m_picker->setCurrentKey(m_scenarioKey); // keep showing the current one
        return false;
    }
    const QFileInfo file(idOrPath);
    const bool isFile = file.isFile(); // a file wins over a built-in id, as in ScenarioSource
    applyScenario(isFile ? file.absoluteFilePath() : idOrPath, isFile,
                  std::make_shared<const Scenario>(std::move(*loaded.scenario)));
    return true;
}

void MainWindow::applyScenario(const QString &key, bool isFile,
                               std::shared_ptr<const Scenario> scenario)
{
    m_scenarioKey = key;
    m_scenario = std::move(scenario);
    if (std::exchange(m_programPath, QString()).size() > 0)
        leaveProgramMode();
    WindowSettings settings;
    settings.setScenario(m_scenarioKey);
    if (isFile) {
        settings.addRecentFile(m_scenarioKey);
        m_picker->setRecentFiles(settings.recentFiles());
    }
    m_picker->setCurrentKey(m_scenarioKey);
    updateDownloadsDock();
    if (!restartIfLive()) {
        m_controller->clear(); // the old scenario's runs no longer match the title
        m_log->clear();
    }
    updateTitles();
    updateViews();
}

bool MainWindow::openUrls(const QString &text, RunSelection mode)
{
    ScenarioLoadResult loaded = UrlScenario::fromUrls(text);
    if (!loaded.ok()) {
        showWarning(tr("Cannot download these URLs"), loaded.error);
        return false;
    }
    m_pastedUrls = text;
    return runUrlScenario(std::make_shared<const Scenario>(std::move(*loaded.scenario)), mode);
}

bool MainWindow::runUrlScenario(std::shared_ptr<const Scenario> scenario,
                                const RunSelection &selection)
{
    // Not remembered in the settings: the next session cannot load pasted URLs by key.
    dropBuild();
    m_scenario = std::move(scenario);
    m_scenarioKey = kPastedUrlsKey;
    m_picker->setCurrentKey(m_scenarioKey); // no entry: the picker shows the title instead
    m_modes->setSelection(selection);
    WindowSettings().setMode(selection.name());
    updateDownloadsDock();
    updateTitles();
    const QString refusal = startRun();
    if (!refusal.isEmpty()) {
        m_controller->clear(); // whatever ran belonged to the previous scenario
        m_log->clear();
        updateViews();
        showWarning(tr("Cannot run the scenario in this mode"), refusal);
    }
    return refusal.isEmpty();
}

void MainWindow::selectMode(const RunSelection &selection)
{
    m_modes->setSelection(selection);
    chooseMode(selection);
}

RunSelection MainWindow::mode() const
{
    return m_modes->selection();
}

void MainWindow::run()
{
    if (isBuilding()) {
        m_runWhenBuilt = true; // once, however often it is pressed
        updateState();
        return;
    }
    if (isProgram()) {
        runProgram();
        return;
    }
    if (!m_scenario)
        return;
    const QString refusal = startRun();
    if (!refusal.isEmpty())
        showWarning(tr("Cannot run the scenario in this mode"), refusal);
}

QString MainWindow::startRun()
{
    QString refusal = m_controller->start(m_scenario, mode());
    if (!refusal.isEmpty() && switchToAllowedMode())
        refusal = m_controller->start(m_scenario, mode());
    if (refusal.isEmpty() || !isInstant() || !startOnRealClock())
        return refusal;
    // Downloads from URLs need the real clock: say so rather than refuse.
    statusBar()->showMessage(tr("Instant switched off: %1").arg(refusal), 15000);
    return {};
}

bool MainWindow::preview()
{
    const QString refusal = m_controller->startPreview(m_scenario, mode());
    if (!refusal.isEmpty())
        statusBar()->showMessage(tr("No preview: %1").arg(refusal), 5000);
    return refusal.isEmpty();
}

bool MainWindow::switchToAllowedMode()
{
    const RunSelection refused = mode();
    QString reason;
    for (const Strategy &strategy : refused.strategies()) {
        if (reason.isEmpty())
            reason = strategy.refusal(*m_scenario);
    }
    if (reason.isEmpty())
        return false; // refused for another reason than its mode (a file, the clock...)
    for (const QString &name :
         {QStringLiteral("gather"), QStringLiteral("create-task"), QStringLiteral("sequential")}) {
        const std::optional<RunSelection> allowed = RunSelection::parse(name);
        if (!allowed || !allowed->strategy().refusal(*m_scenario).isEmpty())
            continue;
        m_modes->setSelection(*allowed);
        // "tasks[0].steps[3]: task.cancel() needs ...": the why, not where.
        const QString why = reason.contains(QStringLiteral(": "))
                                ? reason.section(QStringLiteral(": "), 1)
                                : reason;
        statusBar()->showMessage(tr("Switched to %1: %2").arg(allowed->label(), why), 15000);
        return true;
    }
    return false;
}

bool MainWindow::startOnRealClock()
{
    m_controller->setInstant(false);
    if (!m_controller->start(m_scenario, mode()).isEmpty()) {
        m_controller->setInstant(true); // refused on both clocks: not the clock's fault
        return false;
    }
    setInstant(false); // the controller is already real: only the action and the box follow
    WindowSettings().setInstant(false);
    return true;
}

void MainWindow::stop()
{
    m_runWhenBuilt = false;
    m_programStopped = m_controller->program() != nullptr;
    m_controller->stop();
    updateState();
}

void MainWindow::setInstant(bool instant)
{
    {
        const QSignalBlocker blocker(m_instantAction);
        m_instantAction->setChecked(instant);
    }
    m_speedBox->setEnabled(!instant);
    m_speedLabel->setEnabled(!instant);
    m_fasterAction->setEnabled(!instant);
    m_slowerAction->setEnabled(!instant);
    if (instant == m_controller->isInstant())
        return;
    m_controller->setInstant(instant);
    WindowSettings().setInstant(instant);
    restartIfLive();
}

bool MainWindow::isInstant() const
{
    return m_controller->isInstant();
}

void MainWindow::setSpeed(double speed)
{
    m_controller->setSpeed(speed); // clamps; a live run goes on at the new pace
    const QSignalBlocker blocker(m_speedBox);
    m_speedBox->setValue(m_controller->speed());
    WindowSettings().setSpeed(m_controller->speed());
}

double MainWindow::speed() const
{
    return m_controller->speed();
}

void MainWindow::setLanguage(Language language)
{
    applyLanguage(language);
    WindowSettings().setLanguage(language);
    Q_EMIT languageChosen(language);
}

bool MainWindow::exportChart(const QString &path)
{
    return m_exports->exportTo(ExportActions::Kind::Chart, path);
}

bool MainWindow::exportTrace(const QString &path)
{
    return m_exports->exportTo(ExportActions::Kind::Trace, path);
}

bool MainWindow::exportCsv(const QString &path)
{
    return m_exports->exportTo(ExportActions::Kind::Csv, path);
}

bool MainWindow::exportJson(const QString &path)
{
    return m_exports->exportTo(ExportActions::Kind::RunJson, path);
}

void MainWindow::copyChart()
{
    m_exports->copyChart();
    statusBar()->showMessage(tr("Chart copied to the clipboard"), 3000);
}

QString MainWindow::summaryText() const
{
    return m_summary->text();
}

QStringList MainWindow::logLines() const
{
    return m_log->lines();
}

QList<QAction *> MainWindow::allActions() const
{
    QList<QAction *> actions{m_openAction,        m_urlsAction,      m_exportChartAction,
                             m_exportTraceAction, m_exportCsvAction, m_exportJsonAction,
                             m_copyChartAction,   m_quitAction,      m_runAction,
                             m_stopAction,        m_checkAction,     m_predictAction};
    actions << m_modes->actions();
    actions << QList<QAction *>{m_instantAction,
                                m_fasterAction,
                                m_slowerAction,
                                m_replayStartAction,
                                m_stepBackAction,
                                m_replayAction,
                                m_stepForwardAction,
                                m_replayEndAction,
                                m_zoomInAction,
                                m_zoomOutAction,
                                m_fitAction,
                                m_logDock->toggleViewAction(),
                                m_summaryDock->toggleViewAction(),
                                m_downloadsDock->toggleViewAction(),
                                m_eventLoopDock->toggleViewAction(),
                                m_narrationDock->toggleViewAction(),
                                m_transferDock->toggleViewAction(),
                                m_codeDock->toggleViewAction(),
                                m_editorDock->toggleViewAction(),
                                m_quizDock->toggleViewAction(),
                                m_newAction,
                                m_editAction,
                                m_saveAction,
                                m_saveAsAction,
                                m_shortcutsAction,
                                m_aboutAction};
    actions << m_editor->editActions();
    actions << m_presentation->actions();
    return actions;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu) {
        retranslateUi();
        updateViews(); // strategy labels and states are translated when they are read
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    // Once the shown window has laid out its widgets at its final size.
    if (std::exchange(m_arrangeDocksOnShow, false))
        QMetaObject::invokeMethod(this, &MainWindow::arrangeTeachingDocks, Qt::QueuedConnection);
    QMainWindow::showEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_changesSettled && m_editor->document()->isModified()) {
        event->ignore();
        whenChangesAreSafe([this] {
            m_changesSettled = true;
            close();
        });
        return;
    }
    WindowSettings settings;
    settings.setGeometry(saveGeometry());
    settings.setWindowState(saveState());
    if (m_controller->isSettled()) {
        QMainWindow::closeEvent(event);
        return;
    }
    // Let the stopped run unwind on its scheduler (a few loop iterations), then close for real.
    event->ignore();
    m_controller->stop();
    if (!m_closePending) {
        m_closePending = true;
        connect(m_controller, &RunController::settled, this, &QWidget::close,
                Qt::SingleShotConnection);
    }
}

} // namespace ck
