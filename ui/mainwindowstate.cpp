// MainWindow, part 3: settings, keeping the views in step with the controller, and dialogs.
#include "mainwindow.h"

#include "exportactions.h"
#include "modeactions.h"
#include "panels/downloadspanel.h"
#include "panels/lessonbanner.h"
#include "panels/logpanel.h"
#include "panels/narrationpanel.h"
#include "panels/summarypanel.h"
#include "presentationmode.h"
#include "pyrun/fidelityrun.h"
#include "pyrun/pythonprogramrun.h"
#include "replaycontroller.h"
#include "run/runner.h"
#include "run/runplan.h"
#include "runcontroller.h"
#include "scenario/crowdscenario.h"
#include "scenariopicker.h"
#include "shortcutsdialog.h"
#include "timeline/timelineview.h"
#include "trace/secondstext.h"
#include "urldialog.h"
#include "windowsettings.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <algorithm>
#include <array>

namespace ck {

namespace {

// The replay's runs keep the labels of when it was loaded; the controller's are translated as
// they are read, so that a language switched while replaying relabels every view.
void relabel(std::vector<TimelineRun> &replayed, const std::vector<TimelineRun> &current)
{
    if (replayed.size() != current.size())
        return;
    for (std::size_t i = 0; i < replayed.size(); ++i)
        replayed[i].label = current[i].label;
}

} // namespace

void MainWindow::restoreSettings(const LaunchOptions &options)
{
    WindowSettings settings;
    if (!restoreGeometry(settings.geometry()))
        resize(defaultSize());
    // The docks' first sizes follow the window's: the default one now, so that the window is
    // shown no larger than that, and the final one once it is shown.
    m_arrangeDocksOnShow = !restoreState(settings.windowState());
    if (m_arrangeDocksOnShow)
        arrangeTeachingDocks();
    m_picker->setRecentFiles(settings.recentFiles());
    m_modes->setBoundedLimit(settings.boundedLimit());
    restoreMode(options.mode);
    setSpeed(settings.speed());
    setInstant(settings.instant());
    const bool flows = settings.flowsShown(); // read both before either toggle saves them
    const bool criticalPath = settings.criticalPathShown();
    m_flowsAction->setChecked(flows);
    m_criticalPathAction->setChecked(criticalPath);
    m_exports->setChartScale(settings.chartScale());
    for (QAction *action : m_scaleGroup->actions())
        action->setChecked(action->data().toDouble() == m_exports->chartScale());
    applyLanguage(m_language);
    // A scenario asked for on the command line must load or say why; the remembered one may
    // have gone since, and then the kitchen opens quietly.
    if (options.scenario.isEmpty() || !selectScenario(options.scenario)) {
        if (!loadScenario(settings.scenario(), false))
            loadScenario(QStringLiteral("kitchen"), true);
    }
}

QSize MainWindow::defaultSize() const
{
    // All of a laptop's or a projector's screen (1366×768, 1280×720); on larger screens room
    // for the timeline, the code and the event loop at once, and some of the desktop.
    const QScreen *display = screen();
    const QSize available = display ? display->availableSize() : QSize(1280, 800);
    if (available.height() <= kSmallScreenHeight)
        return available;
    return QSize(std::min(available.width(), std::clamp(available.width() * 9 / 10, 1024, 1600)),
                 std::min(available.height(), std::clamp(available.height() * 9 / 10, 700, 1000)));
}

void MainWindow::restoreMode(const QString &requested)
{
    std::optional<RunSelection> selection = RunSelection::parse(requested);
    if (!requested.isEmpty() && !selection)
        showWarning(tr("Unknown mode"),
                    tr("unknown mode %1 (expected sequential, gather, create-task, bounded:N, "
                       "task-group or compare)")
                        .arg(requested));
    if (!selection)
        selection = RunSelection::parse(WindowSettings().mode());
    m_modes->setSelection(selection.value_or(RunSelection::compare()));
    WindowSettings().setMode(mode().name());
}

void MainWindow::applyLanguage(Language language)
{
    m_language = language;
    (language == Language::Korean ? m_koreanAction : m_englishAction)->setChecked(true);
    m_log->setLanguage(language);
    m_narration->setLanguage(language);
    m_picker->setLanguage(language);
    m_exports->setLanguage(language);
    if (m_examplesMenu)
        retranslatePrograms(); // the examples' titles and programs are the language's
    if (m_scenario)
        updateTitles();
}

void MainWindow::chooseMode(const RunSelection &selection)
{
    WindowSettings settings;
    settings.setMode(selection.name());
    settings.setBoundedLimit(m_modes->boundedLimit());
    if (restartIfLive())
        return;
    // A finished run of the other mode would go on showing it: the chosen mode's run is shown
    // at once instead, on the virtual clock, and Run plays it live.
    if (m_controller->hasRuns() && !isProgram() && !preview()) {
        m_controller->clear();
        m_log->clear();
    }
    updateTitles();
    updateViews(); // the code panel's program is the mode's before any run too
}

bool MainWindow::restartIfLive()
{
    if (!m_controller->isRunning())
        return false;
    run();
    return true;
}

void MainWindow::openScenarioDialog()
{
    const QStringList recent = WindowSettings().recentFiles();
    const QString folder = recent.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(recent.first()).absolutePath();
    auto *dialog = new QFileDialog(this, tr("Open scenario"), folder);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(
        {tr("CoroKitchen scenarios and Python programs (*.json *.py)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::selectScenario);
    dialog->open(); // window-modal, no nested event loop
}

void MainWindow::openUrlDialog()
{
    auto *dialog = new UrlDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setText(m_pastedUrls);
    dialog->setSelection(mode());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->scenario())
            return;
        m_pastedUrls = dialog->text();
        runUrlScenario(dialog->scenario(), dialog->selection());
    });
    dialog->open(); // window-modal, no nested event loop
}

// Shown (and raised over the log) for a scenario that downloads, hidden otherwise; the View
// menu and Alt+3 still decide in between.
void MainWindow::updateDownloadsDock()
{
    const bool downloading = m_scenario && m_controller->planFor(m_scenario, mode())->downloads();
    m_downloadsDock->setVisible(downloading);
    if (downloading)
        m_downloadsDock->raise();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("About CoroKitchen"),
        tr("<h3>CoroKitchen %1</h3><p>Makes asynchronous concurrency visible: real QCoro "
           "coroutines on the Qt event loop, drawn live on a timeline, sequential and "
           "concurrent side by side.</p><p>Qt %2 · QCoro 0.8</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())),
        QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(allActions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showWarning(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("warning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal, no nested event loop
}

void MainWindow::stepSpeed(int direction)
{
    static constexpr std::array<double, 8> kSteps{0.1, 0.25, 0.5, 1, 2, 3, 5, 10};
    const double current = speed();
    double next = current;
    if (direction > 0) {
        const auto it = std::find_if(kSteps.begin(), kSteps.end(),
                                     [current](double step) { return step > current * 1.001; });
        next = it != kSteps.end() ? *it : kSteps.back();
    } else {
        const auto it = std::find_if(kSteps.rbegin(), kSteps.rend(),
                                     [current](double step) { return step < current * 0.999; });
        next = it != kSteps.rend() ? *it : kSteps.front();
    }
    setSpeed(next);
}

void MainWindow::onStarted()
{
    m_replay->leave();
    m_log->clear();
    m_log->setRunLabels(runLabels());
    updateTitles();
    updateViews();
}

void MainWindow::onLogLine(int run, const LogLine &line)
{
    m_log->append(run, line);
}

void MainWindow::showMainErrors()
{
    // The traceback's last line, which the Python program (and `corokitchen run`) writes to
    // stderr when main() raised: the log shows it after the run's lines, as a warning is.
    const std::vector<TimelineRun> runs = m_controller->timelineRuns();
    for (std::size_t run = 0; run < runs.size(); ++run) {
        const RunInfo &info = runs[run].recorder->info();
        if (info.mainError.isEmpty())
            continue;
        LogLine line;
        line.time = std::max(info.total, std::chrono::nanoseconds(0));
        line.text = LocalizedText(info.mainError);
        line.warning = true;
        m_log->append(int(run), line);
    }
}

void MainWindow::updateViews()
{
    std::vector<TimelineRun> runs = m_controller->timelineRuns();
    if (m_replay->isActive()) {
        std::vector<TimelineRun> replayed = m_replay->runsAtCursor();
        relabel(replayed, runs);
        runs = std::move(replayed);
    }
    m_timeline->setRuns(runs);
    m_presentation->setRuns(runs);
    m_summary->setRuns(runs);
    m_downloads->setRuns(runs);
    m_log->setRunLabels(runLabels());
    updateLog(runs.size());
    updateTeachingViews(runs);
    updateState();
}

// In replay the log shows what the runs had printed by the cursor, as every other view does.
void MainWindow::updateLog(std::size_t runs)
{
    if (!m_replay->isActive()) {
        m_log->showAllLines();
        return;
    }
    std::vector<std::size_t> printed;
    for (std::size_t run = 0; run < runs; ++run)
        printed.push_back(m_replay->linesOf(run));
    m_log->showFirstLines(printed);
}

void MainWindow::updateTitles()
{
    updateCrowdBox();
    updateStalePreview();
    const QString title = m_scenario->title.in(m_language);
    setWindowTitle(tr("%1 — CoroKitchen").arg(title));
    m_lesson->setText(isProgram() ? programDescription() : m_scenario->description.in(m_language));
    // Pasted URLs have no entry in the picker: it shows one with their title ("3 downloads").
    const bool unlisted =
        m_scenarioKey == kPastedUrlsKey || m_scenarioKey == kEditedKey ||
        (CrowdScenario::isCrowdId(m_scenarioKey) && m_scenarioKey != QLatin1String("crowd"));
    m_picker->setUnlistedTitle(unlisted ? title : QString());
    const RunSelection shown = m_controller->hasRuns() ? m_controller->selection() : mode();
    const QString chartTitle =
        tr("%1 — %2").arg(title, isProgram() ? tr("Python program") : shown.label());
    m_timeline->setTitle(chartTitle);
    m_exports->setChartTitle(chartTitle);
}

void MainWindow::updateCrowdBox()
{
    const auto count = CrowdScenario::countOf(m_scenarioKey);
    m_crowdBoxAction->setVisible(count.has_value());
    if (count) {
        const QSignalBlocker blocker(m_crowdBox);
        m_crowdBox->setValue(*count);
    }
}

void MainWindow::updateState()
{
    m_stopAction->setEnabled(m_controller->isRunning());
    updateCheckAction();
    m_stateLabel->setText(statusText());
}

QString MainWindow::statusText() const
{
    if (isBuilding())
        return buildingText();
    if (!m_controller->hasRuns())
        return tr("Ready");
    if (m_controller->isRunning() && m_controller->check())
        return tr("Checking with CPython…");
    if (m_controller->isRunning())
        return tr("Running… %1 s").arg(SecondsText::fixed(m_controller->elapsed(), 1));
    if (m_controller->check() && m_controller->check()->wasStopped())
        return tr("Check with CPython stopped");
    if (m_replay->isActive()) {
        const ReplayCursor &cursor = m_replay->cursor();
        return tr("Replay: %1 s of %2 s, event %3 of %4")
            .arg(SecondsText::fixed(cursor.time(), 3), SecondsText::fixed(cursor.duration(), 2),
                 QString::number(cursor.position()), QString::number(cursor.eventCount()));
    }
    const std::vector<TimelineRun> runs = m_controller->timelineRuns();
    const bool stopped = std::any_of(runs.begin(), runs.end(), [](const TimelineRun &run) {
        return run.recorder->info().cancelled;
    });
    if (stopped)
        return tr("Stopped at %1").arg(SecondsText::withUnit(m_controller->elapsed(), 2));
    if (runs.size() == 1)
        return tr("Done: %1").arg(SecondsText::withUnit(runs.front().recorder->info().total, 2));
    QStringList totals;
    for (const TimelineRun &run : runs)
        totals << QStringLiteral("%1 %2").arg(run.label,
                                              SecondsText::withUnit(run.recorder->info().total, 2));
    return tr("Done: %1").arg(totals.join(QStringLiteral(" · ")));
}

QStringList MainWindow::runLabels() const
{
    QStringList labels;
    if (m_controller->program())
        return {QFileInfo(m_controller->program()->program()).fileName()};
    if (m_controller->check())
        return {QStringLiteral("QCoro"), QStringLiteral("CPython")};
    for (const Strategy &strategy : m_controller->selection().strategies())
        labels << strategy.label();
    return labels;
}

} // namespace ck
