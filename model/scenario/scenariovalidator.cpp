#include "scenariovalidator.h"

#include "scenariocost.h"
#include "scenariolimits.h"
#include "steps/stepkind.h"
#include "steps/stepkinds.h"
#include "steptree.h"
#include "variableflow.h"

#include <algorithm>

namespace ck {

namespace {

const QString tasksKey = QStringLiteral("tasks");
const QString routinesKey = QStringLiteral("routines");
const QString stepsKey = QStringLiteral("steps");
const QString objectsKey = QStringLiteral("objects");

// Long cycles are shortened so that the refusal stays a readable line.
constexpr std::size_t maxCycleNames = 8;

using Graph = std::vector<std::vector<int>>;

struct Walk
{
    std::vector<int> cycle;   // the nodes of the first cycle found, empty when there is none
    std::vector<int> heights; // nodes in the longest path starting at each node (no cycle)
};

// Depth-first search with an explicit stack: chains can be 200000 nodes long, far deeper than
// the call stack allows. Nodes and edges are visited in index order, so the result is stable.
Walk walk(const Graph &graph)
{
    enum class State : char { New, Open, Done };
    const std::size_t count = graph.size();
    std::vector<State> state(count, State::New);
    std::vector<std::size_t> position(count, 0);
    std::vector<std::pair<int, std::size_t>> stack; // node, next edge
    Walk result{{}, std::vector<int>(count, 1)};
    for (std::size_t start = 0; start < count; ++start) {
        if (state[start] != State::New)
            continue;
        state[start] = State::Open;
        position[start] = 0;
        stack.emplace_back(int(start), 0);
        while (!stack.empty()) {
            const auto node = std::size_t(stack.back().first);
            const std::size_t edge = stack.back().second++;
            if (edge == graph[node].size()) {
                state[node] = State::Done;
                stack.pop_back();
                if (!stack.empty()) {
                    int &parent = result.heights[std::size_t(stack.back().first)];
                    parent = std::max(parent, result.heights[node] + 1);
                }
                continue;
            }
            const auto next = std::size_t(graph[node][edge]);
            if (state[next] == State::Open) {
                for (std::size_t i = position[next]; i < stack.size(); ++i)
                    result.cycle.push_back(stack[i].first);
                return result;
            }
            if (state[next] == State::Done) {
                result.heights[node] = std::max(result.heights[node], result.heights[next] + 1);
                continue;
            }
            state[next] = State::Open;
            position[next] = stack.size();
            stack.emplace_back(int(next), 0);
        }
    }
    return result;
}

Graph routineGraph(const std::vector<Routine> &routines)
{
    Graph graph(routines.size());
    for (std::size_t i = 0; i < routines.size(); ++i) {
        StepTree::forEach(routines[i].steps, [&edges = graph[i]](const Step &step) {
            edges.insert(edges.end(), step.routineIndices.begin(), step.routineIndices.end());
        });
    }
    return graph;
}

} // namespace

std::optional<ScenarioFault> ScenarioValidator::resolve(Scenario &scenario)
{
    ScenarioValidator validator(scenario);
    if (validator.run())
        return std::nullopt;
    return validator.m_fault;
}

bool ScenarioValidator::run()
{
    if (!indexNames())
        return false;
    for (std::size_t i = 0; i < m_scenario.tasks.size(); ++i) {
        const JsonPath path = JsonPath().key(tasksKey).at(qsizetype(i));
        if (!resolveAfter(m_scenario.tasks[i], path) ||
            !resolveSteps(m_scenario.tasks[i].steps.edit(), path.key(stepsKey)))
            return false;
        StepTree::number(m_scenario.tasks[i].steps.edit());
    }
    for (std::size_t i = 0; i < m_scenario.routines.size(); ++i) {
        const JsonPath path = JsonPath().key(routinesKey).at(qsizetype(i));
        if (!resolveSteps(m_scenario.routines[i].steps, path.key(stepsKey)))
            return false;
        StepTree::number(m_scenario.routines[i].steps);
    }
    return checkTaskCycles() && checkRoutineCycles() && checkVariables() && checkRunCost();
}

bool ScenarioValidator::indexNames()
{
    m_taskIndex.reserve(qsizetype(m_scenario.tasks.size()));
    m_routineIndex.reserve(qsizetype(m_scenario.routines.size()));
    for (std::size_t i = 0; i < m_scenario.tasks.size(); ++i) {
        if (!define(m_scenario.tasks[i].name, tasksKey, m_taskIndex, int(i)))
            return false;
    }
    for (std::size_t i = 0; i < m_scenario.routines.size(); ++i) {
        if (!define(m_scenario.routines[i].name, routinesKey, m_routineIndex, int(i)))
            return false;
    }
    // An object is a module-level name of the programs, as the functions are.
    for (std::size_t i = 0; i < m_scenario.objects.size(); ++i) {
        if (!define(m_scenario.objects[i].name, objectsKey, m_objectIndex, int(i)))
            return false;
    }
    return true;
}

bool ScenarioValidator::define(const QString &name, const QString &listKey,
                               QHash<QString, int> &names, int index)
{
    const JsonPath first = definition(name);
    if (!first.isRoot())
        return fail(JsonPath().key(listKey).at(index),
                    tr("%1 is defined twice (first at %2)")
                        .arg(ScenarioFault::quote(name), first.toString()));
    names.insert(name, index);
    return true;
}

JsonPath ScenarioValidator::definition(const QString &name) const
{
    if (const auto task = m_taskIndex.constFind(name); task != m_taskIndex.cend())
        return JsonPath().key(tasksKey).at(*task);
    if (const auto routine = m_routineIndex.constFind(name); routine != m_routineIndex.cend())
        return JsonPath().key(routinesKey).at(*routine);
    if (const auto object = m_objectIndex.constFind(name); object != m_objectIndex.cend())
        return JsonPath().key(objectsKey).at(*object);
    return JsonPath();
}

bool ScenarioValidator::resolveAfter(ScenarioTask &task, const JsonPath &path)
{
    task.setAfterIndices({});
    const QStringList after = task.after(); // shared, not copied
    if (!task.awaited && !after.isEmpty())
        return fail(path.key(QStringLiteral("after")),
                    tr("a task that is never awaited cannot come after other tasks"));
    std::vector<int> indices;
    for (qsizetype i = 0; i < after.size(); ++i) {
        const QString &name = after.at(i);
        const int index = m_taskIndex.value(name, -1);
        if (index >= 0 && !m_scenario.tasks[std::size_t(index)].awaited)
            return fail(path.key(QStringLiteral("after")).at(i),
                        tr("%1 is never awaited, so no task can come after it")
                            .arg(ScenarioFault::quote(name)));
        if (index >= 0) {
            indices.push_back(index);
            continue;
        }
        const QString what = m_routineIndex.contains(name)
                                 ? tr("unknown task %1 (that name is a routine)")
                                 : tr("unknown task %1");
        return fail(path.key(QStringLiteral("after")).at(i), what.arg(ScenarioFault::quote(name)));
    }
    task.setAfterIndices(std::move(indices));
    return true;
}

// Paths are only built for a refusal: a scenario can hold two million steps.
bool ScenarioValidator::resolveSteps(std::vector<Step> &steps, const JsonPath &list)
{
    for (std::size_t i = 0; i < steps.size(); ++i) {
        Step &step = steps[i];
        if (step.kind == Step::Kind::Cancel && !resolveCancelled(step, list, i))
            return false;
        if (!resolveRoutines(step, list, i))
            return false;
        if (!StepKinds::of(step).objectTypes().isEmpty() &&
            !resolveObject(step, list.at(qsizetype(i))))
            return false;
        const bool holds = step.kind == Step::Kind::AsyncWith;
        if (holds)
            m_held.push_back(step.objectIndex);
        for (std::size_t b = 0; b < step.blocks.size(); ++b) {
            if (!resolveSteps(step.blocks[b].steps,
                              StepKinds::of(step).blockPath(step, list.at(qsizetype(i)), b)))
                return false;
        }
        if (holds)
            m_held.pop_back();
    }
    return true;
}

bool ScenarioValidator::resolveObject(Step &step, const JsonPath &at)
{
    const StepKind &kind = StepKinds::of(step);
    const JsonPath where = kind.objectPath(at);
    step.objectIndex = m_objectIndex.value(step.objectName, -1);
    if (step.objectIndex < 0) {
        const QString what = definition(step.objectName).isRoot()
                                 ? tr("unknown object %1 (declare it in \"objects\")")
                                 : tr("unknown object %1 (that name is a task or routine)");
        return fail(where, what.arg(ScenarioFault::quote(step.objectName)));
    }
    const NamedObject &object = m_scenario.objects[std::size_t(step.objectIndex)];
    const QList<NamedObject::Type> types = kind.objectTypes();
    if (!types.contains(object.type)) {
        QStringList names;
        for (const NamedObject::Type type : types)
            names << QStringLiteral("asyncio.") + NamedObject::typeName(type);
        const QString wanted =
            names.size() == 1
                ? names.front()
                : tr("%1 or %2")
                      .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.back());
        return fail(where, tr("%1 is an asyncio.%2, not an %3 (%4 takes that)")
                               .arg(ScenarioFault::quote(object.name),
                                    NamedObject::typeName(object.type), wanted, kind.key()));
    }
    return checkHeld(step, where);
}

bool ScenarioValidator::checkHeld(const Step &step, const JsonPath &at)
{
    const bool held = std::find(m_held.begin(), m_held.end(), step.objectIndex) != m_held.end();
    const NamedObject &object = m_scenario.objects[std::size_t(step.objectIndex)];
    const QString name = ScenarioFault::quote(object.name);
    switch (step.kind) {
    case Step::Kind::WaitCondition:
    case Step::Kind::Notify:
    case Step::Kind::NotifyAll:
        if (!held)
            return fail(at, tr("%1 must be inside {\"async_with\": {\"object\": %2, ...}}: "
                               "CPython raises RuntimeError when the condition's lock is not held")
                                .arg(StepKinds::of(step).key(), name));
        break;
    case Step::Kind::AsyncWith:
        if (held && object.type != NamedObject::Type::Semaphore)
            return fail(at, tr("%1 is held already by an async_with around this one: a %2 cannot "
                               "be taken twice, the task would wait for itself forever")
                                .arg(name, NamedObject::typeName(object.type)));
        break;
    default:
        break;
    }
    return true;
}

bool ScenarioValidator::resolveRoutines(Step &step, const JsonPath &list, std::size_t index)
{
    step.routineIndices.clear();
    for (qsizetype n = 0; n < step.routineNames.size(); ++n) {
        const QString &name = step.routineNames.at(n);
        const int routine = m_routineIndex.value(name, -1);
        if (routine >= 0) {
            step.routineIndices.push_back(routine);
            continue;
        }
        const JsonPath where = StepKinds::of(step).routinePath(list.at(qsizetype(index)), n);
        const QString what = m_taskIndex.contains(name)
                                 ? tr("unknown routine %1 (that name is a task)")
                                 : tr("unknown routine %1");
        return fail(where, what.arg(ScenarioFault::quote(name)));
    }
    return true;
}

bool ScenarioValidator::resolveCancelled(Step &step, const JsonPath &list, std::size_t index)
{
    step.taskIndex = m_taskIndex.value(step.taskName, -1);
    if (step.taskIndex >= 0)
        return true;
    // The same words as an `after` naming no task.
    const QString what = m_routineIndex.contains(step.taskName)
                             ? tr("unknown task %1 (that name is a routine)")
                             : tr("unknown task %1");
    return fail(list.at(qsizetype(index)).key(QStringLiteral("cancel")),
                what.arg(ScenarioFault::quote(step.taskName)));
}

bool ScenarioValidator::checkTaskCycles()
{
    Graph graph(m_scenario.tasks.size());
    for (std::size_t i = 0; i < m_scenario.tasks.size(); ++i)
        graph[i] = m_scenario.tasks[i].afterIndices();
    const Walk result = walk(graph);
    if (result.cycle.empty())
        return true;
    return fail(JsonPath().key(tasksKey).at(result.cycle.front()),
                tr("cycle: %1").arg(cycleText(result.cycle, m_scenario.tasks)));
}

bool ScenarioValidator::checkRoutineCycles()
{
    const Walk result = walk(routineGraph(m_scenario.routines));
    if (!result.cycle.empty())
        return fail(JsonPath().key(routinesKey).at(result.cycle.front()),
                    tr("cycle: %1").arg(cycleText(result.cycle, m_scenario.routines)));
    for (std::size_t i = 0; i < result.heights.size(); ++i) {
        if (result.heights[i] > ScenarioLimits::maxCallDepth)
            return fail(JsonPath().key(routinesKey).at(qsizetype(i)),
                        tr("too many nested routine calls: %1 (the limit is %2)")
                            .arg(QString::number(result.heights[i]),
                                 QString::number(ScenarioLimits::maxCallDepth)));
    }
    return true;
}

bool ScenarioValidator::checkVariables()
{
    std::optional<ScenarioFault> fault = VariableFlow::check(m_scenario);
    if (!fault)
        return true;
    m_fault = std::move(*fault);
    return false;
}

// Reported at the task by which the run has gone over the limit, counting the tasks in order.
bool ScenarioValidator::checkRunCost()
{
    ScenarioCost cost(m_scenario);
    ScenarioCost::Cost total;
    for (std::size_t i = 0; i < m_scenario.tasks.size(); ++i) {
        total += cost.task(i);
        const QString what = overLimit(total);
        if (!what.isEmpty())
            return fail(JsonPath().key(tasksKey).at(qsizetype(i)), what);
    }
    return true;
}

// The first limit of ScenarioLimits that `cost` goes over, as a refusal; empty when none.
QString ScenarioValidator::overLimit(const ScenarioCost::Cost &cost)
{
    using Limits = ScenarioLimits;
    if (cost.steps > Limits::maxRunSteps)
        return tr("a run would take more than %1 steps (a routine's steps count each time it is "
                  "awaited, a download's chunks one each)")
            .arg(figure(Limits::maxRunSteps));
    if (cost.seconds > Limits::maxRunSeconds)
        return tr("a run would last more than %1 seconds (its waits, blocks and downloads added "
                  "up, a routine's each time it is awaited)")
            .arg(figure(Limits::maxRunSeconds));
    if (cost.coroutines > Limits::maxRunCoroutines)
        return tr("a run would start %1 coroutines; the limit is %2 (one per task, and one per "
                  "routine each time it is awaited)")
            .arg(figure(cost.coroutines), figure(Limits::maxRunCoroutines));
    if (cost.spans > Limits::maxRunSpans)
        return tr("a run would record %1 spans; the limit is %2 (one per task, routine, wait, "
                  "block, gather, download and chunk)")
            .arg(figure(cost.spans), figure(Limits::maxRunSpans));
    if (cost.logLines > Limits::maxRunLogLines)
        return tr("a run would print %1 log lines; the limit is %2")
            .arg(figure(cost.logLines), figure(Limits::maxRunLogLines));
    if (cost.text > Limits::maxRunText)
        return tr("a run would write %1 characters of log lines and names; the limit is %2")
            .arg(figure(cost.text), figure(Limits::maxRunText));
    return {};
}

// Whole figures up to 15 digits as they are; beyond, where a cost saturates, as 1e+18.
QString ScenarioValidator::figure(double value)
{
    return QString::number(value, 'g', 15);
}

bool ScenarioValidator::fail(const JsonPath &path, const QString &what)
{
    m_fault = ScenarioFault(path, what);
    return false;
}

template <typename Item>
QString ScenarioValidator::cycleText(const std::vector<int> &cycle,
                                     const std::vector<Item> &items) const
{
    const QString arrow = QStringLiteral(" -> ");
    const std::size_t shown = std::min(cycle.size(), maxCycleNames);
    QString text;
    for (std::size_t i = 0; i < shown; ++i)
        text += items[std::size_t(cycle[i])].name + arrow;
    if (shown < cycle.size())
        text += tr("… (%1 more)").arg(QString::number(cycle.size() - shown)) + arrow;
    return text + items[std::size_t(cycle.front())].name;
}

} // namespace ck
