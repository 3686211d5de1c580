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

namespace {

const QString routinesKey = QStringLiteral("routines");
const QString returnExceptionsKey = QStringLiteral("return_exceptions");
const QString asKey = QStringLiteral("as");

} // namespace

bool GatherStep::read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                      Step &step) const
{
    if (!value.isObject())
        return readRoutines(value, path, path.key(key()), reader, step);
    // {"routines": [...], "return_exceptions": true}
    const QJsonObject object = value.toObject();
    const JsonPath at = path.key(key());
    if (!reader.checkKeys(object, at, {routinesKey, returnExceptionsKey, asKey}) ||
        !reader.require(object, at, routinesKey) ||
        !CallStep::readBinding(object, at, reader, step, false))
        return false;
    const QJsonValue flag = object.value(returnExceptionsKey);
    if (!flag.isUndefined() && !flag.isBool())
        return reader.fail(at.key(returnExceptionsKey),
                           tr("\"return_exceptions\" must be true or false, found %1")
                               .arg(JsonFieldReader::describe(flag)));
    step.returnExceptions = flag.toBool(false);
    if (step.returnExceptions && !step.variable.isEmpty()) // a result may be an exception
        return reader.fail(at.key(asKey), tr("\"as\" cannot go with \"return_exceptions\": "
                                             "exceptions are not values a scenario keeps"));
    return readRoutines(object.value(routinesKey), path, at.key(routinesKey), reader, step);
}

bool GatherStep::readRoutines(const QJsonValue &value, const JsonPath &path, const JsonPath &names,
                              JsonFieldReader &reader, Step &step) const
{
    if (!value.isArray())
        return reader.fail(path, tr("\"gather\" must be an array of routine names"));
    const QJsonArray list = value.toArray();
    if (list.isEmpty())
        return reader.fail(path, tr("\"gather\" needs at least one routine name"));
    if (list.size() > ScenarioLimits::maxGatherNames)
        return reader.fail(path, tr("too many routines in one gather: %1 (the limit is %2)")
                                     .arg(QString::number(list.size()),
                                          QString::number(ScenarioLimits::maxGatherNames)));
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isString())
            return reader.fail(names.at(i), tr("a routine name must be a string, found %1")
                                                .arg(JsonFieldReader::describe(list.at(i))));
        step.routineNames.append(list.at(i).toString());
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
    total.text = step.textBound; // the list it binds, as the validator bounds it
    total += costs.onOwnLanes(step.routineIndices);
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
        co_await callAll(context, step, at, lane, depth);
        co_return;
    }
    const int span = context->spans().begin(lane, depth, SpanKind::Wait, {});
    const Lane parent = context->recorder().lanes()[std::size_t(lane)];
    std::vector<Task<>> children;
    std::vector<int> childLanes;
    auto failures = std::make_shared<Failures>();
    for (const int routine : step->routineIndices) {
        const QString &name = context->scenario().routines[std::size_t(routine)].name;
        const int childLane = context->recorder().addLane(
            Lane{parent.name + QLatin1Char('/') + name, lane, parent.task, false, span});
        childLanes.push_back(childLane);
        context->events().note(childLane, LoopEvent::Kind::Created, CodeLocation::routine(routine));
        children.push_back(spawn(&context->scheduler(), [context, routine, childLane, failures] {
            return runGatheredRoutine(context, routine, childLane, failures);
        }));
    }
    context->events().noteSuspended(lane, at, LoopEvent::Await::Routines, std::move(childLanes));
    co_await StepExecutor::withSpan(
        context, span,
        awaitGathered(context, std::move(children), failures, step->returnExceptions));
    // What each routine returned, in the order they are named, whatever order they ended in.
    std::vector<PyValue> results;
    for (const int child : context->recorder().gatheredLanes(span))
        results.push_back(context->frames().leave(child, 1));
    context->events().note(lane, LoopEvent::Kind::Resumed, at);
    StepExecutor::bind(*context, *step, PyValue::list(std::move(results)), lane, depth);
}

// The sync mode: the routines one after the other, results = [a(), b()].
QCoro::Task<> GatherStep::callAll(std::shared_ptr<RunContext> context, const Step *step,
                                  CodeLocation at, int lane, int depth)
{
    std::vector<PyValue> results;
    for (const int routine : step->routineIndices)
        results.push_back(co_await StepExecutor::callReturning(context, routine, at, lane, depth));
    StepExecutor::bind(*context, *step, PyValue::list(std::move(results)), lane, depth);
}

QCoro::Task<> GatherStep::awaitGathered(std::shared_ptr<RunContext> context,
                                        std::vector<Task<>> children,
                                        std::shared_ptr<Failures> failures, bool returnExceptions)
{
    // A raised exception travels as asyncio's: the first one ends the gather while the other
    // children go on, or is returned as a result. The app's own failures (a download, a stop)
    // keep the engine's rule: every child is waited for, then the first to fail ends the gather.
    try {
        co_await GatherAwaiter::of(children, returnExceptions
                                                 ? GatherAwaiter::Mode::ReturnExceptions
                                                 : GatherAwaiter::Mode::RaiseFirst);
    } catch (...) {
        for (Task<> &child : children) {
            if (!child.isDone())
                context->orphans().push_back(std::move(child));
        }
        throw;
    }
    if (!failures->empty())
        std::rethrow_exception(failures->front());
}

QCoro::Task<> GatherStep::runGatheredRoutine(std::shared_ptr<RunContext> context, int routine,
                                             int lane, std::shared_ptr<Failures> failures)
{
    const Routine &callee = context->scenario().routines[std::size_t(routine)];
    const int span = context->spans().begin(lane, 0, SpanKind::Routine, callee.name);
    context->events().note(lane, LoopEvent::Kind::Started, CodeLocation::routine(routine));
    std::exception_ptr error;
    try {
        co_await StepExecutor::withSpan(context, span,
                                        StepExecutor::runSteps(context, &callee.steps,
                                                               CodeLocation::routine(routine), lane,
                                                               1));
    } catch (...) {
        error = std::current_exception();
    }
    if (!error && StepExecutor::returnsValue(callee)) // its value stays in its frame for the gather
        context->recorder().setReturned(span, context->frames().returnedAt(lane, 1).reprText());
    const auto ending = error ? StepExecutor::endingOf(error) : std::nullopt;
    const bool raised = error && StepExecutor::isRaised(error);
    context->events().noteFinished(lane, CodeLocation::routine(routine),
                                   ending ? ending->state : SpanState::Done,
                                   ending ? ending->reason : QString(), raised);
    if (raised)
        std::rethrow_exception(error);
    if (error)
        failures->push_back(error); // in the order the children end
}

void GatherStep::writePython(const Step &step, const CodeLocation &at, StepCode &code) const
{
    if (!code.async && !step.variable.isEmpty()) {
        QStringList calls;
        for (const QString &name : step.routineNames)
            calls << CallStep::pythonCall(name, false);
        code.out.add(
            at, QStringLiteral("%1 = [%2]").arg(step.variable, calls.join(QStringLiteral(", "))));
        return;
    }
    if (!code.async) {
        code.out.add(at, CallStep::pythonCall(step.routineNames.front(), false));
        for (qsizetype i = 1; i < step.routineNames.size(); ++i)
            code.out.add(CallStep::pythonCall(step.routineNames[i], false));
        return;
    }
    QStringList calls;
    for (const QString &name : step.routineNames)
        calls << CodeSyntax::pythonName(name) + QStringLiteral("()");
    if (step.returnExceptions)
        calls << QStringLiteral("return_exceptions=True");
    code.out.add(
        at, CallStep::pythonBinding(step) +
                QStringLiteral("await asyncio.gather(%1)").arg(calls.join(QStringLiteral(", "))));
}

void GatherStep::writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const
{
    const QString binding = CallStep::cppBinding(step);
    if (!code.async && !binding.isEmpty()) { // data = [a(), b()]: called in order
        QStringList calls;
        for (const QString &name : step.routineNames)
            calls << CodeSyntax::cppName(name) + QStringLiteral("()");
        code.out.add(at, QStringLiteral("%1ck::PyValue::list({%2});")
                             .arg(binding, calls.join(QStringLiteral(", "))));
        return;
    }
    if (!code.async) {
        code.out.mark(at);
        for (const QString &name : step.routineNames)
            code.out.add(CallStep::cppCall(name, false));
        return;
    }
    if (step.returnExceptions) {
        writeCppReturningExceptions(step, at, code);
        return;
    }
    QStringList spawns;
    for (const QString &name : step.routineNames)
        spawns << QStringLiteral("ck::spawn(loop, %1)").arg(CodeSyntax::cppName(name));
    const QString gather =
        QStringLiteral("co_await ck::gather(%1)").arg(spawns.join(QStringLiteral(", ")));
    if (binding.isEmpty()) {
        code.out.add(at, gather + QLatin1Char(';'));
        return;
    }
    code.out.add(QStringLiteral("// ") +
                 code.out.say(QStringLiteral("ck::gather gives a std::tuple of the values; "
                                             "asyncio.gather a list, in argument order."),
                              QStringLiteral("ck::gather는 값들의 std::tuple을, "
                                             "asyncio.gather는 인자 순서대로 리스트를 "
                                             "돌려줍니다.")));
    code.out.add(at, binding + QStringLiteral("std::apply("));
    code.out.add(
        QStringLiteral("    [](auto... values) { return ck::PyValue::list({values...}); },"));
    code.out.add(QStringLiteral("    %1);").arg(gather));
}

void GatherStep::writeCppReturningExceptions(const Step &step, const CodeLocation &at,
                                             StepCode &code)
{
    code.out.add(at, QStringLiteral("{"));
    code.out.indent();
    // The routines' functions all return a ck::PyValue, or all nothing (CppProgram).
    code.out.add(QStringLiteral("std::vector<ck::Task<%1>> gathered; // return_exceptions=True")
                     .arg(code.returnsValue(step.routineNames.front())
                              ? QStringLiteral("ck::PyValue")
                              : QString()));
    for (const QString &name : step.routineNames)
        code.out.add(QStringLiteral("gathered.push_back(ck::spawn(loop, %1));")
                         .arg(CodeSyntax::cppName(name)));
    code.out.add(QStringLiteral(
        "co_await ck::GatherAwaiter::of(gathered, ck::GatherAwaiter::Mode::ReturnExceptions);"));
    code.out.dedent();
    code.out.add(QStringLiteral("}"));
}

void GatherStep::addCppNeeds(const Step &step, CppPrelude::Needs &needs) const
{
    needs.gather = true;
    needs.gathersValues = needs.gathersValues || (needs.async && !step.variable.isEmpty());
}

QJsonObject GatherStep::schema() const
{
    QJsonObject names =
        schemaOf(R"json({"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/name"}})json");
    names.insert(QStringLiteral("maxItems"), ScenarioLimits::maxGatherNames);
    // The names, or {"routines": names, "return_exceptions": true}.
    QJsonObject form = schemaOf(R"json({"type": "object", "additionalProperties": false,
        "required": ["routines"], "properties": {"return_exceptions": {"type": "boolean"},
        "as": {"$ref": "#/$defs/variable"}}})json");
    QJsonObject properties = form.value(QStringLiteral("properties")).toObject();
    properties.insert(routinesKey, names);
    form.insert(QStringLiteral("properties"), properties);
    QJsonObject entry = schemaOf(R"json({"required": ["%1"], "description":
        "await asyncio.gather(r1(), r2(), ...): a name may repeat."})json");
    entry.insert(
        QStringLiteral("properties"),
        QJsonObject{{key(), QJsonObject{{QStringLiteral("oneOf"), QJsonArray{names, form}}}}});
    return entry;
}

QJsonValue GatherStep::example() const
{
    return QJsonArray{QStringLiteral("routine_1")};
}

QString GatherStep::editText(const QJsonValue &value) const
{
    if (value.isObject()) // the names; return_exceptions is kept as it was
        return StepKind::editText(value.toObject().value(routinesKey));
    return StepKind::editText(value);
}

std::optional<QJsonValue> GatherStep::fromEditText(const QString &text, const QJsonValue &old,
                                                   QString *) const
{
    QJsonArray names;
    for (const QString &name : text.trimmed().split(QLatin1Char(','), Qt::SkipEmptyParts))
        names.append(name.trimmed());
    if (!old.isObject())
        return names;
    QJsonObject form = old.toObject();
    form.insert(routinesKey, names);
    return form;
}

} // namespace ck
