#include "ascompletedstep.h"

#include "callstep.h"
#include "codegen/codesyntax.h"
#include "codegen/programtext.h"
#include "codegen/stepcode.h"
#include "coro/ascompleted.h"
#include "coro/spawn.h"
#include "repeatstep.h"
#include "run/idealtime.h"
#include "run/runcontext.h"
#include "run/stepexecutor.h"
#include "run/strategy.h"
#include "scenario/jsonfieldreader.h"
#include "scenario/jsonpath.h"
#include "scenario/scenario.h"
#include "scenario/scenariolimits.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace ck {

namespace {

const QString routinesKey = QStringLiteral("routines");
const QString asKey = QStringLiteral("as");
const QString stepsKey = QStringLiteral("steps");

} // namespace

bool AsCompletedStep::read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                           Step &step) const
{
    const JsonPath at = path.key(key());
    if (!value.isObject())
        return reader.fail(at, tr("\"as_completed\" must be an object such as {\"routines\": "
                                  "[\"a\", \"b\"], \"as\": \"result\", \"steps\": [...]}, found %1")
                                   .arg(JsonFieldReader::describe(value)));
    const QJsonObject object = value.toObject();
    if (!reader.checkKeys(object, at, {routinesKey, asKey, stepsKey}) ||
        !reader.require(object, at, routinesKey) || !reader.require(object, at, stepsKey) ||
        !readRoutines(object.value(routinesKey), at.key(routinesKey), reader, step) ||
        !CallStep::readBinding(object, at, reader, step, false))
        return false;
    step.blocks.push_back({StepBlock::Role::Body, {}, {}});
    return reader.readSteps(object.value(stepsKey), at.key(stepsKey), step.blocks.back().steps);
}

bool AsCompletedStep::readRoutines(const QJsonValue &value, const JsonPath &path,
                                   JsonFieldReader &reader, Step &step) const
{
    const QJsonArray list = value.toArray();
    if (!value.isArray() || list.isEmpty() || list.size() > ScenarioLimits::maxGatherNames)
        return reader.fail(path, tr("\"routines\" must be an array of 1 to %1 routine names, "
                                    "found %2")
                                     .arg(QString::number(ScenarioLimits::maxGatherNames),
                                          JsonFieldReader::describe(value)));
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isString())
            return reader.fail(path.at(i), tr("a routine name must be a string, found %1")
                                               .arg(JsonFieldReader::describe(list.at(i))));
        step.routineNames.append(list.at(i).toString());
    }
    return true;
}

JsonPath AsCompletedStep::routinePath(const JsonPath &step, qsizetype n) const
{
    return step.key(key()).key(routinesKey).at(n);
}

JsonPath AsCompletedStep::blockPath(const Step &, const JsonPath &path, std::size_t) const
{
    return path.key(key()).key(stepsKey);
}

// The routines on lanes of their own, an await's span per round and the body once per round.
ScenarioCost::Cost AsCompletedStep::cost(const Step &step, ScenarioCost &costs) const
{
    const auto rounds = double(step.routineIndices.size());
    ScenarioCost::Cost total = costs.onOwnLanes(step.routineIndices);
    ScenarioCost::Cost round = costs.steps(step.blocks.front().steps);
    round.spans += 1;
    round.text += step.textBound;
    total += round.times(rounds);
    return total;
}

// The routines run together; each result is handled once it is there and the previous one has
// been handled.
std::chrono::nanoseconds AsCompletedStep::idealTime(const Step &step, IdealTime &ideal) const
{
    std::vector<std::chrono::nanoseconds> finishes;
    for (const int routine : step.routineIndices)
        finishes.push_back(ideal.routine(routine));
    std::sort(finishes.begin(), finishes.end());
    const std::chrono::nanoseconds body = ideal.steps(step.blocks.front().steps);
    std::chrono::nanoseconds time{0};
    for (const std::chrono::nanoseconds finish : finishes)
        time = std::max(time, finish) + body;
    return time;
}

QString AsCompletedStep::modeRefusal(const Step &, const Strategy &strategy) const
{
    if (strategy.isAsync())
        return {};
    return tr("asyncio.as_completed needs an event loop, and sync mode has none");
}

QCoro::Task<> AsCompletedStep::run(std::shared_ptr<RunContext> context, const Step *step,
                                   CodeLocation at, int lane, int depth) const
{
    const CodeLocation owner{at.owner, at.index, -1};
    const int first = context->spans().begin(lane, depth, SpanKind::Wait, {});
    std::vector<Task<int>> children = start(context, *step, lane, first);
    AsCompleted<int> completed(children);
    try {
        for (std::size_t round = 0; round < children.size(); ++round) {
            int span = first;
            if (round > 0) { // a later round awaits the same tasks
                span = context->spans().begin(lane, depth, SpanKind::Wait, {});
                context->recorder().shareGatheredLanes(span, first);
            }
            co_await awaitNext(context, step, at, lane, depth, &completed, span);
            co_await StepExecutor::runSteps(context, &step->blocks.front().steps, owner, lane,
                                            depth);
        }
    } catch (...) {
        // as_completed cancels nothing: what still runs is asyncio.run's to cancel at the end.
        for (Task<int> &child : children) {
            if (!child.isDone())
                context->orphans().push_back(spawn(
                    &context->scheduler(),
                    [child = std::move(child)]() mutable -> QCoro::Task<> { co_await child; }));
        }
        throw;
    }
}

std::vector<Task<int>> AsCompletedStep::start(std::shared_ptr<RunContext> context, const Step &step,
                                              int lane, int span)
{
    const Lane parent = context->recorder().lanes()[std::size_t(lane)];
    std::vector<Task<int>> children;
    std::vector<int> lanes;
    for (const int routine : step.routineIndices) {
        Lane child{parent.name + QLatin1Char('/') +
                       context->scenario().routines[std::size_t(routine)].name,
                   lane, parent.task, false, span};
        child.asCompleted = true;
        const int childLane = context->recorder().addLane(std::move(child));
        lanes.push_back(childLane);
        context->events().note(childLane, LoopEvent::Kind::Created, CodeLocation::routine(routine));
        children.push_back(spawn(&context->scheduler(), [context, routine, childLane] {
            return runChild(context, routine, childLane);
        }));
    }
    return children;
}

QCoro::Task<int> AsCompletedStep::runChild(std::shared_ptr<RunContext> context, int routine,
                                           int lane)
{
    co_await StepExecutor::runAsTask(context, routine, lane);
    co_return lane;
}

QCoro::Task<int> AsCompletedStep::awaitNext(std::shared_ptr<RunContext> context, const Step *step,
                                            CodeLocation at, int lane, int depth,
                                            AsCompleted<int> *completed, int span)
{
    const std::vector<int> lanes = context->recorder().gatheredLanes(span);
    context->events().noteSuspended(lane, at, LoopEvent::Await::Routines, lanes);
    int finished = -1;
    co_await StepExecutor::withSpan(context, span, nextInto(completed, &finished));
    const QString &name = context->recorder().lanes()[std::size_t(finished)].function();
    const PyValue value = context->frames().leave(finished, 1);
    LoopEvent returned = LoopEvent::of(lane, LoopEvent::Kind::Returned, at, name);
    returned.awaited = {finished};
    // Only a routine with a return step has its value told, as a call's.
    const int routine = step->routineIndices[std::size_t(
        std::find(lanes.begin(), lanes.end(), finished) - lanes.begin())];
    if (StepExecutor::returnsValue(context->scenario().routines[std::size_t(routine)]))
        returned.value = value.reprText();
    context->events().note(std::move(returned));
    context->events().note(lane, LoopEvent::Kind::Resumed, at);
    if (!step->variable.isEmpty())
        context->frames().at(lane, depth).variables.insert(step->variable, value);
    co_return finished;
}

QCoro::Task<> AsCompletedStep::nextInto(AsCompleted<int> *completed, int *finished)
{
    *finished = co_await completed->next();
}

void AsCompletedStep::writePython(const Step &step, const CodeLocation &at, StepCode &code) const
{
    QStringList calls;
    for (const QString &name : step.routineNames)
        calls << CodeSyntax::pythonName(name) + QStringLiteral("()");
    code.out.add(at, QStringLiteral("for next_done in asyncio.as_completed([%1]):")
                         .arg(calls.join(QStringLiteral(", "))));
    code.out.indent();
    code.out.add((step.variable.isEmpty() ? QString() : step.variable + QStringLiteral(" = ")) +
                 QStringLiteral("await next_done"));
    code.out.dedent();
    RepeatStep::writePythonBody(step.blocks.front().steps, code);
}

// ck::AsCompleted is 3.11's as_completed: next() gives the tasks in the order they finish.
void AsCompletedStep::writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const
{
    QStringList tasks;
    for (const QString &name : step.routineNames)
        tasks << QStringLiteral("ck::spawn(loop, %1)").arg(CodeSyntax::cppName(name));
    const QString n = QString::number(step.order);
    code.out.add(at, QStringLiteral("{ // as_completed"));
    code.out.indent();
    // The routines' functions all return a ck::PyValue, or all nothing (CppProgram).
    const bool values = code.returnsValue(step.routineNames.front());
    code.out.add(QStringLiteral("std::vector<ck::Task<%1>> tasks%2;")
                     .arg(values ? QStringLiteral("ck::PyValue") : QString(), n));
    for (const QString &task : tasks)
        code.out.add(QStringLiteral("tasks%1.push_back(%2);").arg(n, task));
    code.out.add(QStringLiteral("ck::AsCompleted<%1> completed%2(tasks%2);")
                     .arg(values ? QStringLiteral("ck::PyValue") : QStringLiteral("void"), n));
    code.out.add(
        QStringLiteral("for (std::size_t round%1 = 0; round%1 < completed%1.size(); ++round%1) {")
            .arg(n));
    code.out.indent();
    code.out.add(CallStep::cppBinding(step) +
                 QStringLiteral("co_await completed%1.next();").arg(n));
    code.out.dedent();
    RepeatStep::writeCppBody(step.blocks.front().steps, code);
    code.out.dedent();
    code.out.add(QStringLiteral("}"));
}

void AsCompletedStep::addCppNeeds(const Step &, CppPrelude::Needs &needs) const
{
    needs.asCompleted = true;
}

QJsonObject AsCompletedStep::schema() const
{
    return schemaOf(R"json({"description":
        "for next_done in asyncio.as_completed([a(), b()]): result = await next_done, then the steps, in the order the routines finish.",
        "required": ["%1"], "properties": {"%1": {"type": "object", "additionalProperties": false,
        "required": ["routines", "steps"],
        "properties": {"routines": {"type": "array", "minItems": 1, "maxItems": 1000,
                                    "items": {"$ref": "#/$defs/name"}},
            "as": {"$ref": "#/$defs/variable"}, "steps": {"$ref": "#/$defs/steps"}}}}})json");
}

QJsonValue AsCompletedStep::example() const
{
    return QJsonObject{
        {routinesKey, QJsonArray{QStringLiteral("routine_1")}},
        {stepsKey, QJsonArray{QJsonObject{{QStringLiteral("log"), QStringLiteral("one done")}}}}};
}

std::optional<QJsonValue> AsCompletedStep::fromEditText(const QString &text, const QJsonValue &,
                                                        QString *error) const
{
    return objectFromEditText(text,
                              tr("\"as_completed\" takes an object such as {\"routines\": "
                                 "[\"a\", \"b\"], \"as\": \"result\", \"steps\": [...]}"),
                              error);
}

} // namespace ck
