#include "scenariobuild.h"

#include "pooljob.h"
#include "run/runplan.h"
#include "scenario/crowdscenario.h"
#include "scenario/scenariosource.h"

#include <QFileInfo>

namespace ck {

namespace {

// On a pool thread: what the window would do on its own at a select. Each part is skipped once
// the build is dropped.
BuiltScenario build(const QPromise<BuiltScenario> &promise, const QString &key,
                    const RunSelection &selection)
{
    BuiltScenario result{key, selection, nullptr, nullptr, {}};
    ScenarioLoadResult loaded = ScenarioSource::resolve(key);
    if (!loaded.ok())
        result.error = loaded.error;
    else if (!promise.isCanceled())
        result.scenario = std::make_shared<const Scenario>(std::move(*loaded.scenario));
    if (result.scenario && !promise.isCanceled())
        result.plan = RunPlan::of(*result.scenario, selection.strategies());
    return result;
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
    m_job = PoolJob<BuiltScenario>::start(
        this,
        [key, selection](const QPromise<BuiltScenario> &promise) {
            return build(promise, key, selection);
        },
        [this](const BuiltScenario &result) {
            m_job.clear();
            Q_EMIT built(result);
        });
}

void ScenarioBuild::cancel()
{
    PoolJob<BuiltScenario>::drop(m_job);
    m_job.clear();
}

} // namespace ck
