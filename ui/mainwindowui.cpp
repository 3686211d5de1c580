// MainWindow, part 2: building the actions, menus, toolbar and docks, and translating them.
#include "mainwindow.h"
#include "mnemonictext.h"

#include "accessiblenames.h"
#include "exportactions.h"
#include "modeactions.h"
#include "modebar.h"
#include "panels/downloadspanel.h"
#include "panels/logpanel.h"
#include "panels/summarypanel.h"
#include "presentationmode.h"
#include "runcontroller.h"
#include "scenario/crowdscenario.h"
#include "scenariopicker.h"
#include "theme/themeaction.h"
#include "timeline/timelineview.h"
#include "windowsettings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenuBar>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace ck {

namespace {

QAction *makeAction(QObject *parent, QStyle::StandardPixmap icon, const QKeySequence &keys)
{
    auto *action = new QAction(parent);
    if (icon != QStyle::SP_CustomBase)
        action->setIcon(QApplication::style()->standardIcon(icon));
    if (!keys.isEmpty())
        action->setShortcut(keys);
    return action;
}

} // namespace

void MainWindow::createActions()
{
    createFileActions();
    m_runAction = makeAction(this, QStyle::SP_MediaPlay, QKeySequence(Qt::Key_F5));
    connect(m_runAction, &QAction::triggered, this, &MainWindow::run);
    m_stopAction = makeAction(this, QStyle::SP_MediaStop, QKeySequence(Qt::Key_Escape));
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stop);
    createCheckAction();
    m_instantAction =
        makeAction(this, QStyle::SP_MediaSeekForward, QKeySequence(Qt::CTRL | Qt::Key_I));
    m_instantAction->setCheckable(true);
    connect(m_instantAction, &QAction::toggled, this, &MainWindow::setInstant);
    m_fasterAction =
        makeAction(this, QStyle::SP_CustomBase, QKeySequence(Qt::CTRL | Qt::Key_BracketRight));
    connect(m_fasterAction, &QAction::triggered, this, [this] { stepSpeed(+1); });
    m_slowerAction =
        makeAction(this, QStyle::SP_CustomBase, QKeySequence(Qt::CTRL | Qt::Key_BracketLeft));
    connect(m_slowerAction, &QAction::triggered, this, [this] { stepSpeed(-1); });
    for (QAction *action : m_modes->actions())
        addAction(action); // their shortcuts work with the toolbar hidden too
    connect(m_modes, &ModeActions::selectionChanged, this, &MainWindow::chooseMode);
    createViewActions();
    m_shortcutsAction = makeAction(this, QStyle::SP_CustomBase, QKeySequence(Qt::Key_F1));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_aboutAction = makeAction(this, QStyle::SP_MessageBoxInformation, {});
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createFileActions()
{
    using Kind = ExportActions::Kind;
    m_openAction = makeAction(this, QStyle::SP_DialogOpenButton, QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openScenarioDialog);
    m_urlsAction = makeAction(this, QStyle::SP_ArrowDown, QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(m_urlsAction, &QAction::triggered, this, &MainWindow::openUrlDialog);
    m_exportChartAction =
        makeAction(this, QStyle::SP_DialogSaveButton, QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportChartAction, &QAction::triggered, this,
            [this] { m_exports->ask(Kind::Chart); });
    m_exportTraceAction =
        makeAction(this, QStyle::SP_CustomBase, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportTraceAction, &QAction::triggered, this,
            [this] { m_exports->ask(Kind::Trace); });
    m_exportCsvAction = makeAction(this, QStyle::SP_CustomBase, {});
    connect(m_exportCsvAction, &QAction::triggered, this, [this] { m_exports->ask(Kind::Csv); });
    m_exportJsonAction = makeAction(this, QStyle::SP_CustomBase, {});
    connect(m_exportJsonAction, &QAction::triggered, this,
            [this] { m_exports->ask(Kind::RunJson); });
    m_copyChartAction =
        makeAction(this, QStyle::SP_CustomBase, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyChartAction, &QAction::triggered, this, &MainWindow::copyChart);
    m_quitAction =
        makeAction(this, QStyle::SP_DialogCloseButton, QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_scaleGroup = new QActionGroup(this);
    for (const int scale : {1, 2, 3}) {
        QAction *action = m_scaleGroup->addAction(QStringLiteral("%1×").arg(scale));
        action->setCheckable(true);
        action->setData(scale);
        connect(action, &QAction::triggered, this, [this, scale] {
            m_exports->setChartScale(scale);
            WindowSettings().setChartScale(scale);
        });
    }
}

void MainWindow::createViewActions()
{
    m_zoomInAction = makeAction(this, QStyle::SP_CustomBase, QKeySequence::ZoomIn);
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_zoomInAction, &QAction::triggered, m_timeline, &TimelineView::zoomIn);
    m_zoomOutAction = makeAction(this, QStyle::SP_CustomBase, QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, m_timeline, &TimelineView::zoomOut);
    m_fitAction = makeAction(this, QStyle::SP_CustomBase, QKeySequence(Qt::Key_F));
    connect(m_fitAction, &QAction::triggered, m_timeline, &TimelineView::fitToRuns);
    m_flowsAction = new QAction(this);
    m_criticalPathAction = new QAction(this);
    for (QAction *overlay : {m_flowsAction, m_criticalPathAction}) {
        overlay->setCheckable(true);
        connect(overlay, &QAction::toggled, this, [this] {
            const FlowPainter::Shown shown{m_flowsAction->isChecked(),
                                           m_criticalPathAction->isChecked()};
            m_timeline->setFlowsShown(shown);
            m_exports->setChartFlows(shown);
            WindowSettings settings;
            settings.setFlowsShown(m_flowsAction->isChecked());
            settings.setCriticalPathShown(m_criticalPathAction->isChecked());
        });
    }
    m_languageGroup = new QActionGroup(this);
    // Each language is named in itself, so it can be found whatever the current language is.
    m_englishAction = m_languageGroup->addAction(QStringLiteral("English"));
    m_koreanAction = m_languageGroup->addAction(QStringLiteral("한국어"));
    for (QAction *action : m_languageGroup->actions())
        action->setCheckable(true);
    connect(m_englishAction, &QAction::triggered, this, [this] { setLanguage(Language::English); });
    connect(m_koreanAction, &QAction::triggered, this, [this] { setLanguage(Language::Korean); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_newAction, m_openAction, m_editAction, m_saveAction, m_saveAsAction});
    createExamplesMenu();
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_urlsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(
        {m_exportChartAction, m_exportTraceAction, m_exportCsvAction, m_exportJsonAction});
    m_scaleMenu = m_fileMenu->addMenu(QString());
    m_scaleMenu->addActions(m_scaleGroup->actions());
    m_fileMenu->addAction(m_copyChartAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_runMenu = menuBar()->addMenu(QString());
    m_runMenu->addActions({m_runAction, m_stopAction, m_checkAction, m_predictAction});
    m_runMenu->addSeparator();
    m_runMenu->addActions(m_modes->actions());
    m_runMenu->addSeparator();
    m_runMenu->addActions({m_instantAction, m_fasterAction, m_slowerAction});
    m_runMenu->addSeparator();
    m_runMenu->addActions({m_replayStartAction, m_stepBackAction, m_replayAction,
                           m_stepForwardAction, m_replayEndAction});

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions({m_zoomInAction, m_zoomOutAction, m_fitAction});
    m_viewMenu->addActions({m_flowsAction, m_criticalPathAction});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({m_logDock->toggleViewAction(), m_summaryDock->toggleViewAction(),
                            m_downloadsDock->toggleViewAction(),
                            m_eventLoopDock->toggleViewAction(),
                            m_narrationDock->toggleViewAction(), m_transferDock->toggleViewAction(),
                            m_codeDock->toggleViewAction(), m_editorDock->toggleViewAction(),
                            m_quizDock->toggleViewAction()});
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_presentation->toggleAction());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    m_viewMenu->addAction(new ThemeAction(this));

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addActions({m_shortcutsAction, m_aboutAction});
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_scenarioLabel = toolBarLabel();
    m_toolBar->addWidget(m_scenarioLabel);
    m_toolBar->addWidget(m_picker);
    m_crowdBox = new QSpinBox(this);
    m_crowdBox->setObjectName(QStringLiteral("crowdBox"));
    m_crowdBox->setRange(1, CrowdScenario::kMaxCount);
    m_crowdBox->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_crowdBox->setGroupSeparatorShown(true);
    m_crowdBox->setKeyboardTracking(false);
    connect(m_crowdBox, &QSpinBox::valueChanged, this, [this](int count) {
        if (CrowdScenario::idFor(count) != m_scenarioKey)
            selectScenario(CrowdScenario::idFor(count));
    });
    m_crowdBoxAction = m_toolBar->addWidget(m_crowdBox);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(new ModeBar(m_modes, this));
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_runAction, m_stopAction});
    m_toolBar->addSeparator();
    m_speedLabel = toolBarLabel();
    m_toolBar->addWidget(m_speedLabel);
    m_speedBox = new QDoubleSpinBox(this);
    m_speedBox->setObjectName(QStringLiteral("speedBox"));
    m_speedBox->setRange(RunController::kMinSpeed, RunController::kMaxSpeed);
    m_speedBox->setDecimals(2);
    m_speedBox->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_speedBox->setSuffix(QStringLiteral("×"));
    m_speedBox->setKeyboardTracking(false);
    connect(m_speedBox, &QDoubleSpinBox::valueChanged, this, &MainWindow::setSpeed);
    m_toolBar->addWidget(m_speedBox);
    m_toolBar->addAction(m_instantAction);
}

QLabel *MainWindow::toolBarLabel()
{
    auto *label = new QLabel(this);
    label->setContentsMargins(6, 0, 4, 0);
    return label;
}

void MainWindow::createDocks()
{
    m_log = new LogPanel(this);
    m_logDock = new QDockWidget(this);
    m_logDock->setObjectName(QStringLiteral("logDock"));
    m_logDock->setWidget(m_log);
    m_summary = new SummaryPanel(this);
    m_summaryDock = new QDockWidget(this);
    m_summaryDock->setObjectName(QStringLiteral("summaryDock"));
    m_summaryDock->setWidget(m_summary);
    m_logDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    m_summaryDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    createDownloadsDock();
}

void MainWindow::createDownloadsDock()
{
    m_downloads = new DownloadsPanel(this);
    m_downloadsDock = new QDockWidget(this);
    m_downloadsDock->setObjectName(QStringLiteral("downloadsDock"));
    m_downloadsDock->setWidget(m_downloads);
    m_downloadsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
}

// The code under the timeline; at the right, a column of the whole height: the event loop (with
// the coroutine basics and the editor as tabs) over the log (with the summary, the narration and
// the downloads). The timeline and the code share the width the column leaves.
void MainWindow::placeDocks()
{
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_codeDock);
    addDockWidget(Qt::RightDockWidgetArea, m_eventLoopDock);
    addDockWidget(Qt::RightDockWidgetArea, m_logDock, Qt::Vertical);
    tabifyDockWidget(m_eventLoopDock, m_transferDock);
    tabifyDockWidget(m_eventLoopDock, m_editorDock);
    tabifyDockWidget(m_logDock, m_summaryDock);
    tabifyDockWidget(m_logDock, m_narrationDock);
    tabifyDockWidget(m_logDock, m_downloadsDock);
    m_downloadsDock->hide(); // until a scenario downloads
    m_eventLoopDock->raise();
    m_logDock->raise();
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_scaleMenu->setTitle(tr("PN&G scale"));
    m_runMenu->setTitle(tr("&Run"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("Lan&guage"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    m_logDock->setWindowTitle(tr("Log"));
    m_summaryDock->setWindowTitle(tr("Summary"));
    m_downloadsDock->setWindowTitle(tr("Downloads"));
    m_scenarioLabel->setText(tr("Scenario:"));
    m_speedLabel->setText(tr("Speed:"));
    m_speedBox->setToolTip(tr("Scenario seconds per real second (real clock)"));
    m_crowdBox->setSuffix(tr(" tasks"));
    m_crowdBox->setToolTip(tr("How many sleepers the crowd has (up to 1,000,000)"));
    retranslateActions();
    retranslateTeaching();
    retranslateEditor();
    m_modes->retranslate();
    retranslatePrograms();
    MnemonicText::showWithoutOnButtons({m_runAction, m_stopAction, m_instantAction});
    MnemonicText::showWithoutOnButtons(m_replayToolBar->actions());
    AccessibleNames::apply(this);
    if (m_scenario) // not while the window is still being built
        updateTitles();
}

void MainWindow::retranslateActions()
{
    m_openAction->setText(tr("&Open scenario…"));
    m_urlsAction->setText(tr("Download &URLs…"));
    m_urlsAction->setToolTip(tr("Paste URLs and download them, one by one or concurrently"));
    m_exportChartAction->setText(tr("Export &chart…"));
    m_exportTraceAction->setText(tr("Export &trace…"));
    m_exportCsvAction->setText(tr("Export C&SV…"));
    m_exportJsonAction->setText(tr("Export run &JSON…"));
    m_copyChartAction->setText(tr("Cop&y chart"));
    m_quitAction->setText(tr("&Quit"));
    m_runAction->setText(tr("&Run"));
    m_runAction->setToolTip(tr("Run the scenario (F5)"));
    m_stopAction->setText(tr("&Stop"));
    m_stopAction->setToolTip(tr("Stop the run (Esc)"));
    retranslateCheck();
    retranslatePredict();
    m_presentation->retranslate();
    m_instantAction->setText(tr("&Instant"));
    m_instantAction->setToolTip(
        tr("Run on the virtual clock: the whole timeline at once, exact to the nanosecond"));
    m_fasterAction->setText(tr("&Faster"));
    m_slowerAction->setText(tr("S&lower"));
    m_zoomInAction->setText(tr("Zoom &in"));
    m_zoomOutAction->setText(tr("Zoom o&ut"));
    m_fitAction->setText(tr("&Fit to window"));
    m_flowsAction->setText(tr("Flo&ws"));
    m_flowsAction->setToolTip(tr("Arrows for who wakes whom: a task created, a timer firing, a "
                                 "gather fanning out and in, a semaphore handing a slot on, a "
                                 "lock released, an event set, a condition notified, a queue's "
                                 "put or get waking a waiter"));
    m_criticalPathAction->setText(tr("Critical Pat&h"));
    m_criticalPathAction->setToolTip(tr("Highlight the waits that set the total"));
    m_logDock->toggleViewAction()->setText(tr("&Log panel"));
    m_summaryDock->toggleViewAction()->setText(tr("&Summary panel"));
    m_downloadsDock->toggleViewAction()->setText(tr("&Downloads panel"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_aboutAction->setText(tr("&About CoroKitchen"));
}

void MainWindow::connectController()
{
    connect(m_controller, &RunController::started, this, &MainWindow::onStarted);
    connect(m_controller, &RunController::runsChanged, this, &MainWindow::updateViews);
    connect(m_controller, &RunController::finished, this, &MainWindow::showMainErrors);
    connect(m_controller, &RunController::finished, this, &MainWindow::onProgramFinished);
    connect(m_controller, &RunController::finished, this, &MainWindow::onCheckFinished);
    connect(m_controller, &RunController::finished, this, &MainWindow::updateViews);
    connect(m_controller, &RunController::logLine, this, &MainWindow::onLogLine);
    connect(m_timeline, &TimelineView::hoveredSpanChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text);
    });
    connect(m_exports, &ExportActions::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
}

} // namespace ck
