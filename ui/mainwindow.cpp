#include "mainwindow.h"

#include "exportactions.h"
#include "modeactions.h"
#include "panels/logpanel.h"
#include "panels/summarypanel.h"
#include "runcontroller.h"
#include "scenario/builtinscenarios.h"
#include "scenario/scenariosource.h"
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

namespace ck {

MainWindow::MainWindow(const LaunchOptions &options, QWidget *parent)
    : QMainWindow(parent), m_controller(new RunController),
      m_language(WindowSettings::startupLanguage(options.language))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_timeline = new TimelineView(this);
    setCentralWidget(m_timeline);
    m_picker = new ScenarioPicker(this);
    m_modes = new ModeActions(this);
    m_exports = new ExportActions(m_controller, this);
    createActions();
    createDocks();
    createMenus();
    createToolBar();
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
    ScenarioLoadResult loaded = ScenarioSource::resolve(idOrPath);
    if (!loaded.ok()) {
        if (reportErrors)
            showWarning(tr("Cannot open the scenario"), loaded.error);
        m_picker->setCurrentKey(m_scenarioKey); // keep showing the current one
        return false;
    }
    const QFileInfo file(idOrPath);
    const bool isFile = file.isFile(); // a file wins over a built-in id, as in ScenarioSource
    m_scenarioKey = isFile ? file.absoluteFilePath() : idOrPath;
    m_scenario = std::make_shared<const Scenario>(std::move(*loaded.scenario));
    WindowSettings settings;
    settings.setScenario(m_scenarioKey);
    if (isFile) {
        settings.addRecentFile(m_scenarioKey);
        m_picker->setRecentFiles(settings.recentFiles());
    }
    m_picker->setCurrentKey(m_scenarioKey);
    if (!restartIfLive()) {
        m_controller->clear(); // the old scenario's runs no longer match the title
        m_log->clear();
    }
    updateTitles();
    updateViews();
    return true;
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
    if (!m_scenario)
        return;
    const QString refusal = m_controller->start(m_scenario, mode());
    if (!refusal.isEmpty())
        showWarning(tr("Cannot run the scenario in this mode"), refusal);
}

void MainWindow::stop()
{
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
    QList<QAction *> actions{m_openAction,      m_exportChartAction, m_exportTraceAction,
                             m_exportCsvAction, m_exportJsonAction,  m_copyChartAction,
                             m_quitAction,      m_runAction,         m_stopAction};
    actions << m_modes->actions();
    actions << QList<QAction *>{m_instantAction,
                                m_fasterAction,
                                m_slowerAction,
                                m_zoomInAction,
                                m_zoomOutAction,
                                m_fitAction,
                                m_logDock->toggleViewAction(),
                                m_summaryDock->toggleViewAction(),
                                m_shortcutsAction,
                                m_aboutAction};
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

void MainWindow::closeEvent(QCloseEvent *event)
{
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
