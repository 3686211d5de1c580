#include "timeoutstep.h"

#include "codegen/codesyntax.h"
#include "codegen/programtext.h"
#include "codegen/stepcode.h"
#include "coro/pythonexception.h"
#include "coro/timeout.h"
#include "coro/timeouterror.h"
#include "run/idealtime.h"
#include "run/runcontext.h"
#include "run/stepexecutor.h"
#include "run/strategy.h"
#include "scenario/jsonfieldreader.h"
#include "scenario/jsonpath.h"
#include "scenario/step.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace ck {

namespace {

const QString secondsKey = QStringLiteral("seconds");
const QString stepsKey = QStringLiteral("steps");

} // namespace

bool TimeoutStep::read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                       Step &step) const
{
    const JsonPath at = path.key(key());
    if (!value.isObject())
        return reader.fail(at, tr("\"timeout\" must be an object such as {\"seconds\": 2, "
                                  "\"steps\": [...]}, found %1")
                                   .arg(JsonFieldReader::describe(value)));
    const QJsonObject object = value.toObject();
    if (!reader.checkKeys(object, at, {secondsKey, stepsKey}) ||
        !reader.require(object, at, secondsKey) || !reader.require(object, at, stepsKey) ||
        !reader.readSeconds(secondsKey, object.value(secondsKey), at.key(secondsKey),
                            step.duration))
        return false;
    step.blocks.push_back({StepBlock::Role::Body, {}, {}});
    return reader.readSteps(object.value(stepsKey), at.key(stepsKey), step.blocks.back().steps);
}

JsonPath TimeoutStep::blockPath(const Step &, const JsonPath &path, std::size_t) const
{
    return path.key(key()).key(stepsKey);
}

QString TimeoutStep::modeRefusal(const Step &step, const Strategy &strategy) const
{
    if (strategy.isAsync())
        return {};
    return tr("it runs steps in async with asyncio.timeout(%1): a timeout needs an event loop, "
              "and sync mode has none")
        .arg(CodeSyntax::pythonSeconds(step.duration, 1.0));
}

ScenarioCost::Cost TimeoutStep::cost(const Step &step, ScenarioCost &costs) const
{
    return costs.steps(step.blocks.front().steps);
}

std::chrono::nanoseconds TimeoutStep::idealTime(const Step &step, IdealTime &ideal) const
{
    // Past the deadline the block ends with TimeoutError.
    return std::min(ideal.steps(step.blocks.front().steps), step.duration);
}

QCoro::Task<> TimeoutStep::run(std::shared_ptr<RunContext> context, const Step *step,
                               CodeLocation at, int lane, int depth) const
{
    const CodeLocation owner{at.owner, at.index, -1};
    Scheduler &scheduler = context->scheduler();
    Timeout timeout(scheduler, Timeout::deadlineAfter(scheduler, step->duration));
    timeout.enter(); // the current task: main's, a created task's, a gathered routine's
    const int firstSpan = int(context->recorder().spans().size());
    std::exception_ptr error;
    try {
        co_await StepExecutor::runSteps(context, &step->blocks.front().steps, owner, lane, depth);
    } catch (...) {
        error = std::current_exception();
    }
    if (std::exception_ptr raised = leave(*context, timeout, error, *step, at, lane, firstSpan))
        std::rethrow_exception(raised);
}

std::exception_ptr TimeoutStep::leave(RunContext &context, Timeout &timeout,
                                      std::exception_ptr error, const Step &step,
                                      const CodeLocation &at, int lane, int firstSpan)
{
    std::exception_ptr left = timeout.exit(std::move(error));
    if (!TimeoutError::holds(left))
        return left;
    context.recorder().timeOutCancelled(lane, firstSpan); // the deadline's cancellation ended them
    LoopEvent timedOut = LoopEvent::of(lane, LoopEvent::Kind::TimedOut, at);
    timedOut.asked = step.duration;
    context.events().note(std::move(timedOut));
    // From here it travels as a raised exception; its traceback line is "TimeoutError".
    return std::make_exception_ptr(PythonException(QStringLiteral("TimeoutError"), QString()));
}

void TimeoutStep::writePython(const Step &step, const CodeLocation &at, StepCode &code) const
{
    code.out.add(at, QStringLiteral("async with asyncio.timeout(%1):")
                         .arg(CodeSyntax::pythonSeconds(step.duration, code.speed)));
    code.out.indent();
    code.writeBlock(step.blocks.front().steps);
    if (step.blocks.front().steps.empty())
        code.out.add(QStringLiteral("pass"));
    code.out.dedent();
}

// C++ has no async with: ck::withTimeout runs the block as a coroutine between the timeout's
// enter() and exit(); its TimeoutError's what() is "TimeoutError", Python's last line.
void TimeoutStep::writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const
{
    code.out.add(at, QStringLiteral("co_await ck::withTimeout(*loop, %1, [&]() -> QCoro::Task<> {")
                         .arg(CodeSyntax::cppDuration(step.duration, code.speed)));
    code.out.indent();
    code.writeBlock(step.blocks.front().steps);
    code.out.add(QStringLiteral("co_return;"));
    code.out.dedent();
    code.out.add(QStringLiteral("});"));
}

void TimeoutStep::addCppNeeds(const Step &, CppPrelude::Needs &needs) const
{
    needs.timeoutBlocks = true;
}

QJsonObject TimeoutStep::schema() const
{
    return schemaOf(R"json({"required": ["%1"], "description":
        "async with asyncio.timeout(seconds): steps; at the deadline the task is cancelled at its await and TimeoutError raised.",
        "properties": {"%1": {"type": "object", "additionalProperties": false,
            "required": ["seconds", "steps"], "properties": {"seconds": {"$ref": "#/$defs/seconds"},
            "steps": {"$ref": "#/$defs/steps"}}}}})json");
}

QJsonValue TimeoutStep::example() const
{
    return QJsonObject{{secondsKey, 1},
                       {stepsKey, QJsonArray{QJsonObject{{QStringLiteral("wait"), 2}}}}};
}

std::optional<QJsonValue> TimeoutStep::fromEditText(const QString &text, const QJsonValue &,
                                                    QString *error) const
{
    return objectFromEditText(
        text, tr("\"timeout\" takes an object such as {\"seconds\": 2, \"steps\": [...]}"), error);
}

} // namespace ck
