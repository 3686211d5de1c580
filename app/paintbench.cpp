#include "paintbench.h"

#include "benchfigures.h"

#include "coro/scheduler.h"
#include "coro/virtualclock.h"
#include "run/runner.h"
#include "scenario/crowdscenario.h"
#include "timeline/timelinepainter.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ck {

namespace {

using namespace std::chrono_literals;

// `lanes` tasks that sleep one after the other, 10 to 50 ms at a time, `spans` spans in all
// (one per task, one per sleep).
Scenario busyLanes(int spans, int lanes)
{
    Scenario scenario;
    scenario.id = QStringLiteral("busy-lanes");
    scenario.title = LocalizedText(QStringLiteral("Busy lanes"));
    const int perLane = std::max(1, spans / lanes - 1);
    for (int lane = 0; lane < lanes; ++lane) {
        ScenarioTask &task = scenario.tasks.emplace_back();
        task.name = QStringLiteral("lane_%1").arg(lane + 1);
        for (int i = 0; i < perLane; ++i) {
            Step wait;
            wait.kind = Step::Kind::Wait;
            wait.duration = 10ms + (std::int64_t(i + lane) * 7 % 41) * 1ms;
            wait.order = i;
            task.steps.push_back(std::move(wait));
        }
    }
    return scenario;
}

std::shared_ptr<const Recorder> record(const PaintBench::Options &options)
{
    auto scenario = std::make_shared<const Scenario>(
        options.lanes > 0 ? busyLanes(options.spans, options.lanes)
                          : CrowdScenario::make(std::max(1, (options.spans + 1) / 2)));
    Scheduler scheduler(std::make_unique<VirtualClock>());
    Runner runner(scheduler, scenario, *Strategy::parse(QStringLiteral("gather")));
    QEventLoop loop;
    QObject::connect(&runner, &Runner::finished, &loop, &QEventLoop::quit);
    runner.start();
    loop.exec();
    return runner.recorder();
}

} // namespace

QJsonObject PaintBench::run(const Options &options)
{
    QElapsedTimer clock;
    clock.start();
    const std::shared_ptr<const Recorder> recorder = record(options);
    const double recordMs = double(clock.nsecsElapsed()) / 1e6;
    const std::vector<TimelineRun> runs{
        TimelineRun{recorder, QStringLiteral("Gather"), -1ns, -1ns}};
    QImage image(options.width, options.height, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> frames;
    qreal chartHeight = 0;
    for (int frame = 0; frame <= options.frames; ++frame) {
        clock.restart();
        TimelinePainter chart(runs);
        chart.setGeometry(QRectF(0, 0, options.width, 0));
        chartHeight = chart.layout().height();
        // Scroll down by a few rows a frame, as a user would, wrapping at the end.
        const qreal scrollable = std::max<qreal>(chartHeight - options.height, 0);
        const qreal top =
            scrollable > 0 ? std::fmod(frame * chart.layout().rowHeight() * 7.5, scrollable) : 0;
        QPainter painter(&image);
        painter.translate(0, -top);
        chart.paint(painter, QRectF(0, top, options.width, options.height));
        painter.end();
        if (frame > 0) // the first one fills the font and glyph caches
            frames.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    return QJsonObject{
        {QStringLiteral("impl"), QStringLiteral("corokitchen-qpainter")},
        {QStringLiteral("spans"), qint64(recorder->spans().size())},
        {QStringLiteral("lanes"), qint64(recorder->lanes().size())},
        {QStringLiteral("width"), options.width},
        {QStringLiteral("height"), options.height},
        {QStringLiteral("chart_height"), qint64(std::ceil(chartHeight))},
        {QStringLiteral("frames"), qint64(frames.size())},
        {QStringLiteral("frame_ms_median"), BenchFigures::rounded(BenchFigures::median(frames))},
        {QStringLiteral("frame_ms_max"), BenchFigures::rounded(BenchFigures::maximum(frames))},
        {QStringLiteral("record_ms"), BenchFigures::rounded(recordMs)},
    };
}

} // namespace ck
