#include "waittasksstep.h"

#include "codegen/codesyntax.h"
#include "codegen/programtext.h"
#include "codegen/stepcode.h"
#include "coro/spawn.h"
#include "coro/waitawaiter.h"
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
const QString returnWhenKey = QStringLiteral("return_when");
const QString timeoutKey = QStringLiteral("timeout");
const QString cancelPendingKey = QStringLiteral("cancel_pending");

// asyncio's names, in the order of ck::ReturnWhen.
const QStringList &returnWhenNames()
{
    static const QStringList names{QStringLiteral("FIRST_COMPLETED"),
                                   QStringLiteral("FIRST_EXCEPTION"),
                                   QStringLiteral("ALL_COMPLETED")};
    return names;
}

} // namespace

bool WaitTasksStep::read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                         Step &step) const
{
    const JsonPath at = path.key(key());
    if (!value.isObject())
        return reader.fail(at, tr("\"wait_tasks\" must be an object such as {\"routines\": "
                                  "[\"a\", \"b\"], \"return_when\": \"FIRST_COMPLETED\"}, found %1")
                                   .arg(JsonFieldReader::describe(value)));
    const QJsonObject object = value.toObject();
    if (!reader.checkKeys(object, at, {routinesKey, returnWhenKey, timeoutKey, cancelPendingKey}) ||
        !reader.require(object, at, routinesKey))
        return false;
    const QJsonArray list = object.value(routinesKey).toArray();
    if (!object.value(routinesKey).isArray() || list.isEmpty() ||
        list.size() > ScenarioLimits::maxGatherNames)
        return reader.fail(at.key(routinesKey),
                           tr("\"routines\" must be an array of 1 to %1 routine names, found %2")
                               .arg(QString::number(ScenarioLimits::maxGatherNames),
                                    JsonFieldReader::describe(object.value(routinesKey))));
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isString())
            return reader.fail(at.key(routinesKey).at(i),
                               tr("a routine name must be a string, found %1")
                                   .arg(JsonFieldReader::describe(list.at(i))));
        step.routineNames.append(list.at(i).toString());
    }
    return readOptions(object, at, reader, step);
}

bool WaitTasksStep::readOptions(const QJsonObject &object, const JsonPath &at,
                                JsonFieldReader &reader, Step &step) const
{
    step.returnWhen = int(ReturnWhen::AllCompleted);
    if (object.contains(returnWhenKey)) {
        const QJsonValue when = object.value(returnWhenKey);
        const qsizetype index = when.isString() ? returnWhenNames().indexOf(when.toString()) : -1;
        if (index < 0)
            return reader.fail(at.key(returnWhenKey),
                               tr("\"return_when\" must be one of %1, found %2")
                                   .arg(returnWhenNames().join(QStringLiteral(", ")),
                                        JsonFieldReader::describe(when)));
        step.returnWhen = int(index);
    }
    const QJsonValue cancel = object.value(cancelPendingKey);
    if (!cancel.isUndefined() && !cancel.isBool())
        return reader.fail(at.key(cancelPendingKey),
                           tr("\"cancel_pending\" must be true or false, found %1")
                               .arg(JsonFieldReader::describe(cancel)));
    step.cancelPending = cancel.toBool(false);
    step.timed = object.contains(timeoutKey);
    return !step.timed || reader.readSeconds(timeoutKey, object.value(timeoutKey),
                                             at.key(timeoutKey), step.duration);
}

JsonPath WaitTasksStep::routinePath(const JsonPath &step, qsizetype n) const
{
    return step.key(key()).key(routinesKey).at(n);
}

ScenarioCost::Cost WaitTasksStep::cost(const Step &step, ScenarioCost &costs) const
{
    ScenarioCost::Cost total = costs.onOwnLanes(step.routineIndices);
    total.spans += 1; // the wait's own
    return total;
}

// FIRST_COMPLETED: the first to finish; the others: all of them (nothing raises here); the
// timeout at most.
std::chrono::nanoseconds WaitTasksStep::idealTime(const Step &step, IdealTime &ideal) const
{
    std::vector<std::chrono::nanoseconds> times;
    for (const int routine : step.routineIndices)
        times.push_back(ideal.routine(routine));
    const std::chrono::nanoseconds waited =
        ReturnWhen(step.returnWhen) == ReturnWhen::FirstCompleted
            ? *std::min_element(times.begin(), times.end())
            : *std::max_element(times.begin(), times.end());
    return step.timed ? std::min(waited, step.duration) : waited;
}

QString WaitTasksStep::modeRefusal(const Step &, const Strategy &strategy) const
{
    if (strategy.isAsync())
        return {};
    return tr("asyncio.wait needs an event loop, and sync mode has none");
}

QCoro::Task<> WaitTasksStep::run(std::shared_ptr<RunContext> context, const Step *step,
                                 CodeLocation at, int lane, int depth) const
{
    const int span = context->spans().begin(lane, depth, SpanKind::Wait, {});
    const Lane parent = context->recorder().lanes()[std::size_t(lane)];
    std::vector<Task<>> children;
    std::vector<int> lanes;
    for (const int routine : step->routineIndices) {
        Lane child{parent.name + QLatin1Char('/') +
                       context->scenario().routines[std::size_t(routine)].name,
                   lane, parent.task, false, span};
        child.waited = true;
        const int childLane = context->recorder().addLane(std::move(child));
        lanes.push_back(childLane);
        context->events().note(childLane, LoopEvent::Kind::Created, CodeLocation::routine(routine));
        children.push_back(spawn(&context->scheduler(), [context, routine, childLane] {
            return StepExecutor::runAsTask(context, routine, childLane);
        }));
    }
    context->events().noteSuspended(lane, at, LoopEvent::Await::Routines, std::move(lanes));
    WaitAwaiter awaiter =
        WaitAwaiter::of(children, ReturnWhen(step->returnWhen),
                        step->timed ? std::optional(step->duration) : std::nullopt);
    WaitResult result;
    try {
        result = co_await awaiter.wait();
    } catch (...) {
        StepExecutor::endSpan(*context, span, std::current_exception());
        for (Task<> &child : children)
            context->orphans().push_back(std::move(child)); // asyncio.wait cancels nothing
        throw;
    }
    context->spans().end(span, SpanState::Done);
    context->events().note(lane, LoopEvent::Kind::Resumed, at);
    for (const std::size_t pending : result.pending) {
        if (step->cancelPending)
            children[pending].cancel();
        // Still running: asyncio.run cancels it at the end, or it ends cancelled one loop
        // iteration later.
        context->orphans().push_back(std::move(children[pending]));
    }
}

void WaitTasksStep::writePython(const Step &step, const CodeLocation &at, StepCode &code) const
{
    QStringList tasks;
    for (const QString &name : step.routineNames)
        tasks << QStringLiteral("asyncio.create_task(%1())").arg(CodeSyntax::pythonName(name));
    QString options;
    if (step.timed)
        options += QStringLiteral(", timeout=%1")
                       .arg(CodeSyntax::pythonSeconds(step.duration, code.speed));
    options += QStringLiteral(", return_when=asyncio.%1").arg(returnWhenNames()[step.returnWhen]);
    code.out.add(at, QStringLiteral("done, pending = await asyncio.wait([%1]%2)")
                         .arg(tasks.join(QStringLiteral(", ")), options));
    if (!step.cancelPending)
        return;
    code.out.add(QStringLiteral("for task in pending:"));
    code.out.add(QStringLiteral("    task.cancel()"));
}

void WaitTasksStep::writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const
{
    static const char *const whens[] = {"FirstCompleted", "FirstException", "AllCompleted"};
    const QString n = QString::number(step.order);
    code.out.add(at, QStringLiteral("{ // asyncio.wait"));
    code.out.indent();
    // The routines' functions all return a ck::PyValue, or all nothing (CppProgram).
    code.out.add(QStringLiteral("std::vector<ck::Task<%1>> tasks%2;")
                     .arg(code.returnsValue(step.routineNames.front())
                              ? QStringLiteral("ck::PyValue")
                              : QString(),
                          n));
    for (const QString &name : step.routineNames)
        code.out.add(QStringLiteral("tasks%1.push_back(ck::spawn(loop, %2));")
                         .arg(n, CodeSyntax::cppName(name)));
    QString options = QStringLiteral("ck::ReturnWhen::%1")
                          .arg(QLatin1String(whens[std::size_t(step.returnWhen)]));
    if (step.timed)
        options += QStringLiteral(", %1").arg(CodeSyntax::cppDuration(step.duration, code.speed));
    code.out.add(QStringLiteral("const ck::WaitResult waited%1 = co_await ck::wait(tasks%1, %2);")
                     .arg(n, options));
    if (step.cancelPending) {
        code.out.add(QStringLiteral("for (const std::size_t pending : waited%1.pending)").arg(n));
        code.out.add(QStringLiteral("    tasks%1[pending].cancel();").arg(n));
    }
    code.out.dedent();
    code.out.add(QStringLiteral("}"));
}

void WaitTasksStep::addCppNeeds(const Step &, CppPrelude::Needs &needs) const
{
    needs.waits = true;
}

QJsonObject WaitTasksStep::schema() const
{
    return schemaOf(R"json({"description":
        "done, pending = await asyncio.wait([tasks of the routines], return_when=..., timeout=...); cancel_pending: task.cancel() on the pending ones.",
        "required": ["%1"], "properties": {"%1": {"type": "object", "additionalProperties": false,
        "required": ["routines"],
        "properties": {"routines": {"type": "array", "minItems": 1, "maxItems": 1000,
                                    "items": {"$ref": "#/$defs/name"}},
            "return_when": {"enum": ["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"]},
            "timeout": {"$ref": "#/$defs/seconds"}, "cancel_pending": {"type": "boolean"}}}}})json");
}

QJsonValue WaitTasksStep::example() const
{
    return QJsonObject{{routinesKey, QJsonArray{QStringLiteral("routine_1")}},
                       {returnWhenKey, QStringLiteral("FIRST_COMPLETED")},
                       {cancelPendingKey, true}};
}

std::optional<QJsonValue> WaitTasksStep::fromEditText(const QString &text, const QJsonValue &,
                                                      QString *error) const
{
    return objectFromEditText(text,
                              tr("\"wait_tasks\" takes an object such as {\"routines\": [\"a\", "
                                 "\"b\"], \"return_when\": \"FIRST_COMPLETED\", "
                                 "\"cancel_pending\": true}"),
                              error);
}

} // namespace ck
