#include "windowbench.h"

#include "benchfigures.h"
#include "inputprobe.h"
#include "mainwindow.h"
#include "runcontroller.h"
#include "runselection.h"
#include "scenario/crowdscenario.h"
#include "timeline/timelineview.h"
#include "windowsettings.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace ck {

namespace {

using namespace std::chrono_literals;
using ProbeClock = InputProbe::Clock;

constexpr auto kBeat = 10ms;
// The crowd's first sleeper ends 0.5 s (scenario time) into the run: until then it is starting.
constexpr auto kStart = 500ms;
// What the window shows after the crowd, so that the crowd's run is retired.
const QString kNextScenario = QStringLiteral("kitchen");

// Lets the window's thread run for `milliseconds`.
void settle(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

double elapsedMs(const QElapsedTimer &clock)
{
    return BenchFigures::rounded(double(clock.nsecsElapsed()) / 1e6);
}

double milliseconds(std::chrono::nanoseconds duration)
{
    return BenchFigures::rounded(double(duration.count()) / 1e6);
}

// The waits of the input events in [from, to), each clipped to it: an event that waited across
// a phase's edge counts in each phase for the time it waited there, so that a stall counts in the
// phase that held the thread (selecting, pressing Run) and the whole run sees it whole.
QJsonObject waitsOf(const std::vector<InputProbe::Wait> &waits, ProbeClock::time_point from,
                    ProbeClock::time_point to)
{
    using Milliseconds = std::chrono::duration<double, std::milli>;
    std::vector<double> inside;
    for (const InputProbe::Wait &wait : waits) {
        const auto handled = wait.due + std::chrono::duration_cast<ProbeClock::duration>(
                                            Milliseconds(wait.milliseconds));
        if (handled < from || wait.due >= to)
            continue;
        inside.push_back(Milliseconds(std::min(handled, to) - std::max(wait.due, from)).count());
    }
    return QJsonObject{
        {QStringLiteral("samples"), qint64(inside.size())},
        {QStringLiteral("input_wait_ms_median"),
         BenchFigures::rounded(BenchFigures::median(inside))},
        {QStringLiteral("input_wait_ms_max"), BenchFigures::rounded(BenchFigures::maximum(inside))},
    };
}

// Until the scenario being built off the window's thread is the window's, as a user would wait
// for it before pressing Run (the probe goes on measuring).
void waitForBuild(MainWindow &window)
{
    if (!window.isBuilding())
        return;
    QEventLoop untilBuilt;
    QObject::connect(&window, &MainWindow::scenarioBuilt, &untilBuilt, &QEventLoop::quit);
    untilBuilt.exec();
}

// Every view of the View menu that teaches: its docks (all but the editor's) and the timeline's
// flows and critical path. The overlays are settings, read when the window is made.
void showOverlays()
{
    WindowSettings settings;
    settings.setFlowsShown(true);
    settings.setCriticalPathShown(true);
}

void showTeachingDocks(MainWindow &window)
{
    const auto docks = window.findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks) {
        if (dock->objectName() != QLatin1String("editorDock"))
            dock->show();
    }
}

// The ideal total of the run (its ghost bar) and the total it took in scenario time. The runs are
// let go here: holding their recorders would keep them from being retired with the run.
std::pair<std::chrono::nanoseconds, std::chrono::nanoseconds>
idealAndTotal(const RunController &controller)
{
    const std::vector<TimelineRun> runs = controller.timelineRuns();
    if (runs.empty())
        return {0ns, 0ns};
    return {runs.front().ideal, runs.front().recorder->info().total};
}

} // namespace

QJsonObject WindowBench::run(const Options &options)
{
    QStandardPaths::setTestModeEnabled(true); // the window's settings stay away from the user's
    QSettings().clear();
    if (options.teaching)
        showOverlays();
    MainWindow window;
    window.resize(options.width, options.height);
    window.show();
    window.setInstant(options.instant);
    window.setSpeed(options.speed);
    // As a user who has the mode and the views chosen picks the crowd: one action a phase.
    window.selectMode(*RunSelection::parse(QStringLiteral("gather")));
    if (options.teaching)
        showTeachingDocks(window);
    settle(300);

    InputProbe probe(kBeat);
    probe.countPaintsOf(window.timeline()->viewport());
    probe.start();
    settle(500);
    const ProbeClock::time_point selected = ProbeClock::now();
    QElapsedTimer clock;
    clock.start();
    window.selectScenario(CrowdScenario::idFor(options.count));
    const double selectMs = elapsedMs(clock);
    waitForBuild(window); // a large crowd is built off the window's thread
    const double builtMs = elapsedMs(clock);
    settle(300);

    QEventLoop untilFinished;
    QObject::connect(window.controller(), &RunController::finished, &untilFinished,
                     &QEventLoop::quit);
    const ProbeClock::time_point pressed = ProbeClock::now();
    clock.restart();
    window.run();
    const double pressMs = elapsedMs(clock);
    if (window.controller()->isRunning())
        untilFinished.exec();
    const double runMs = elapsedMs(clock);
    const int runPaints = probe.paints();
    const auto [ideal, total] = idealAndTotal(*window.controller());
    settle(1000); // the run's last frames and what its end leaves

    const ProbeClock::time_point retired = ProbeClock::now();
    clock.restart();
    window.selectScenario(kNextScenario); // the crowd's run is replaced, as when a user moves on
    const double retireMs = elapsedMs(clock);
    settle(1000);
    probe.stop();
    const ProbeClock::time_point ended = ProbeClock::now();
    const std::vector<InputProbe::Wait> waits = probe.takeWaits();
    // On the real clock at `speed`, the ideal total takes ideal / speed of wall time; on the
    // virtual clock none.
    const double pace = options.instant ? 0.0 : 1.0 / options.speed;
    const auto wall = [pace](std::chrono::nanoseconds scenarioTime) {
        return std::chrono::duration_cast<ProbeClock::duration>(scenarioTime * pace);
    };
    const ProbeClock::time_point started = pressed + wall(kStart);
    const ProbeClock::time_point idealEnd = std::max(started, pressed + wall(ideal));
    const double idealWallMs = milliseconds(wall(ideal));
    return QJsonObject{
        {QStringLiteral("impl"), QStringLiteral("corokitchen-window")},
        {QStringLiteral("count"), options.count},
        {QStringLiteral("speed"), options.speed},
        {QStringLiteral("clock"),
         options.instant ? QStringLiteral("virtual") : QStringLiteral("real")},
        {QStringLiteral("teaching"), options.teaching},
        {QStringLiteral("width"), options.width},
        {QStringLiteral("height"), options.height},
        {QStringLiteral("select_ms"), selectMs},
        {QStringLiteral("built_ms"), builtMs},
        {QStringLiteral("press_run_ms"), pressMs},
        {QStringLiteral("run_ms"), runMs},
        {QStringLiteral("ideal_ms"), milliseconds(ideal)},
        {QStringLiteral("end_after_ideal_ms"), BenchFigures::rounded(runMs - idealWallMs)},
        {QStringLiteral("recorded_total_ms"), milliseconds(total)},
        {QStringLiteral("retire_ms"), retireMs},
        {QStringLiteral("timeline_paints"), runPaints},
        {QStringLiteral("idle"), waitsOf(waits, ProbeClock::time_point::min(), selected)},
        {QStringLiteral("select"), waitsOf(waits, selected, pressed)},
        {QStringLiteral("start"), waitsOf(waits, pressed, started)},
        {QStringLiteral("middle"), waitsOf(waits, started, idealEnd)},
        {QStringLiteral("end"), waitsOf(waits, idealEnd, retired)},
        {QStringLiteral("retire"), waitsOf(waits, retired, ended)},
        {QStringLiteral("whole_run"), waitsOf(waits, selected, ended)},
        {QStringLiteral("peak_rss_kb"), qint64(BenchFigures::peakRssKb())},
    };
}

} // namespace ck
