// MainWindow, part 9: a large scenario (a crowd of a million) built off the window's thread,
// so that choosing it leaves the window responsive (ScenarioBuild).
#include "mainwindow.h"

#include "runcontroller.h"
#include "scenario/crowdscenario.h"
#include "scenariobuild.h"
#include "scenariopicker.h"

#include <QLocale>

namespace ck {

void MainWindow::createScenarioBuild()
{
    m_build = new ScenarioBuild(this);
    connect(m_build, &ScenarioBuild::built, this, &MainWindow::onScenarioBuilt);
}

bool MainWindow::isBuilding() const
{
    return m_build->isBuilding();
}

// The current scenario stays what the views show until the new one is ready.
void MainWindow::beginBuild(const QString &key)
{
    m_build->start(key, mode());
    updateState();
}

void MainWindow::dropBuild()
{
    m_build->cancel();
    m_runWhenBuilt = false;
}

void MainWindow::onScenarioBuilt(const BuiltScenario &built)
{
    if (!built.scenario) {
        m_runWhenBuilt = false;
        m_picker->setCurrentKey(m_scenarioKey); // keep showing the current one
        updateState();
        showWarning(tr("Cannot open the scenario"), built.error);
        return;
    }
    // Its checks and Run read the plan worked out with it.
    m_controller->adoptPlan(built.scenario, built.selection, built.plan);
    applyScenario(built.key, false, built.scenario);
    if (std::exchange(m_runWhenBuilt, false))
        run();
    Q_EMIT scenarioBuilt();
}

// Only crowds are built so (ScenarioBuild::isLarge).
QString MainWindow::buildingText() const
{
    const QString count =
        QLocale(m_language == Language::Korean ? QLocale::Korean : QLocale::English)
            .toString(CrowdScenario::countOf(m_build->key()).value_or(0));
    if (m_runWhenBuilt)
        return tr("Building a crowd of %1 tasks… it runs once it is ready").arg(count);
    return tr("Building a crowd of %1 tasks…").arg(count);
}

} // namespace ck
