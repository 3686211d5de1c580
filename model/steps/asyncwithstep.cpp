#include "asyncwithstep.h"

#include "codegen/codesyntax.h"
#include "codegen/programtext.h"
#include "codegen/stepcode.h"
#include "run/idealtime.h"
#include "run/objectwait.h"
#include "run/runcontext.h"
#include "run/stepexecutor.h"
#include "run/strategy.h"
#include "scenario/jsonfieldreader.h"
#include "scenario/jsonpath.h"
#include "scenario/step.h"
#include "stepkinds.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ck {

namespace {

const QString objectKey = QStringLiteral("object");
const QString stepsKey = QStringLiteral("steps");

NamedObject::Type typeOf(RunContext &context, const Step &step)
{
    return context.scenario().objects[std::size_t(step.objectIndex)].type;
}

} // namespace

bool AsyncWithStep::read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                         Step &step) const
{
    const JsonPath at = path.key(key());
    if (!value.isObject())
        return reader.fail(at, tr("\"async_with\" must be an object such as {\"object\": "
                                  "\"machine\", \"steps\": [...]}, found %1")
                                   .arg(JsonFieldReader::describe(value)));
    const QJsonObject object = value.toObject();
    if (!reader.checkKeys(object, at, {objectKey, stepsKey}) ||
        !reader.require(object, at, objectKey) || !reader.require(object, at, stepsKey))
        return false;
    if (!object.value(objectKey).isString())
        return reader.fail(at.key(objectKey),
                           tr("\"object\" must be the name of one of the scenario's objects, "
                              "found %1")
                               .arg(JsonFieldReader::describe(object.value(objectKey))));
    step.objectName = object.value(objectKey).toString(); // the validator resolves it
    step.blocks.push_back({StepBlock::Role::Body, {}, {}});
    return reader.readSteps(object.value(stepsKey), at.key(stepsKey), step.blocks.back().steps);
}

QList<NamedObject::Type> AsyncWithStep::objectTypes() const
{
    return {NamedObject::Type::Lock, NamedObject::Type::Semaphore, NamedObject::Type::Condition};
}

JsonPath AsyncWithStep::objectPath(const JsonPath &step) const
{
    return step.key(key()).key(objectKey);
}

JsonPath AsyncWithStep::blockPath(const Step &, const JsonPath &path, std::size_t) const
{
    return path.key(key()).key(stepsKey);
}

ScenarioCost::Cost AsyncWithStep::cost(const Step &step, ScenarioCost &costs) const
{
    ScenarioCost::Cost cost = costs.steps(step.blocks.front().steps);
    cost.spans += 1; // the wait in acquire(), if it waits
    return cost;
}

std::chrono::nanoseconds AsyncWithStep::idealTime(const Step &step, IdealTime &ideal) const
{
    return ideal.steps(step.blocks.front().steps); // nobody holds the object
}

QString AsyncWithStep::syncRefusal(const Step &step)
{
    return tr("it uses the asyncio object “%1”, which needs an event loop, and sync mode has none")
        .arg(step.objectName);
}

QString AsyncWithStep::modeRefusal(const Step &step, const Strategy &strategy) const
{
    return strategy.isAsync() ? QString() : syncRefusal(step);
}

QCoro::Task<> AsyncWithStep::acquire(std::shared_ptr<RunContext> context, const Step *step,
                                     CodeLocation at, int lane, int depth)
{
    SyncObjects &objects = context->objects();
    const int index = step->objectIndex;
    const ObjectWait wait(context, *step, at, lane, depth, LoopEvent::Await::Acquire);
    switch (typeOf(*context, *step)) {
    case NamedObject::Type::Semaphore:
        co_await ObjectWait::await(objects.semaphore(index).acquire(), wait);
        break;
    case NamedObject::Type::Condition:
        co_await ObjectWait::await(objects.condition(index).acquire(), wait);
        break;
    default:
        co_await ObjectWait::await(objects.lock(index).acquire(), wait);
        break;
    }
    objects.entered(index, lane);
}

QCoro::Task<> AsyncWithStep::run(std::shared_ptr<RunContext> context, const Step *step,
                                 CodeLocation at, int lane, int depth) const
{
    co_await acquire(context, step, at, lane, depth);
    std::exception_ptr error;
    try {
        co_await StepExecutor::runSteps(context, &step->blocks.front().steps,
                                        CodeLocation{at.owner, at.index, -1}, lane, depth);
    } catch (...) {
        error = std::current_exception();
    }
    // __aexit__: released whatever ended the steps, and the exception goes on.
    SyncObjects &objects = context->objects();
    objects.left(step->objectIndex, lane);
    switch (typeOf(*context, *step)) {
    case NamedObject::Type::Semaphore:
        objects.semaphore(step->objectIndex).release();
        break;
    case NamedObject::Type::Condition:
        objects.condition(step->objectIndex).release();
        context->wakes().released(step->objectIndex, lane);
        break;
    default:
        objects.lock(step->objectIndex).release();
        context->wakes().released(step->objectIndex, lane);
        break;
    }
    if (error)
        std::rethrow_exception(error);
}

void AsyncWithStep::writePython(const Step &step, const CodeLocation &at, StepCode &code) const
{
    code.out.add(at, QStringLiteral("async with %1:").arg(CodeSyntax::pythonName(step.objectName)));
    code.out.indent();
    code.writeBlock(step.blocks.front().steps);
    if (step.blocks.front().steps.empty())
        code.out.add(QStringLiteral("pass"));
    code.out.dedent();
}

// C++ has no `async with`: acquire, then the steps in a try whose exception is kept (a coroutine
// cannot co_await in a catch), release, and rethrow it.
void AsyncWithStep::writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const
{
    const QString object = CodeSyntax::cppName(step.objectName);
    const QString error = QStringLiteral("error%1").arg(step.order);
    code.out.add(at, QStringLiteral("co_await %1->acquire(); // async with %2:")
                         .arg(object, CodeSyntax::pythonName(step.objectName)));
    code.out.add(QStringLiteral("{"));
    code.out.indent();
    code.out.add(QStringLiteral("std::exception_ptr %1;").arg(error));
    code.out.add(QStringLiteral("try {"));
    code.out.indent();
    code.writeBlock(step.blocks.front().steps);
    code.out.dedent();
    code.out.add(QStringLiteral("} catch (...) {"));
    code.out.add(QStringLiteral("    %1 = std::current_exception();").arg(error));
    code.out.add(QStringLiteral("}"));
    code.out.add(QStringLiteral("%1->release();").arg(object));
    code.out.add(QStringLiteral("if (%1)").arg(error));
    code.out.add(QStringLiteral("    std::rethrow_exception(%1);").arg(error));
    code.out.dedent();
    code.out.add(QStringLiteral("}"));
}

bool AsyncWithStep::awaitsInCpp(const Step &, bool async) const
{
    return async; // acquire()
}

QJsonObject AsyncWithStep::schema() const
{
    return schemaOf(R"json({"description":
        "async with object: steps. The object (a Lock, Semaphore or Condition of \"objects\") is acquired first, waiting while another task holds it, and released however the steps end.",
        "required": ["%1"], "properties": {"%1": {"type": "object", "additionalProperties": false,
        "required": ["object", "steps"],
        "properties": {"object": {"$ref": "#/$defs/name"}, "steps": {"$ref": "#/$defs/steps"}}}}})json");
}

QJsonValue AsyncWithStep::example() const
{
    return QJsonObject{{objectKey, QStringLiteral("lock")},
                       {stepsKey, QJsonArray{QJsonObject{{QStringLiteral("wait"), 1}}}}};
}

std::optional<QJsonValue> AsyncWithStep::fromEditText(const QString &text, const QJsonValue &,
                                                      QString *error) const
{
    return objectFromEditText(text,
                              tr("\"async_with\" takes an object such as {\"object\": "
                                 "\"machine\", \"steps\": [...]}"),
                              error);
}

} // namespace ck
