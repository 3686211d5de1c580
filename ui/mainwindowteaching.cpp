// MainWindow, part 4: the teaching docks (event loop, narration) and step, rewind and replay.
#include "mainwindow.h"

#include "panels/codepanel.h"
#include "panels/controltransferpanel.h"
#include "panels/eventlooppanel.h"
#include "panels/lessonbanner.h"
#include "panels/narrationpanel.h"
#include "panels/pitfallbanner.h"
#include "pitfallsearch.h"
#include "replaycontroller.h"
#include "run/runner.h"
#include "runcontroller.h"
#include "sameowner.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLayout>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace ck {

namespace {

QAction *teachingAction(QObject *parent, QStyle::StandardPixmap icon, const QKeySequence &keys)
{
    auto *action = new QAction(parent);
    action->setIcon(QApplication::style()->standardIcon(icon));
    action->setShortcut(keys);
    return action;
}

long long milliseconds(std::chrono::nanoseconds time)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(time).count();
}

} // namespace

void MainWindow::createTeachingDocks()
{
    m_code = new CodePanel(this);
    m_codeDock = new QDockWidget(this);
    m_codeDock->setObjectName(QStringLiteral("codeDock"));
    m_codeDock->setWidget(m_code);
    m_codeDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_7));
    m_eventLoop = new EventLoopPanel(this);
    m_eventLoopDock = new QDockWidget(this);
    m_eventLoopDock->setObjectName(QStringLiteral("eventLoopDock"));
    m_eventLoopDock->setWidget(m_eventLoop);
    m_eventLoopDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));
    m_narration = new NarrationPanel(this);
    m_narrationDock = new QDockWidget(this);
    m_narrationDock->setObjectName(QStringLiteral("narrationDock"));
    m_narrationDock->setWidget(m_narration);
    m_narrationDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_5));
    m_transfer = new ControlTransferPanel(this);
    m_transferDock = new QDockWidget(this);
    m_transferDock->setObjectName(QStringLiteral("controlTransferDock"));
    auto *scroller = new QScrollArea(m_transferDock); // the panel is wide; the dock need not be
    scroller->setWidget(m_transfer);
    scroller->setWidgetResizable(true);
    m_transferDock->setWidget(scroller);
    m_transferDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_6));
}

void MainWindow::arrangeTeachingDocks()
{
    // The timeline keeps most of the window: the right column takes a third of the width (the
    // event loop over the log, half each; a log line of the kitchen fits at 1280 px), the code
    // two ninths of the height (a quarter left the Korean comparison 4 px short at 1280×720).
    resizeDocks({m_eventLoopDock}, {std::clamp(width() * 34 / 100, 320, 560)}, Qt::Horizontal);
    // The code panel stacks its two programs when narrow, which needs more height: its width
    // is settled first, so that its minimum height is the one it will have.
    layout()->activate();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    resizeDocks({m_eventLoopDock, m_logDock}, {height() / 2, height() / 2}, Qt::Vertical);
    resizeDocks({m_codeDock}, {height() * 2 / 9}, Qt::Vertical);
}

void MainWindow::createReplayActions()
{
    m_replay = new ReplayController(this);
    m_stepBackAction =
        teachingAction(this, QStyle::SP_MediaSeekBackward, QKeySequence(Qt::CTRL | Qt::Key_Left));
    connect(m_stepBackAction, &QAction::triggered, this, &MainWindow::stepBack);
    m_stepForwardAction =
        teachingAction(this, QStyle::SP_MediaSeekForward, QKeySequence(Qt::CTRL | Qt::Key_Right));
    connect(m_stepForwardAction, &QAction::triggered, this, &MainWindow::stepForward);
    m_replayAction = teachingAction(this, QStyle::SP_MediaPlay, QKeySequence(Qt::Key_F6));
    connect(m_replayAction, &QAction::triggered, this, &MainWindow::toggleReplay);
    m_replayStartAction =
        teachingAction(this, QStyle::SP_MediaSkipBackward, QKeySequence(Qt::CTRL | Qt::Key_Home));
    connect(m_replayStartAction, &QAction::triggered, this, &MainWindow::rewindReplay);
    m_replayEndAction =
        teachingAction(this, QStyle::SP_MediaSkipForward, QKeySequence(Qt::CTRL | Qt::Key_End));
    connect(m_replayEndAction, &QAction::triggered, this, &MainWindow::leaveReplay);
    connect(m_replay, &ReplayController::changed, this, &MainWindow::updateViews);
    connect(m_replay, &ReplayController::playingChanged, this, [this](bool playing) {
        m_replayAction->setIcon(QApplication::style()->standardIcon(
            playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    });
    connect(m_timeline, &TimelineView::timeClicked, this, &MainWindow::seekReplay);
    connect(m_pitfalls, &PitfallBanner::fixRequested, this, [this](const Strategy &strategy) {
        selectMode(RunSelection(strategy));
        run();
    });
}

void MainWindow::createReplayToolBar()
{
    addToolBarBreak();
    m_replayToolBar = addToolBar(QString());
    m_replayToolBar->setObjectName(QStringLiteral("replayToolBar"));
    m_replayToolBar->setMovable(false);
    m_replayLabel = new QLabel(this);
    m_replayLabel->setContentsMargins(6, 0, 4, 0);
    m_replayToolBar->addWidget(m_replayLabel);
    m_replayToolBar->addActions({m_replayStartAction, m_stepBackAction, m_replayAction,
                                 m_stepForwardAction, m_replayEndAction});
    m_replaySlider = new QSlider(Qt::Horizontal, this);
    m_replaySlider->setObjectName(QStringLiteral("replaySlider"));
    m_replaySlider->setMinimumWidth(240);
    connect(m_replaySlider, &QSlider::valueChanged, this,
            [this](int ms) { seekReplay(ms / 1000.0); });
    m_replayToolBar->addWidget(m_replaySlider);
    m_replaySpeedBox = new QDoubleSpinBox(this);
    m_replaySpeedBox->setObjectName(QStringLiteral("replaySpeedBox"));
    m_replaySpeedBox->setRange(ReplayController::kMinSpeed, ReplayController::kMaxSpeed);
    m_replaySpeedBox->setDecimals(1);
    m_replaySpeedBox->setSingleStep(0.1);
    m_replaySpeedBox->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_replaySpeedBox->setSuffix(QStringLiteral("×"));
    m_replaySpeedBox->setValue(1.0);
    connect(m_replaySpeedBox, &QDoubleSpinBox::valueChanged, m_replay, &ReplayController::setSpeed);
    m_replayToolBar->addWidget(m_replaySpeedBox);
}

void MainWindow::retranslateTeaching()
{
    m_teachingMoment.clear(); // the runs' labels are translated: the panels get them anew
    m_eventLoopDock->setWindowTitle(tr("Event loop"));
    m_narrationDock->setWindowTitle(tr("Narration"));
    m_eventLoopDock->toggleViewAction()->setText(tr("&Event loop panel"));
    m_narrationDock->toggleViewAction()->setText(tr("&Narration panel"));
    m_codeDock->setWindowTitle(tr("Code"));
    m_codeDock->toggleViewAction()->setText(tr("C&ode panel"));
    m_transferDock->setWindowTitle(tr("Coroutine basics"));
    m_transferDock->toggleViewAction()->setText(
        tr("&Coroutine basics: routines, subroutines, yield and send"));
    m_replayToolBar->setWindowTitle(tr("Replay"));
    m_replayLabel->setText(tr("Replay:"));
    m_stepBackAction->setText(tr("Step bac&k"));
    m_stepBackAction->setToolTip(tr("Undo the last scheduling event (Ctrl+Left)"));
    m_stepForwardAction->setText(tr("Step for&ward"));
    m_stepForwardAction->setToolTip(tr("The next scheduling event happens (Ctrl+Right)"));
    m_replayAction->setText(tr("Re&play"));
    m_replayAction->setToolTip(tr("Replay the finished run at the replay speed, or pause (F6)"));
    m_replayStartAction->setText(tr("Rewind to the st&art"));
    m_replayStartAction->setToolTip(tr("Rewind the finished run to its start (Ctrl+Home)"));
    m_replayEndAction->setText(tr("Back to the &end"));
    m_replayEndAction->setToolTip(tr("Leave the replay: the whole run again (Ctrl+End)"));
    m_replaySlider->setToolTip(tr("Scrub through the run; clicking the timeline does the same"));
    m_replaySpeedBox->setToolTip(tr("Replay speed: scenario seconds per real second"));
}

bool MainWindow::enterReplay()
{
    if (m_replay->isActive())
        return true;
    if (m_controller->isRunning() || !m_replay->load(m_controller->timelineRuns())) {
        statusBar()->showMessage(tr("Step and replay work on a finished run: run it first "
                                    "(Instant runs it at once)"),
                                 5000);
        return false;
    }
    return true;
}

void MainWindow::stepForward()
{
    if (enterReplay())
        m_replay->stepForward();
}

void MainWindow::stepBack()
{
    if (enterReplay())
        m_replay->stepBack();
}

void MainWindow::seekReplay(double seconds)
{
    if (enterReplay())
        m_replay->seek(std::chrono::nanoseconds(std::int64_t(seconds * 1e9)));
}

void MainWindow::rewindReplay()
{
    if (enterReplay())
        m_replay->toStart();
}

void MainWindow::toggleReplay()
{
    if (!enterReplay())
        return;
    if (m_replay->isPlaying())
        m_replay->pause();
    else
        m_replay->play();
}

void MainWindow::leaveReplay()
{
    m_replay->leave();
}

// The event loop and the narration show every current run (a comparison shares one loop), live
// or at the replay cursor.
void MainWindow::updateTeachingViews(const std::vector<TimelineRun> &runs)
{
    std::vector<TeachingRun> teaching;
    const bool replaying = m_replay->isActive();
    const std::shared_ptr<const Scenario> scenario =
        m_controller->hasRuns() ? m_controller->scenario() : m_scenario;
    // A crowd beyond the limit records no loop events: there is nothing to follow.
    const bool followed = scenario->tasks.size() <= RunController::kTeachingLimit;
    m_eventLoop->setUnfollowed(followed ? 0 : scenario->tasks.size(),
                               RunController::kTeachingLimit);
    for (std::size_t i = 0; followed && i < runs.size(); ++i) {
        TeachingRun run;
        run.label = runs[i].label;
        run.recorder = replaying ? m_replay->recorder(i) : runs[i].recorder;
        run.events = replaying ? m_replay->eventsOf(i) : run.recorder->loopEvents().size();
        teaching.push_back(std::move(run));
    }
    const RunSelection shown = m_controller->hasRuns() ? m_controller->selection() : mode();
    if (isProgram())
        updateProgramCode();
    else
        m_code->setPrograms(scenario, shown.strategies(), m_language);
    // Most frames of a live run come while every coroutine sleeps: nothing new to show.
    std::vector<std::pair<const Recorder *, std::size_t>> moment;
    for (const TeachingRun &run : teaching)
        moment.emplace_back(run.recorder.get(), run.events);
    if (moment != m_teachingMoment) {
        m_teachingMoment = std::move(moment);
        m_code->show(teaching);
        m_eventLoop->show(teaching);
        m_narration->show(teaching);
    }
    updateReplayControls();
    updatePitfalls();
}

// Once the runs are done: what they teach. A comparison already shows what gathering saves, so
// there only the other pitfalls are named.
void MainWindow::updatePitfalls()
{
    if (isProgram()) {
        updateProgramPitfalls();
        return;
    }
    std::vector<PitfallSearch::Run> runs;
    std::vector<std::shared_ptr<const Recorder>> recorders;
    if (m_controller->hasRuns() && !m_controller->isRunning()) {
        for (const Runner *runner : m_controller->runners()) {
            recorders.push_back(runner->recorder());
            runs.push_back({runner->strategy(), runner->strategy().label(), runner->recorder()});
        }
        if (showsPitfallsOf(recorders))
            return;
    }
    m_pitfallsOfRuns.assign(recorders.begin(), recorders.end());
    m_pitfallsLanguage = m_language;
    if (runs.empty()) {
        m_pitfallSearch->cancel();
        m_pitfalls->setPitfalls({});
        return;
    }
    m_pitfallSearch->start(m_controller->scenario(), std::move(runs)); // found() shows them
}

bool MainWindow::showsPitfallsOf(
    const std::vector<std::shared_ptr<const Recorder>> &recorders) const
{
    if (recorders.empty() || m_language != m_pitfallsLanguage ||
        recorders.size() != m_pitfallsOfRuns.size())
        return false;
    for (std::size_t i = 0; i < recorders.size(); ++i) {
        if (!sameOwner(m_pitfallsOfRuns[i], recorders[i]))
            return false;
    }
    return true;
}

void MainWindow::updateReplayControls()
{
    const bool finished = m_controller->hasRuns() && !m_controller->isRunning();
    for (QAction *action :
         {m_stepBackAction, m_stepForwardAction, m_replayAction, m_replayStartAction})
        action->setEnabled(finished);
    m_replayEndAction->setEnabled(m_replay->isActive());
    m_replaySlider->setEnabled(finished);
    const QSignalBlocker blocker(m_replaySlider);
    const ReplayCursor &cursor = m_replay->cursor();
    if (m_replay->isActive()) {
        m_replaySlider->setRange(0, int(milliseconds(cursor.duration())));
        m_replaySlider->setValue(int(milliseconds(cursor.time())));
    } else {
        const auto elapsed = m_controller->elapsed();
        m_replaySlider->setRange(0, int(std::max<long long>(milliseconds(elapsed), 1)));
        m_replaySlider->setValue(m_replaySlider->maximum());
    }
}

} // namespace ck
