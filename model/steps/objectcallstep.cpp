#include "objectcallstep.h"

#include "asyncwithstep.h"
#include "codegen/codesyntax.h"
#include "codegen/programtext.h"
#include "codegen/stepcode.h"
#include "run/objectwait.h"
#include "run/runcontext.h"
#include "run/strategy.h"
#include "scenario/jsonfieldreader.h"
#include "scenario/jsonpath.h"
#include "scenario/step.h"

#include <limits>

namespace ck {

QString ObjectCallStep::key() const
{
    switch (m_operation) {
    case Operation::Set:
        return QStringLiteral("set");
    case Operation::Clear:
        return QStringLiteral("clear");
    case Operation::WaitEvent:
        return QStringLiteral("wait_event");
    case Operation::WaitCondition:
        return QStringLiteral("wait_condition");
    case Operation::Notify:
        return QStringLiteral("notify");
    case Operation::NotifyAll:
        break;
    }
    return QStringLiteral("notify_all");
}

QString ObjectCallStep::pythonMethod() const
{
    switch (m_operation) {
    case Operation::WaitEvent:
    case Operation::WaitCondition:
        return QStringLiteral("wait");
    default:
        break;
    }
    return key();
}

QString ObjectCallStep::cppMethod() const
{
    return m_operation == Operation::NotifyAll ? QStringLiteral("notifyAll") : pythonMethod();
}

bool ObjectCallStep::read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                          Step &step) const
{
    if (!value.isString())
        return reader.fail(
            path.key(key()),
            tr("%1 must be the name of one of the scenario's objects, found %2")
                .arg(JsonFieldReader::quotedKey(key()), JsonFieldReader::describe(value)));
    step.objectName = value.toString(); // the validator resolves it
    return true;
}

QList<NamedObject::Type> ObjectCallStep::objectTypes() const
{
    switch (m_operation) {
    case Operation::Set:
    case Operation::Clear:
    case Operation::WaitEvent:
        return {NamedObject::Type::Event};
    default:
        break;
    }
    return {NamedObject::Type::Condition};
}

ScenarioCost::Cost ObjectCallStep::cost(const Step &, ScenarioCost &) const
{
    ScenarioCost::Cost cost;
    cost.spans = awaits() ? 1 : 0; // the wait
    return cost;
}

std::chrono::nanoseconds ObjectCallStep::idealTime(const Step &, IdealTime &) const
{
    return std::chrono::nanoseconds(0);
}

QString ObjectCallStep::modeRefusal(const Step &step, const Strategy &strategy) const
{
    return strategy.isAsync() ? QString() : AsyncWithStep::syncRefusal(step);
}

int ObjectCallStep::runInline(RunContext &context, const Step &step, const CodeLocation &, int lane,
                              int) const
{
    SyncObjects &objects = context.objects();
    const int index = step.objectIndex;
    switch (m_operation) {
    case Operation::Set:
        if (!objects.event(index).isSet())
            context.wakes().set(index, lane); // a set() of a set Event wakes nobody
        objects.event(index).set();
        break;
    case Operation::Clear:
        objects.event(index).clear();
        break;
    case Operation::Notify:
        objects.condition(index).notify();
        context.wakes().notified(index, lane, 1);
        break;
    case Operation::NotifyAll:
        objects.condition(index).notifyAll();
        context.wakes().notified(index, lane, std::numeric_limits<std::size_t>::max());
        break;
    case Operation::WaitEvent:
    case Operation::WaitCondition:
        break;
    }
    return -1;
}

QCoro::Task<> ObjectCallStep::run(std::shared_ptr<RunContext> context, const Step *step,
                                  CodeLocation at, int lane, int depth) const
{
    if (!awaits()) {
        runInline(*context, *step, at, lane, depth);
        co_return;
    }
    SyncObjects &objects = context->objects();
    const int index = step->objectIndex;
    if (m_operation == Operation::WaitEvent) {
        co_await ObjectWait::await(
            objects.event(index).wait(),
            ObjectWait(context, *step, at, lane, depth, LoopEvent::Await::Event));
        co_return;
    }
    // The condition's lock is free while it waits, and held again when wait() returns.
    objects.left(index, lane);
    if (objects.condition(index).locked()) // wait() releases it first
        context->wakes().released(index, lane);
    std::exception_ptr error;
    try {
        co_await ObjectWait::await(
            objects.condition(index).wait(),
            ObjectWait(context, *step, at, lane, depth, LoopEvent::Await::Notify));
    } catch (...) {
        error = std::current_exception();
    }
    objects.entered(index, lane);
    if (error)
        std::rethrow_exception(error);
}

void ObjectCallStep::writePython(const Step &step, const CodeLocation &at, StepCode &code) const
{
    const QString call =
        QStringLiteral("%1.%2()").arg(CodeSyntax::pythonName(step.objectName), pythonMethod());
    code.out.add(at, awaits() ? QStringLiteral("await ") + call : call);
}

void ObjectCallStep::writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const
{
    const QString call =
        QStringLiteral("%1->%2();").arg(CodeSyntax::cppName(step.objectName), cppMethod());
    code.out.add(at, awaits() ? QStringLiteral("co_await ") + call : call);
}

bool ObjectCallStep::awaitsInCpp(const Step &, bool async) const
{
    return async && awaits();
}

QJsonObject ObjectCallStep::schema() const
{
    static const char *const descriptions[]{
        R"json({"description": "event.set(): wakes every task waiting for the Event, on the next loop iteration.",
        "required": ["%1"], "properties": {"%1": {"$ref": "#/$defs/name"}}})json",
        R"json({"description": "event.clear(): later waits for the Event wait again.",
        "required": ["%1"], "properties": {"%1": {"$ref": "#/$defs/name"}}})json",
        R"json({"description": "await event.wait(): returns at once when the Event is set, else waits for its set().",
        "required": ["%1"], "properties": {"%1": {"$ref": "#/$defs/name"}}})json",
        R"json({"description": "await condition.wait(): releases its lock, waits for a notify, takes the lock again (inside async_with of the condition).",
        "required": ["%1"], "properties": {"%1": {"$ref": "#/$defs/name"}}})json",
        R"json({"description": "condition.notify(): wakes the first task waiting on the Condition (inside async_with of it).",
        "required": ["%1"], "properties": {"%1": {"$ref": "#/$defs/name"}}})json",
        R"json({"description": "condition.notify_all(): wakes every task waiting on the Condition (inside async_with of it).",
        "required": ["%1"], "properties": {"%1": {"$ref": "#/$defs/name"}}})json"};
    return schemaOf(descriptions[int(m_operation)]);
}

QJsonValue ObjectCallStep::example() const
{
    return objectTypes().front() == NamedObject::Type::Event ? QStringLiteral("event")
                                                             : QStringLiteral("condition");
}

} // namespace ck
