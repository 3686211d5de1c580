#pragma once

#include "scenario.h"
#include "scenariocost.h"
#include "scenariofault.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>
#include <vector>

namespace ck {

// Checks what ties the parts of a parsed scenario together: names are unique across tasks and
// routines, every "after", "call" and "gather" names something that exists (resolved to
// indices), nothing waits for itself, call chains stay within ScenarioLimits::maxCallDepth, and
// a run stays within the run limits (maxRunSteps, maxRunSeconds, maxRunCoroutines, ...).
class ScenarioValidator
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioValidator)

public:
    static std::optional<ScenarioFault> resolve(Scenario &scenario);

private:
    explicit ScenarioValidator(Scenario &scenario) : m_scenario(scenario) {}

    bool run();
    bool indexNames();
    bool define(const QString &name, const QString &listKey, QHash<QString, int> &names, int index);
    JsonPath definition(const QString &name) const;
    bool resolveAfter(ScenarioTask &task, const JsonPath &path);
    // Resolves the routine names of `steps`, the list at `list`, and of the blocks they hold.
    bool resolveSteps(std::vector<Step> &steps, const JsonPath &list);
    bool resolveRoutines(Step &step, const JsonPath &list, std::size_t index);
    // A cancel step's task, by name.
    bool resolveCancelled(Step &step, const JsonPath &list, std::size_t index);
    // The object a step names (Step::objectName), of a type its kind takes; a Condition's wait
    // and notify only inside an async_with of it, and no Lock taken again inside its own.
    bool resolveObject(Step &step, const JsonPath &at);
    bool checkHeld(const Step &step, const JsonPath &at);
    bool checkTaskCycles();
    bool checkRoutineCycles();
    bool checkVariables();
    bool checkRunCost();
    static QString overLimit(const ScenarioCost::Cost &cost);
    static QString figure(double value);
    bool fail(const JsonPath &path, const QString &what);

    template <typename Item>
    QString cycleText(const std::vector<int> &cycle, const std::vector<Item> &items) const;

    Scenario &m_scenario;
    QHash<QString, int> m_taskIndex;
    QHash<QString, int> m_routineIndex;
    QHash<QString, int> m_objectIndex;
    // The objects that the async_with steps around the steps being resolved hold.
    std::vector<int> m_held;
    ScenarioFault m_fault;
};

} // namespace ck
