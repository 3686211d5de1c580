#include "callstep.h"

#include "codegen/codesyntax.h"
#include "codegen/programtext.h"
#include "codegen/stepcode.h"
#include "run/idealtime.h"
#include "run/stepexecutor.h"
#include "scenario/fstring.h"
#include "scenario/jsonfieldreader.h"
#include "scenario/jsonpath.h"

#include <QJsonObject>

namespace ck {

namespace {

const QString routineKey = QStringLiteral("routine");
const QString asKey = QStringLiteral("as");
const QString addToKey = QStringLiteral("add_to");

} // namespace

bool CallStep::read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                    Step &step) const
{
    const JsonPath at = path.key(key());
    if (value.isObject()) { // {"routine": r, "as": v} or {"routine": r, "add_to": v}
        const QJsonObject object = value.toObject();
        if (!reader.checkKeys(object, at, {routineKey, asKey, addToKey}) ||
            !reader.require(object, at, routineKey))
            return false;
        const QJsonValue routine = object.value(routineKey);
        if (!routine.isString())
            return reader.fail(at.key(routineKey),
                               tr("\"routine\" must be the name of a routine, found %1")
                                   .arg(JsonFieldReader::describe(routine)));
        step.routineNames = QStringList{routine.toString()};
        return readBinding(object, at, reader, step, true);
    }
    if (!value.isString())
        return reader.fail(path, tr("\"call\" must be the name of a routine or an object such "
                                    "as {\"routine\": \"fetch\", \"as\": \"data\"}, found %1")
                                     .arg(JsonFieldReader::describe(value)));
    step.routineNames = QStringList{value.toString()};
    return true;
}

bool CallStep::readBinding(const QJsonObject &object, const JsonPath &path, JsonFieldReader &reader,
                           Step &step, bool allowAddTo)
{
    if (object.contains(asKey) && object.contains(addToKey))
        return reader.fail(path.key(addToKey), tr("\"as\" and \"add_to\" cannot go together"));
    const QString &bindKey = allowAddTo && object.contains(addToKey) ? addToKey : asKey;
    if (!object.contains(bindKey))
        return true;
    const QJsonValue name = object.value(bindKey);
    if (!name.isString() || !FString::isVariableName(name.toString()))
        return reader.fail(
            path.key(bindKey),
            tr("%1 must be a variable's name (letters, digits and _, not a keyword "
               "of Python or C++), found %2")
                .arg(JsonFieldReader::quotedKey(bindKey), JsonFieldReader::describe(name)));
    step.variable = name.toString();
    step.addsTo = bindKey == addToKey;
    return true;
}

ScenarioCost::Cost CallStep::cost(const Step &step, ScenarioCost &costs) const
{
    ScenarioCost::Cost cost = costs.awaited(step.routineIndices.front());
    cost.text += step.textBound; // the value it binds, as the validator bounds it
    return cost;
}

std::chrono::nanoseconds CallStep::idealTime(const Step &step, IdealTime &ideal) const
{
    return ideal.routine(step.routineIndices.front());
}

QCoro::Task<> CallStep::run(std::shared_ptr<RunContext> context, const Step *step, CodeLocation at,
                            int lane, int depth) const
{
    if (step->variable.isEmpty())
        return StepExecutor::call(std::move(context), step->routineIndices.front(), at, lane,
                                  depth);
    return callAndBind(std::move(context), step, at, lane, depth);
}

QCoro::Task<> CallStep::callAndBind(std::shared_ptr<RunContext> context, const Step *step,
                                    CodeLocation at, int lane, int depth)
{
    const PyValue value = co_await StepExecutor::callReturning(
        context, step->routineIndices.front(), at, lane, depth);
    StepExecutor::bind(*context, *step, value, lane, depth);
}

void CallStep::writePython(const Step &step, const CodeLocation &at, StepCode &code) const
{
    code.out.add(at, pythonBinding(step) + pythonCall(step.routineNames.front(), code.async));
}

void CallStep::writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const
{
    code.out.add(at, cppBinding(step) + cppCall(step.routineNames.front(), code.async));
}

QString CallStep::pythonBinding(const Step &step)
{
    if (step.variable.isEmpty())
        return {};
    return step.variable + (step.addsTo ? QStringLiteral(" += ") : QStringLiteral(" = "));
}

QString CallStep::cppBinding(const Step &step)
{
    if (step.variable.isEmpty())
        return {};
    // Every variable is declared at the top of its function (CppProgram).
    return CodeSyntax::cppName(step.variable) +
           (step.addsTo ? QStringLiteral(" += ") : QStringLiteral(" = "));
}

QString CallStep::pythonCall(const QString &routine, bool async)
{
    return (async ? QStringLiteral("await %1()") : QStringLiteral("%1()"))
        .arg(CodeSyntax::pythonName(routine));
}

QString CallStep::cppCall(const QString &routine, bool async)
{
    return QStringLiteral("%1%2();").arg(async ? QStringLiteral("co_await ") : QString(),
                                         CodeSyntax::cppName(routine));
}

QJsonObject CallStep::schema() const
{
    return schemaOf(
        R"json({"description": "await routine(): runs the routine to its end; data = await routine() with \"as\", data += with \"add_to\".",
        "required": ["%1"], "properties": {"%1": {"oneOf": [{"$ref": "#/$defs/name"},
        {"type": "object", "additionalProperties": false, "required": ["routine"],
         "properties": {"routine": {"$ref": "#/$defs/name"}, "as": {"$ref": "#/$defs/variable"},
                        "add_to": {"$ref": "#/$defs/variable"}},
         "not": {"required": ["as", "add_to"]}}]}}})json");
}

QJsonObject CallStep::schemaDefinitions() const
{
    return schemaOf(
        R"json({"variable": {"type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,63}$",
        "description": "A local variable of the function: not a keyword of Python or C++."}})json");
}

// "fetch" or "data = fetch" / "data += fetch": the line of Python without its await.
QString CallStep::editText(const QJsonValue &value) const
{
    if (!value.isObject())
        return StepKind::editText(value);
    const QJsonObject object = value.toObject();
    const QString routine = object.value(routineKey).toString();
    if (object.contains(addToKey))
        return object.value(addToKey).toString() + QStringLiteral(" += ") + routine;
    if (object.contains(asKey))
        return object.value(asKey).toString() + QStringLiteral(" = ") + routine;
    return routine;
}

std::optional<QJsonValue> CallStep::fromEditText(const QString &text, const QJsonValue &,
                                                 QString *error) const
{
    const bool adds = text.contains(QStringLiteral("+="));
    const qsizetype equals = text.indexOf(adds ? QStringLiteral("+=") : QStringLiteral("="));
    if (equals < 0)
        return QJsonValue(text.trimmed());
    const QString variable = text.left(equals).trimmed();
    const QString routine = text.mid(equals + (adds ? 2 : 1)).trimmed();
    if (!FString::isVariableName(variable) || routine.isEmpty()) {
        if (error)
            *error = tr("expected \"routine\", \"data = routine\" or \"data += routine\"");
        return std::nullopt;
    }
    return QJsonObject{{routineKey, routine}, {adds ? addToKey : asKey, variable}};
}

} // namespace ck
