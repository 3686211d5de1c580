#pragma once

// Runs scenarios to their end on a fresh virtual-clock scheduler, for runner and CLI tests.

#include "coro/realclock.h"
#include "coro/scheduler.h"
#include "coro/virtualclock.h"
#include "run/runner.h"
#include "run/session.h"
#include "scenario/builtinscenarios.h"
#include "scenario/scenarioloader.h"
#include "trace/awaittext.h"
#include "trace/secondstext.h"

#include <QFile>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>

#include <memory>
#include <stdexcept>

namespace cktest {

inline std::shared_ptr<const ck::Scenario> builtin(const QString &id)
{
    ck::ScenarioLoadResult loaded = ck::BuiltinScenarios::load(id);
    if (!loaded.ok())
        throw std::runtime_error(loaded.error.toStdString());
    return std::make_shared<const ck::Scenario>(std::move(*loaded.scenario));
}

inline std::shared_ptr<const ck::Scenario> fromJson(const char *json)
{
    ck::ScenarioLoadResult loaded =
        ck::ScenarioLoader::fromJson(QByteArray(json), QStringLiteral("test.json"));
    if (!loaded.ok())
        throw std::runtime_error(loaded.error.toStdString());
    return std::make_shared<const ck::Scenario>(std::move(*loaded.scenario));
}

// A built-in by id, or a file of tests/data by name ("tricky-asyncio.json").
inline std::shared_ptr<const ck::Scenario> scenarioNamed(const QString &name)
{
    if (ck::BuiltinScenarios::contains(name))
        return builtin(name);
    QFile file(QStringLiteral(COROKITCHEN_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("missing test data");
    return fromJson(file.readAll().constData());
}

inline ck::Strategy mode(const QString &name)
{
    const auto strategy = ck::Strategy::parse(name);
    if (!strategy)
        throw std::runtime_error("bad mode in test");
    return *strategy;
}

// A finished run of a session: on the virtual clock, or on the real one at a speed.
struct FinishedRun
{
    std::unique_ptr<ck::Session> session;
    ck::Runner *runner = nullptr;

    // `teaching`: record loop events and run a 50 ms heartbeat, as the window does.
    FinishedRun(std::unique_ptr<ck::Clock> clock, std::shared_ptr<const ck::Scenario> scenario,
                ck::Strategy strategy, bool teaching, std::chrono::milliseconds timeout)
        : session(std::make_unique<ck::Session>(std::move(clock)))
    {
        ck::SessionOptions options;
        if (teaching) {
            options.recordsLoopEvents = true;
            options.heartbeat = std::chrono::milliseconds(50);
        }
        if (const ck::RunRefusal refusal = session->start(std::move(scenario), {strategy}, options))
            throw std::runtime_error(refusal.reason.toStdString());
        runner = session->runners().front().get();
        if (!session->waitUntilFinished(timeout))
            throw std::runtime_error("run did not finish");
    }

    ck::Scheduler &scheduler() { return session->scheduler(); }
    const ck::Recorder &recorder() const { return *runner->recorder(); }
    double total() const { return std::chrono::duration<double>(recorder().info().total).count(); }
    // What the program prints (stdout), and what Python warns (stderr).
    QStringList lines(ck::Language language = ck::Language::English) const
    {
        return texts(language, false);
    }
    QStringList warnings() const { return texts(ck::Language::English, true); }
    QStringList texts(ck::Language language, bool warnings) const
    {
        QStringList out;
        for (const auto &line : recorder().logLines())
            if (line.warning == warnings)
                out << line.text.in(language);
        return out;
    }
    // "2.000 End toastBagel()"
    QStringList timedLines() const
    {
        QStringList out;
        for (const auto &line : recorder().logLines())
            out << QStringLiteral("%1 %2").arg(ck::SecondsText::fixed(line.time, 3),
                                               line.text.english());
        return out;
    }
    const ck::Span *span(ck::SpanKind kind, const QString &name) const
    {
        for (const auto &s : recorder().spans())
            if (s.kind == kind && ck::AwaitText::ofSpan(recorder(), s) == name)
                return &s;
        return nullptr;
    }
    // Why one of recorder().spans() failed (Recorder::reasonOf).
    const QString &reasonOf(const ck::Span *span) const { return recorder().reasonOf(*span); }
};

// A finished run on the virtual clock.
struct VirtualRun : FinishedRun
{
    VirtualRun(std::shared_ptr<const ck::Scenario> scenario, ck::Strategy strategy,
               bool teaching = false)
        : FinishedRun(std::make_unique<ck::VirtualClock>(), std::move(scenario), strategy, teaching,
                      std::chrono::seconds(10))
    {}
};

// A finished run on the real clock at `speed` (`teaching`: as the window's, above).
struct RealRun : FinishedRun
{
    RealRun(std::shared_ptr<const ck::Scenario> scenario, ck::Strategy strategy, double speed = 1.0,
            std::chrono::milliseconds timeout = std::chrono::seconds(15), bool teaching = false)
        : FinishedRun(std::make_unique<ck::RealClock>(speed), std::move(scenario), strategy,
                      teaching, timeout)
    {}
};

} // namespace cktest
