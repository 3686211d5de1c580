#include "windowbench.h"

#include "benchfigures.h"
#include "inputprobe.h"
#include "mainwindow.h"
#include "runcontroller.h"
#include "runselection.h"
#include "scenario/crowdscenario.h"
#include "timeline/timelineview.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace ck {

namespace {

using namespace std::chrono_literals;

constexpr auto kBeat = 10ms;

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

QJsonObject waitsOf(const std::vector<double> &waits)
{
    return QJsonObject{
        {QStringLiteral("samples"), qint64(waits.size())},
        {QStringLiteral("input_wait_ms_median"),
         BenchFigures::rounded(BenchFigures::median(waits))},
        {QStringLiteral("input_wait_ms_max"), BenchFigures::rounded(BenchFigures::maximum(waits))},
    };
}

} // namespace

QJsonObject WindowBench::run(const Options &options)
{
    QStandardPaths::setTestModeEnabled(true); // the window's settings stay away from the user's
    QSettings().clear();
    MainWindow window;
    window.resize(options.width, options.height);
    window.show();
    window.setInstant(options.instant);
    window.setSpeed(options.speed);
    settle(300);
    QElapsedTimer clock;
    clock.start();
    window.selectScenario(CrowdScenario::idFor(options.count));
    window.selectMode(*RunSelection::parse(QStringLiteral("gather")));
    const double selectMs = elapsedMs(clock);
    settle(300);

    InputProbe probe(kBeat);
    probe.countPaintsOf(window.timeline()->viewport());
    probe.start();
    settle(500);
    const std::vector<double> idle = probe.takeWaits();
    QEventLoop untilFinished;
    QObject::connect(window.controller(), &RunController::finished, &untilFinished,
                     &QEventLoop::quit);
    clock.restart();
    window.run();
    const double pressMs = elapsedMs(clock);
    if (window.controller()->isRunning())
        untilFinished.exec();
    const double runMs = elapsedMs(clock);
    const int runPaints = probe.paints();
    const std::vector<double> during = probe.takeWaits();
    settle(1000);
    const std::vector<double> after = probe.takeWaits();
    probe.stop();
    return QJsonObject{
        {QStringLiteral("impl"), QStringLiteral("corokitchen-window")},
        {QStringLiteral("count"), options.count},
        {QStringLiteral("speed"), options.speed},
        {QStringLiteral("clock"),
         options.instant ? QStringLiteral("virtual") : QStringLiteral("real")},
        {QStringLiteral("width"), options.width},
        {QStringLiteral("height"), options.height},
        {QStringLiteral("select_ms"), selectMs},
        {QStringLiteral("press_run_ms"), pressMs},
        {QStringLiteral("run_ms"), runMs},
        {QStringLiteral("timeline_paints"), runPaints},
        {QStringLiteral("idle"), waitsOf(idle)},
        {QStringLiteral("during_run"), waitsOf(during)},
        {QStringLiteral("after_run"), waitsOf(after)},
        {QStringLiteral("peak_rss_kb"), qint64(BenchFigures::peakRssKb())},
    };
}

} // namespace ck
