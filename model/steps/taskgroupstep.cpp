#include "taskgroupstep.h"

#include "codegen/codesyntax.h"
#include "codegen/programtext.h"
#include "codegen/stepcode.h"
#include "coro/exceptiongroup.h"
#include "coro/spawn.h"
#include "coro/taskgroup.h"
#include "run/idealtime.h"
#include "run/runcontext.h"
#include "run/stepexecutor.h"
#include "run/strategy.h"
#include "scenario/jsonfieldreader.h"
#include "scenario/jsonpath.h"
#include "scenario/scenario.h"
#include "scenario/scenariolimits.h"

#include <QJsonArray>

#include <algorithm>

namespace ck {

bool TaskGroupStep::read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                         Step &step) const
{
    if (!value.isArray() || value.toArray().isEmpty())
        return reader.fail(path, tr("\"task_group\" must be an array of routine names, at least "
                                    "one"));
    const QJsonArray list = value.toArray();
    if (list.size() > ScenarioLimits::maxGatherNames)
        return reader.fail(path, tr("too many routines in one task group: %1 (the limit is %2)")
                                     .arg(QString::number(list.size()),
                                          QString::number(ScenarioLimits::maxGatherNames)));
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isString())
            return reader.fail(path.key(key()).at(i),
                               tr("a routine name must be a string, found %1")
                                   .arg(JsonFieldReader::describe(list.at(i))));
        step.routineNames.append(list.at(i).toString());
    }
    return true;
}

JsonPath TaskGroupStep::routinePath(const JsonPath &step, qsizetype n) const
{
    return step.key(key()).at(n);
}

QString TaskGroupStep::modeRefusal(const Step &, const Strategy &strategy) const
{
    if (strategy.isAsync())
        return {};
    return tr("it runs its routines in an asyncio.TaskGroup: a TaskGroup needs an event loop, and "
              "sync mode has none");
}

// As gather's: the group's span, and each task on a lane of its own named "<lane>/<routine>".
ScenarioCost::Cost TaskGroupStep::cost(const Step &step, ScenarioCost &costs) const
{
    ScenarioCost::Cost total = costs.onOwnLanes(step.routineIndices);
    total.spans += 1;
    return total;
}

std::chrono::nanoseconds TaskGroupStep::idealTime(const Step &step, IdealTime &ideal) const
{
    std::chrono::nanoseconds longest{0};
    for (const int index : step.routineIndices)
        longest = std::max(longest, ideal.routine(index));
    return longest;
}

QCoro::Task<> TaskGroupStep::run(std::shared_ptr<RunContext> context, const Step *step,
                                 CodeLocation at, int lane, int depth) const
{
    const int span = context->spans().begin(lane, depth, SpanKind::Wait, {});
    const Lane parent = context->recorder().lanes()[std::size_t(lane)];
    std::vector<Task<>> tasks;
    std::vector<int> lanes;
    for (const int routine : step->routineIndices) {
        const QString &name = context->scenario().routines[std::size_t(routine)].name;
        Lane member{parent.name + QLatin1Char('/') + name, lane, parent.task, false, span};
        member.inGroup = true;
        const int memberLane = context->recorder().addLane(std::move(member));
        context->events().note(memberLane, LoopEvent::Kind::Created,
                               CodeLocation::routine(routine));
        tasks.push_back(spawn(&context->scheduler(), [context, routine, memberLane] {
            return StepExecutor::runAsTask(context, routine, memberLane);
        }));
        lanes.push_back(memberLane);
    }
    context->events().noteSuspended(lane, at, LoopEvent::Await::TaskGroup, std::move(lanes));
    co_await StepExecutor::withSpan(context, span,
                                    runGroup(context->scheduler(), std::move(tasks)));
    context->events().note(lane, LoopEvent::Kind::Resumed, at);
}

QCoro::Task<> TaskGroupStep::runGroup(Scheduler &scheduler, std::vector<Task<>> tasks)
{
    TaskGroup group(scheduler);
    group.enter();
    for (Task<> &task : tasks)
        group.add(std::move(task));
    // Its ExceptionGroup travels on as a raised exception, with its members for except*.
    co_await group.exit(nullptr);
}

void TaskGroupStep::writePython(const Step &step, const CodeLocation &at, StepCode &code) const
{
    code.out.add(at, QStringLiteral("async with asyncio.TaskGroup() as tg:"));
    code.out.indent();
    for (const QString &name : step.routineNames)
        code.out.add(QStringLiteral("tg.create_task(%1())").arg(CodeSyntax::pythonName(name)));
    code.out.dedent();
}

void TaskGroupStep::writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const
{
    // ck::withTaskGroup is 3.11's `async with asyncio.TaskGroup() as tg:`; its
    // ck::ExceptionGroup is a ck::PythonException, printed as "ExceptionGroup: <str>".
    code.out.add(at,
                 QStringLiteral(
                     "co_await ck::withTaskGroup(*loop, [](ck::TaskGroup &tg) -> QCoro::Task<> {"));
    code.out.indent();
    for (const QString &name : step.routineNames)
        code.out.add(
            QStringLiteral("tg.createTask([] { return %1(); });").arg(CodeSyntax::cppName(name)));
    code.out.add(QStringLiteral("co_return;"));
    code.out.dedent();
    code.out.add(QStringLiteral("});"));
}

void TaskGroupStep::addCppNeeds(const Step &, CppPrelude::Needs &needs) const
{
    needs.taskGroups = true;
    needs.raises = true;
}

QJsonObject TaskGroupStep::schema() const
{
    QJsonObject names =
        schemaOf(R"json({"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/name"}})json");
    names.insert(QStringLiteral("maxItems"), ScenarioLimits::maxGatherNames);
    QJsonObject entry = schemaOf(R"json({"required": ["%1"], "description":
        "async with asyncio.TaskGroup() as tg: tg.create_task(r1()); ...: the first failure cancels the others."})json");
    entry.insert(QStringLiteral("properties"), QJsonObject{{key(), names}});
    return entry;
}

QJsonValue TaskGroupStep::example() const
{
    return QJsonArray{QStringLiteral("routine_1")};
}

std::optional<QJsonValue> TaskGroupStep::fromEditText(const QString &text, const QJsonValue &,
                                                      QString *) const
{
    QJsonArray names;
    for (const QString &name : text.trimmed().split(QLatin1Char(','), Qt::SkipEmptyParts))
        names.append(name.trimmed());
    return names;
}

} // namespace ck
