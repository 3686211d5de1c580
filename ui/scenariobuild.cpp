#include "scenariobuild.h"

#include "run/runplan.h"
#include "scenario/crowdscenario.h"
#include "scenario/scenariosource.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

namespace ck {

namespace {

// On a pool thread: what the window would do on its own at a select. Each part is skipped once
// the build is dropped.
void build(QPromise<BuiltScenario> &promise, const QString &key, const RunSelection &selection)
{
    promise.start();
    BuiltScenario result{key, selection, nullptr, nullptr, {}};
    ScenarioLoadResult loaded = ScenarioSource::resolve(key);
    if (!loaded.ok())
        result.error = loaded.error;
    else if (!promise.isCanceled())
        result.scenario = std::make_shared<const Scenario>(std::move(*loaded.scenario));
    if (result.scenario && !promise.isCanceled())
        result.plan = RunPlan::of(*result.scenario, selection.strategies());
    promise.addResult(std::move(result)); // ignored once dropped: it is let go here
    promise.finish();
}

} // namespace

ScenarioBuild::ScenarioBuild(QObject *parent) : QObject(parent) {}

ScenarioBuild::~ScenarioBuild()
{
    cancel();
}

bool ScenarioBuild::isLarge(const QString &key)
{
    const std::optional<int> count = CrowdScenario::countOf(key);
    return count && *count >= kFromTasks && !QFileInfo(key).isFile();
}

void ScenarioBuild::start(const QString &key, const RunSelection &selection)
{
    cancel();
    m_key = key;
    // The promise is shared with the pool's job: a job must be copyable.
    auto promise = std::make_shared<QPromise<BuiltScenario>>();
    m_watcher = new QFutureWatcher<BuiltScenario>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ScenarioBuild::onFinished);
    m_watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start(
        [promise, key, selection] { build(*promise, key, selection); });
}

void ScenarioBuild::cancel()
{
    QFutureWatcher<BuiltScenario> *watcher = m_watcher;
    if (!watcher)
        return;
    m_watcher.clear();
    watcher->disconnect(this);
    watcher->future().cancel();
    watcher->deleteLater();
}

void ScenarioBuild::onFinished()
{
    QFutureWatcher<BuiltScenario> *watcher = m_watcher;
    if (!watcher || sender() != watcher)
        return;
    m_watcher.clear();
    watcher->deleteLater();
    const QFuture<BuiltScenario> future = watcher->future();
    if (future.resultCount() == 0)
        return; // cancelled
    Q_EMIT built(future.result());
}

} // namespace ck
