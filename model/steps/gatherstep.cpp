#include "gatherstep.h"

#include "callstep.h"
#include "codegen/codesyntax.h"
#include "codegen/programtext.h"
#include "codegen/stepcode.h"
#include "coro/gatherawaiter.h"
#include "coro/spawn.h"
#include "run/idealtime.h"
#include "run/runcontext.h"
#include "run/runfailure.h"
#include "run/stepexecutor.h"
#include "scenario/jsonfieldreader.h"
#include "scenario/scenario.h"
#include "scenario/scenariolimits.h"

#include <QJsonArray>

#include <algorithm>

namespace ck {

bool GatherStep::read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                      Step &step) const
{
    if (!value.isArray())
        return reader.fail(path, tr("\"gather\" must be an array of routine names"));
    const QJsonArray names = value.toArray();
    if (names.isEmpty())
        return reader.fail(path, tr("\"gather\" needs at least one routine name"));
    if (names.size() > ScenarioLimits::maxGatherNames)
        return reader.fail(path, tr("too many routines in one gather: %1 (the limit is %2)")
                                     .arg(QString::number(names.size()),
                                          QString::number(ScenarioLimits::maxGatherNames)));
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (!names.at(i).isString())
            return reader.fail(routinePath(path, i),
                               tr("a routine name must be a string, found %1")
                                   .arg(JsonFieldReader::describe(names.at(i))));
        step.routineNames.append(names.at(i).toString());
    }
    return true;
}

JsonPath GatherStep::routinePath(const JsonPath &step, qsizetype n) const
{
    return step.key(key()).at(n);
}

// The gather's span (unnamed: its lanes say what it awaits); each routine on a lane of its own,
// named "<lane>/<routine>", under which the lanes of what it gathers are named in turn.
ScenarioCost::Cost GatherStep::cost(const Step &step, ScenarioCost &costs) const
{
    ScenarioCost::Cost total;
    total.spans = 1;
    for (const int index : step.routineIndices) {
        const auto name = double(costs.scenario().routines[std::size_t(index)].name.size());
        ScenarioCost::Cost child = costs.awaited(index);
        ScenarioCost::Cost lane;
        lane.lanes = 1;
        // "/<name>" in its lane's name and in the name of every lane below it.
        lane.text = (1 + child.lanes) * (name + 1);
        child += lane;
        total += child;
    }
    return total;
}

std::chrono::nanoseconds GatherStep::idealTime(const Step &step, IdealTime &ideal) const
{
    std::chrono::nanoseconds gathered{0};
    for (const int index : step.routineIndices)
        gathered = ideal.isAsync() ? std::max(gathered, ideal.routine(index))
                                            : gathered + ideal.routine(index);
    return gathered;
}

QCoro::Task<> GatherStep::run(std::shared_ptr<RunContext> context, const Step *step,
                              CodeLocation at, int lane, int depth) const
{
    if (!context->strategy().isAsync()) {
        for (const int routine : step->routineIndices)
            co_await StepExecutor::call(context, routine, at, lane, depth);
        co_return;
    }
    const int span = context->spans().begin(lane, depth, SpanKind::Wait, {});
    const Lane parent = context->recorder().lanes()[std::size_t(lane)];
    std::vector<Task<>> children;
    std::vector<int> childLanes;
    for (const int routine : step->routineIndices) {
        const QString &name = context->scenario().routines[std::size_t(routine)].name;
        const int childLane = context->recorder().addLane(
            Lane{parent.name + QLatin1Char('/') + name, lane, parent.task, false, span});
        childLanes.push_back(childLane);
        context->events().note(childLane, LoopEvent::Kind::Created, CodeLocation::routine(routine));
        children.push_back(spawn(&context->scheduler(), [context, routine, childLane] {
            return runGatheredRoutine(context, routine, childLane);
        }));
    }
    context->events().noteSuspended(lane, at, LoopEvent::Await::Routines, std::move(childLanes));
    co_await StepExecutor::withSpan(context, span, awaitGathered(std::move(children)));
    context->events().note(lane, LoopEvent::Kind::Resumed, at);
}

QCoro::Task<> GatherStep::awaitGathered(std::vector<Task<>> children)
{
    co_await GatherAwaiter::of(children, GatherAwaiter::Mode::SettleAll);
}

QCoro::Task<> GatherStep::runGatheredRoutine(std::shared_ptr<RunContext> context, int routine,
                                             int lane)
{
    const Routine &callee = context->scenario().routines[std::size_t(routine)];
    const int span = context->spans().begin(lane, 0, SpanKind::Routine, callee.name);
    context->events().note(lane, LoopEvent::Kind::Started, CodeLocation::routine(routine));
    try {
        co_await StepExecutor::withSpan(context, span,
                                        StepExecutor::runSteps(context, &callee.steps,
                                                               CodeLocation::routine(routine), lane,
                                                               1));
    } catch (const RunFailure &failure) {
        context->events().noteFinished(
            lane, CodeLocation::routine(routine),
            failure.isCancelled() ? SpanState::Cancelled : SpanState::Failed, failure.reason());
        throw;
    }
    context->events().noteFinished(lane, CodeLocation::routine(routine), SpanState::Done);
}

void GatherStep::writePython(const Step &step, const CodeLocation &at, StepCode &code) const
{
    if (!code.async) {
        code.out.add(at, CallStep::pythonCall(step.routineNames.front(), false));
        for (qsizetype i = 1; i < step.routineNames.size(); ++i)
            code.out.add(CallStep::pythonCall(step.routineNames[i], false));
        return;
    }
    QStringList calls;
    for (const QString &name : step.routineNames)
        calls << CodeSyntax::pythonName(name) + QStringLiteral("()");
    code.out.add(at,
                 QStringLiteral("await asyncio.gather(%1)").arg(calls.join(QStringLiteral(", "))));
}

void GatherStep::writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const
{
    if (!code.async) {
        code.out.mark(at);
        for (const QString &name : step.routineNames)
            code.out.add(CallStep::cppCall(name, false));
        return;
    }
    QStringList spawns;
    for (const QString &name : step.routineNames)
        spawns << QStringLiteral("ck::spawn(loop, %1)").arg(CodeSyntax::cppName(name));
    code.out.add(at,
                 QStringLiteral("co_await ck::gather(%1);").arg(spawns.join(QStringLiteral(", "))));
}

void GatherStep::addCppNeeds(const Step &, CppPrelude::Needs &needs) const
{
    needs.gather = true;
}

QJsonObject GatherStep::schema() const
{
    QJsonObject names =
        schemaOf(R"json({"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/name"}})json");
    names.insert(QStringLiteral("maxItems"), ScenarioLimits::maxGatherNames);
    QJsonObject entry = schemaOf(R"json({"required": ["%1"], "description":
        "await asyncio.gather(r1(), r2(), ...): a name may repeat."})json");
    entry.insert(QStringLiteral("properties"), QJsonObject{{key(), names}});
    return entry;
}

QJsonValue GatherStep::example() const
{
    return QJsonArray{QStringLiteral("routine_1")};
}

std::optional<QJsonValue> GatherStep::fromEditText(const QString &text, const QJsonValue &,
                                                   QString *) const
{
    QJsonArray names;
    for (const QString &name : text.trimmed().split(QLatin1Char(','), Qt::SkipEmptyParts))
        names.append(name.trimmed());
    return names;
}

} // namespace ck
