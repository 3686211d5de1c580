// libFuzzer target (issue 7): the bytes of a scenario file through ScenarioLoader::fromJson; when
// they load, their ideal time in every mode and a run on the virtual clock, so that the engine is
// fuzzed with what the loader lets through. Built by the `fuzz` preset, run by `make fuzz`.

#include "coro/scheduler.h"
#include "coro/virtualclock.h"
#include "run/idealtime.h"
#include "run/runner.h"
#include "run/runpreflight.h"
#include "scenario/scenariocost.h"
#include "scenario/scenarioloader.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// The step budget: scenarios that would run more steps than this are loaded and checked but
// not run, so that one input costs milliseconds, not the seconds a run of two million steps
// (the loader's limit, which tst_scenarioloader covers) takes under the sanitizers.
constexpr double kRunStepBudget = 5000;
// A run within the budget that has not finished after this long has hung: a finding.
constexpr int kRunWallLimitMs = 5000;

const QString kSource = QStringLiteral("fuzz.json");

[[noreturn]] void finding(const char *what, const QString &detail)
{
    std::fprintf(stderr, "scenarioloader_fuzzer: %s: %s\n", what, qUtf8Printable(detail));
    std::abort();
}

double runSteps(const ck::Scenario &scenario)
{
    ck::ScenarioCost cost(scenario);
    double steps = 0;
    for (std::size_t i = 0; i < scenario.tasks.size(); ++i)
        steps += cost.task(i).steps;
    return steps;
}

void run(const std::shared_ptr<const ck::Scenario> &scenario, const ck::Strategy &strategy)
{
    ck::Scheduler scheduler(std::make_unique<ck::VirtualClock>());
    const QString refusal = ck::RunPreflight::refusal(*scenario, strategy, scheduler.clock());
    if (!refusal.isEmpty()) {
        if (refusal.contains(QLatin1Char('\n')))
            finding("a refusal of two lines", refusal);
        return;
    }
    bool hung = false;
    {
        ck::Runner runner(scheduler, scenario, strategy);
        QEventLoop loop;
        QObject::connect(&runner, &ck::Runner::finished, &loop, &QEventLoop::quit);
        // Owned here, not QTimer::singleShot: a pending single-shot timer outlives its context
        // object until it fires, and thousands of runs a second would pile them up.
        QTimer limit;
        limit.setSingleShot(true);
        QObject::connect(&limit, &QTimer::timeout, &loop, [&] {
            hung = true;
            loop.quit();
        });
        limit.start(kRunWallLimitMs);
        runner.start();
        if (!runner.isFinished())
            loop.exec();
        if (!runner.isFinished() && !hung)
            finding("the event loop quit before the run finished", scenario->id);
        (void)runner.failures();
    }
    // What the run left for the event loop (deleteLater, queued wake-ups) goes before the next
    // input, so that leaks are found at the input that made them.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    if (hung)
        finding("a run within the step budget did not finish", scenario->id);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Qt must not see libFuzzer's arguments.
    static int argc = 1;
    static char name[] = "scenarioloader_fuzzer";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    ck::ScenarioLoadResult loaded = ck::ScenarioLoader::fromJson(json, kSource);
    if (!loaded.ok()) {
        if (!loaded.error.startsWith(kSource + QStringLiteral(": ")) ||
            loaded.error.contains(QLatin1Char('\n')) || loaded.error.contains(QLatin1Char('\r')))
            finding("a refusal that is not one line starting with the source", loaded.error);
        return 0;
    }
    auto scenario = std::make_shared<const ck::Scenario>(std::move(*loaded.scenario));
    const ck::Strategy strategies[] = {
        ck::Strategy(ck::Strategy::Kind::Gather), ck::Strategy(ck::Strategy::Kind::Sequential),
        ck::Strategy(ck::Strategy::Kind::CreateTask), ck::Strategy(ck::Strategy::Kind::Sync),
        ck::Strategy(ck::Strategy::Kind::Bounded, 1 + int(size % 3))};
    for (const ck::Strategy &strategy : strategies)
        (void)ck::IdealTime::of(*scenario, strategy);
    if (runSteps(*scenario) <= kRunStepBudget)
        run(scenario, strategies[size % std::size(strategies)]);
    return 0;
}
