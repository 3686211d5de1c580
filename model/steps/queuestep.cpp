#include "queuestep.h"

#include "asyncwithstep.h"
#include "callstep.h"
#include "codegen/codesyntax.h"
#include "codegen/programtext.h"
#include "codegen/stepcode.h"
#include "logstep.h"
#include "run/idealtime.h"
#include "run/objectwait.h"
#include "run/runcontext.h"
#include "run/stepexecutor.h"
#include "run/strategy.h"
#include "scenario/fstring.h"
#include "scenario/jsonfieldreader.h"
#include "scenario/jsonpath.h"
#include "scenario/step.h"

#include <QJsonObject>

namespace ck {

namespace {

const QString queueKey = QStringLiteral("queue");
const QString itemKey = QStringLiteral("item");
const QString asKey = QStringLiteral("as");

AsyncQueue<PyValue> &queueOf(RunContext &context, const Step &step)
{
    return context.objects().queue(step.objectIndex);
}

} // namespace

QString QueueStep::key() const
{
    switch (m_operation) {
    case Operation::Put:
        return QStringLiteral("put");
    case Operation::Get:
        return QStringLiteral("get");
    case Operation::TaskDone:
        return QStringLiteral("task_done");
    case Operation::Join:
        break;
    }
    return QStringLiteral("join");
}

QString QueueStep::pythonMethod() const
{
    return key();
}

QString QueueStep::cppMethod() const
{
    return m_operation == Operation::TaskDone ? QStringLiteral("taskDone") : key();
}

bool QueueStep::read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                     Step &step) const
{
    if (m_operation == Operation::Put)
        return readPut(value, path, reader, step);
    if (m_operation == Operation::Get && value.isObject())
        return readGet(value, path, reader, step);
    if (!value.isString())
        return reader.fail(
            path.key(key()),
            tr("%1 must be the name of one of the scenario's queues, found %2")
                .arg(JsonFieldReader::quotedKey(key()), JsonFieldReader::describe(value)));
    step.objectName = value.toString(); // the validator resolves it
    return true;
}

bool QueueStep::readPut(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                        Step &step) const
{
    const JsonPath at = path.key(key());
    const QJsonObject object = value.toObject();
    if (!value.isObject() || !object.value(queueKey).isString())
        return reader.fail(at, tr("\"put\" must be an object such as {\"queue\": \"orders\", "
                                  "\"item\": \"latte\"}, found %1")
                                   .arg(JsonFieldReader::describe(value)));
    if (!reader.checkKeys(object, at, {queueKey, itemKey}) ||
        !reader.require(object, at, itemKey) ||
        !LogStep::readFormattable(itemKey, object.value(itemKey), at, reader, step))
        return false;
    step.objectName = object.value(queueKey).toString();
    return true;
}

bool QueueStep::readGet(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                        Step &step) const
{
    const JsonPath at = path.key(key());
    const QJsonObject object = value.toObject();
    if (!object.value(queueKey).isString())
        return reader.fail(at, tr("\"get\" must be the name of a queue or an object such as "
                                  "{\"queue\": \"orders\", \"as\": \"item\"}, found %1")
                                   .arg(JsonFieldReader::describe(value)));
    if (!reader.checkKeys(object, at, {queueKey, asKey}) ||
        !CallStep::readBinding(object, at, reader, step, false))
        return false;
    step.objectName = object.value(queueKey).toString();
    return true;
}

QList<NamedObject::Type> QueueStep::objectTypes() const
{
    return {NamedObject::Type::Queue};
}

JsonPath QueueStep::objectPath(const JsonPath &step) const
{
    // get's short form has the name right at its key; the validator cannot tell the forms
    // apart here, and the key is close enough.
    return m_operation == Operation::Put ? step.key(key()).key(queueKey) : step.key(key());
}

ScenarioCost::Cost QueueStep::cost(const Step &step, ScenarioCost &) const
{
    ScenarioCost::Cost cost;
    cost.spans = m_operation == Operation::TaskDone ? 0 : 1; // the wait
    // The item a put keeps in the queue, the value a get binds (bounded by the validator).
    cost.text = step.formatted ? step.textBound
                               : double(step.text.english().size() + step.text.korean().size());
    if (m_operation == Operation::Get)
        cost.text = step.textBound;
    return cost;
}

// How long a put, get or join waits depends on the other tasks alone: with nothing else in its
// way a get would wait forever. task_done() takes no time.
std::chrono::nanoseconds QueueStep::idealTime(const Step &, IdealTime &ideal) const
{
    if (m_operation != Operation::TaskDone)
        ideal.markUnknown();
    return std::chrono::nanoseconds(0);
}

QString QueueStep::modeRefusal(const Step &step, const Strategy &strategy) const
{
    return strategy.isAsync() ? QString() : AsyncWithStep::syncRefusal(step);
}

int QueueStep::runInline(RunContext &context, const Step &step, const CodeLocation &, int,
                         int) const
{
    if (m_operation == Operation::TaskDone)
        queueOf(context, step).taskDone(); // ValueError when called too often, as in Python
    return -1;
}

QCoro::Task<> QueueStep::run(std::shared_ptr<RunContext> context, const Step *step, CodeLocation at,
                             int lane, int depth) const
{
    switch (m_operation) {
    case Operation::Put:
        return put(std::move(context), step, at, lane, depth);
    case Operation::Get:
        return get(std::move(context), step, at, lane, depth);
    case Operation::Join:
        return join(std::move(context), step, at, lane, depth);
    case Operation::TaskDone:
        break;
    }
    return StepKind::run(std::move(context), step, at, lane, depth);
}

// A put on a queue that is not full takes no turn of the loop (queues.py 124: the while loop is
// skipped), so only one that must wait is drawn.
QCoro::Task<> QueueStep::put(std::shared_ptr<RunContext> context, const Step *step, CodeLocation at,
                             int lane, int depth)
{
    AsyncQueue<PyValue> &queue = queueOf(*context, *step);
    PyValue item = PyValue::str(step->formatted ? context->frames().format(step->text, lane, depth)
                                                : step->text);
    if (!queue.full()) {
        queue.putNowait(std::move(item));
        context->wakes().put(step->objectIndex, lane, queue.maxsize());
        co_return;
    }
    ObjectWait wait(context, *step, at, lane, depth, LoopEvent::Await::QueuePut);
    wait.begin();
    std::exception_ptr error;
    try {
        co_await queue.put(std::move(item));
        wait.setWaker(context->wakes().put(step->objectIndex, lane, queue.maxsize()));
    } catch (...) {
        error = std::current_exception();
    }
    wait.end(error);
}

QCoro::Task<> QueueStep::get(std::shared_ptr<RunContext> context, const Step *step, CodeLocation at,
                             int lane, int depth)
{
    AsyncQueue<PyValue> &queue = queueOf(*context, *step);
    PyValue item;
    if (!queue.empty()) {
        item = queue.getNowait();
        context->wakes().taken(step->objectIndex, lane, queue.maxsize());
    } else {
        ObjectWait wait(context, *step, at, lane, depth, LoopEvent::Await::QueueGet);
        wait.begin();
        std::exception_ptr error;
        try {
            item = co_await queue.get();
            wait.setWaker(context->wakes().taken(step->objectIndex, lane, queue.maxsize()));
        } catch (...) {
            error = std::current_exception();
        }
        wait.end(error);
    }
    StepExecutor::bind(*context, *step, item, lane, depth);
}

QCoro::Task<> QueueStep::join(std::shared_ptr<RunContext> context, const Step *step,
                              CodeLocation at, int lane, int depth)
{
    AsyncQueue<PyValue> &queue = queueOf(*context, *step);
    if (queue.unfinishedTasks() == 0)
        co_return; // the Event is set: wait() returns at once
    co_await ObjectWait::await(
        queue.join(), ObjectWait(context, *step, at, lane, depth, LoopEvent::Await::QueueJoin));
}

void QueueStep::writePython(const Step &step, const CodeLocation &at, StepCode &code) const
{
    const QString object = CodeSyntax::pythonName(step.objectName);
    switch (m_operation) {
    case Operation::Put:
        code.out.add(at, QStringLiteral("await %1.put(%2)")
                             .arg(object, LogStep::pythonText(step, code.out.language())));
        return;
    case Operation::Get:
        code.out.add(at,
                     CallStep::pythonBinding(step) + QStringLiteral("await %1.get()").arg(object));
        return;
    case Operation::TaskDone:
        code.out.add(at, QStringLiteral("%1.task_done()").arg(object));
        return;
    case Operation::Join:
        break;
    }
    code.out.add(at, QStringLiteral("await %1.join()").arg(object));
}

// The C++ program refuses values (CppProgram): a put's item is a literal there, and a get binds
// nothing.
void QueueStep::writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const
{
    const QString object = CodeSyntax::cppName(step.objectName);
    QString call = QStringLiteral("%1->%2(").arg(object, cppMethod());
    if (m_operation == Operation::Put)
        call += LogStep::cppText(step, code.out.language());
    call += QLatin1Char(')');
    if (m_operation == Operation::TaskDone) {
        code.out.add(at, call + QLatin1Char(';'));
        return;
    }
    call = QStringLiteral("co_await ") + call;
    if (m_operation == Operation::Get && !step.variable.isEmpty()) // the item is a str
        call = QStringLiteral("%1 = ck::PyValue::str(%2)")
                   .arg(CodeSyntax::cppName(step.variable), call);
    code.out.add(at, call + QLatin1Char(';'));
}

bool QueueStep::awaitsInCpp(const Step &, bool async) const
{
    return async && m_operation != Operation::TaskDone;
}

QJsonObject QueueStep::schema() const
{
    static const char *const descriptions[]{
        R"json({"description": "await queue.put(item): waits while the Queue is full; the item is a text or an f-string.",
        "required": ["%1"], "properties": {"%1": {"type": "object", "additionalProperties": false,
        "required": ["queue", "item"], "properties": {"queue": {"$ref": "#/$defs/name"},
            "item": {"$ref": "#/$defs/formattable"}}}}})json",
        R"json({"description": "item = await queue.get(): waits while the Queue is empty; \"as\" names the variable the item is bound to.",
        "required": ["%1"], "properties": {"%1": {"oneOf": [{"$ref": "#/$defs/name"},
            {"type": "object", "additionalProperties": false, "required": ["queue"],
            "properties": {"queue": {"$ref": "#/$defs/name"}, "as": {"$ref": "#/$defs/variable"}}}]}}})json",
        R"json({"description": "queue.task_done(): one item got is done (ValueError when called more often than items were put).",
        "required": ["%1"], "properties": {"%1": {"$ref": "#/$defs/name"}}})json",
        R"json({"description": "await queue.join(): waits until every item put in the Queue is marked done with task_done().",
        "required": ["%1"], "properties": {"%1": {"$ref": "#/$defs/name"}}})json"};
    return schemaOf(descriptions[int(m_operation)]);
}

QJsonValue QueueStep::example() const
{
    if (m_operation == Operation::Put)
        return QJsonObject{{queueKey, QStringLiteral("queue")}, {itemKey, QStringLiteral("latte")}};
    if (m_operation == Operation::Get)
        return QJsonObject{{queueKey, QStringLiteral("queue")}, {asKey, QStringLiteral("item")}};
    return QStringLiteral("queue");
}

// get is edited as "order = orders" (or "orders"), as a call is; put as its JSON object.
QString QueueStep::editText(const QJsonValue &value) const
{
    if (m_operation != Operation::Get || !value.isObject())
        return StepKind::editText(value);
    const QJsonObject object = value.toObject();
    const QString queue = object.value(queueKey).toString();
    return object.contains(asKey) ? object.value(asKey).toString() + QStringLiteral(" = ") + queue
                                  : queue;
}

std::optional<QJsonValue> QueueStep::fromEditText(const QString &text, const QJsonValue &old,
                                                  QString *error) const
{
    if (m_operation == Operation::Put)
        return objectFromEditText(
            text,
            tr("\"put\" takes an object such as {\"queue\": \"orders\", \"item\": \"latte\"}"),
            error);
    if (m_operation != Operation::Get || !text.contains(u'='))
        return StepKind::fromEditText(text, old, error);
    const qsizetype equals = text.indexOf(u'=');
    const QString variable = text.left(equals).trimmed();
    const QString queue = text.mid(equals + 1).trimmed();
    if (!FString::isVariableName(variable) || queue.isEmpty()) {
        if (error)
            *error = tr("expected \"queue\" or \"item = queue\"");
        return std::nullopt;
    }
    return QJsonObject{{queueKey, queue}, {asKey, variable}};
}

} // namespace ck
