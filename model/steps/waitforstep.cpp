#include "waitforstep.h"

#include "codegen/codesyntax.h"
#include "codegen/programtext.h"
#include "codegen/stepcode.h"
#include "coro/pythonexception.h"
#include "coro/spawn.h"
#include "coro/waitfor.h"
#include "run/idealtime.h"
#include "run/runcontext.h"
#include "run/stepexecutor.h"
#include "run/strategy.h"
#include "scenario/jsonfieldreader.h"
#include "scenario/jsonpath.h"
#include "scenario/scenario.h"

#include <QJsonObject>

#include <algorithm>

namespace ck {

namespace {

const QString routineKey = QStringLiteral("routine");
const QString timeoutKey = QStringLiteral("timeout");

} // namespace

bool WaitForStep::read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                       Step &step) const
{
    const JsonPath at = path.key(key());
    if (!value.isObject())
        return reader.fail(at, tr("\"wait_for\" must be an object such as {\"routine\": "
                                  "\"slow_api\", \"timeout\": 2}, found %1")
                                   .arg(JsonFieldReader::describe(value)));
    const QJsonObject object = value.toObject();
    if (!reader.checkKeys(object, at, {routineKey, timeoutKey}) ||
        !reader.require(object, at, routineKey) || !reader.require(object, at, timeoutKey))
        return false;
    const QJsonValue routine = object.value(routineKey);
    if (!routine.isString())
        return reader.fail(at.key(routineKey), tr("a routine name must be a string, found %1")
                                                   .arg(JsonFieldReader::describe(routine)));
    step.routineNames = QStringList{routine.toString()};
    return reader.readSeconds(timeoutKey, object.value(timeoutKey), at.key(timeoutKey),
                              step.duration);
}

JsonPath WaitForStep::routinePath(const JsonPath &step, qsizetype) const
{
    return step.key(key()).key(routineKey);
}

// The wait's span, and the routine on a lane of its own named "<lane>/<routine>", as gather's.
ScenarioCost::Cost WaitForStep::cost(const Step &step, ScenarioCost &costs) const
{
    ScenarioCost::Cost total = costs.onOwnLanes(step.routineIndices);
    total.spans += 1; // the wait_for's own
    return total;
}

std::chrono::nanoseconds WaitForStep::idealTime(const Step &step, IdealTime &ideal) const
{
    return std::min(ideal.routine(step.routineIndices.front()), step.duration);
}

QString WaitForStep::modeRefusal(const Step &step, const Strategy &strategy) const
{
    if (strategy.isAsync())
        return {};
    return tr("it awaits asyncio.wait_for(%1(), timeout=...): wait_for needs an event loop, and "
              "sync mode has none")
        .arg(step.routineNames.value(0));
}

QCoro::Task<> WaitForStep::run(std::shared_ptr<RunContext> context, const Step *step,
                               CodeLocation at, int lane, int depth) const
{
    // The span asks for the timeout and names the routine's lane: AwaitText reads it as
    // asyncio.wait_for(routine(), timeout=...).
    const int routine = step->routineIndices.front();
    const int span = context->spans().beginSleep(lane, depth, SpanKind::Wait, step->duration);
    const Lane parent = context->recorder().lanes()[std::size_t(lane)];
    const QString &name = context->scenario().routines[std::size_t(routine)].name;
    const int innerLane = context->recorder().addLane(
        Lane{parent.name + QLatin1Char('/') + name, lane, parent.task, false, span});
    context->events().note(innerLane, LoopEvent::Kind::Created, CodeLocation::routine(routine));
    Task<> inner = spawn(&context->scheduler(), [context, routine, innerLane] {
        return StepExecutor::runAsTask(context, routine, innerLane);
    });
    if (context->events().isRecording()) {
        LoopEvent suspended = LoopEvent::of(lane, LoopEvent::Kind::Suspended, at);
        suspended.await = LoopEvent::Await::WaitFor;
        suspended.awaited = {innerLane};
        suspended.asked = step->duration;
        context->events().note(std::move(suspended));
    }
    co_await awaitInner(context, span, std::move(inner), step->duration);
    context->events().note(lane, LoopEvent::Kind::Resumed, at);
}

QCoro::Task<> WaitForStep::awaitInner(std::shared_ptr<RunContext> context, int span, Task<> inner,
                                      std::chrono::nanoseconds timeout)
{
    try {
        co_await waitFor(std::move(inner), timeout);
    } catch (const TimeoutError &) {
        // The deadline passed: the wait timed out. From here it travels as a raised exception;
        // its traceback line is "TimeoutError".
        const QString error = QStringLiteral("TimeoutError");
        context->spans().end(span, SpanState::TimedOut, error);
        throw PythonException(error, QString());
    } catch (...) {
        StepExecutor::endSpan(*context, span, std::current_exception());
        throw;
    }
    context->spans().end(span, SpanState::Done);
}

void WaitForStep::writePython(const Step &step, const CodeLocation &at, StepCode &code) const
{
    code.out.add(at, QStringLiteral("await asyncio.wait_for(%1(), timeout=%2)")
                         .arg(CodeSyntax::pythonName(step.routineNames.front()),
                              CodeSyntax::pythonSeconds(step.duration, code.speed)));
}

void WaitForStep::writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const
{
    // ck::waitFor is 3.11's wait_for; its TimeoutError's what() is "TimeoutError".
    code.out.add(at, QStringLiteral("co_await ck::waitFor(ck::spawn(loop, %1), %2);")
                         .arg(CodeSyntax::cppName(step.routineNames.front()),
                              CodeSyntax::cppDuration(step.duration, code.speed)));
}

void WaitForStep::addCppNeeds(const Step &, CppPrelude::Needs &needs) const
{
    needs.timeouts = true;
}

QJsonObject WaitForStep::schema() const
{
    return schemaOf(R"json({"required": ["%1"], "description":
        "await asyncio.wait_for(routine(), timeout=seconds): the routine is cancelled at the deadline and TimeoutError raised.",
        "properties": {"%1": {"type": "object", "additionalProperties": false,
            "required": ["routine", "timeout"], "properties": {"routine": {"$ref": "#/$defs/name"},
            "timeout": {"$ref": "#/$defs/seconds"}}}}})json");
}

QJsonValue WaitForStep::example() const
{
    return QJsonObject{{routineKey, QStringLiteral("routine_1")}, {timeoutKey, 1}};
}

QString WaitForStep::editText(const QJsonValue &value) const
{
    const QJsonObject object = value.toObject();
    return QStringLiteral("%1, %2").arg(object.value(routineKey).toString(),
                                        plainEditText(object.value(timeoutKey)));
}

std::optional<QJsonValue> WaitForStep::fromEditText(const QString &text, const QJsonValue &,
                                                    QString *error) const
{
    const QStringList parts = text.split(QLatin1Char(','));
    bool number = false;
    const double timeout = parts.size() == 2 ? parts[1].trimmed().toDouble(&number) : 0;
    if (!number || parts[0].trimmed().isEmpty()) {
        if (error)
            *error = tr("expected \"routine, seconds\", such as slow_api, 2");
        return std::nullopt;
    }
    return QJsonObject{{routineKey, parts[0].trimmed()}, {timeoutKey, timeout}};
}

} // namespace ck
