#include "raisestep.h"

#include "codegen/codesyntax.h"
#include "codegen/programtext.h"
#include "codegen/stepcode.h"
#include "coro/pythonexception.h"
#include "scenario/jsonfieldreader.h"
#include "scenario/jsonpath.h"
#include "scenario/step.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ck {

namespace {

const QString typeKey = QStringLiteral("type");
const QString messageKey = QStringLiteral("message");

} // namespace

const QStringList &RaiseStep::types()
{
    static const QStringList names{QStringLiteral("AssertionError"),
                                   QStringLiteral("ConnectionError"),
                                   QStringLiteral("ConnectionRefusedError"),
                                   QStringLiteral("ConnectionResetError"),
                                   QStringLiteral("Exception"),
                                   QStringLiteral("IndexError"),
                                   QStringLiteral("LookupError"),
                                   QStringLiteral("NotImplementedError"),
                                   QStringLiteral("OSError"),
                                   QStringLiteral("PermissionError"),
                                   QStringLiteral("RuntimeError"),
                                   QStringLiteral("TimeoutError"),
                                   QStringLiteral("TypeError"),
                                   QStringLiteral("ValueError"),
                                   QStringLiteral("ZeroDivisionError")};
    return names;
}

bool RaiseStep::read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                     Step &step) const
{
    const JsonPath at = path.key(key());
    if (!value.isObject())
        return reader.fail(at, tr("\"raise\" must be an object such as {\"type\": \"ValueError\", "
                                  "\"message\": \"bad response\"}, found %1")
                                   .arg(JsonFieldReader::describe(value)));
    const QJsonObject object = value.toObject();
    if (!reader.checkKeys(object, at, {typeKey, messageKey}) ||
        !reader.require(object, at, typeKey))
        return false;
    const QJsonValue type = object.value(typeKey);
    if (!type.isString() || !types().contains(type.toString()))
        return reader.fail(at.key(typeKey), tr("\"type\" must be one of %1, found %2")
                                                .arg(types().join(QStringLiteral(", ")),
                                                     JsonFieldReader::describe(type)));
    step.exceptionType = type.toString();
    return readMessage(object, at, reader, step);
}

bool RaiseStep::readMessage(const QJsonObject &object, const JsonPath &path,
                            JsonFieldReader &reader, Step &step) const
{
    if (!object.contains(messageKey))
        return true; // raise ValueError()
    const QJsonValue message = object.value(messageKey);
    if (!message.isString())
        return reader.fail(
            path.key(messageKey),
            tr("\"message\" must be a string, found %1").arg(JsonFieldReader::describe(message)));
    // The traceback's last line is "Type: message" only for a message of one line.
    const QString text = message.toString();
    if (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')))
        return reader.fail(path.key(messageKey), tr("\"message\" must be one line"));
    step.exceptionMessage = text;
    return true;
}

ScenarioCost::Cost RaiseStep::cost(const Step &step, ScenarioCost &) const
{
    ScenarioCost::Cost cost;
    // The reason is written on the spans it ends, a few of them.
    cost.text = double(step.exceptionType.size() + step.exceptionMessage.size());
    return cost;
}

std::chrono::nanoseconds RaiseStep::idealTime(const Step &, IdealTime &) const
{
    return std::chrono::nanoseconds(0);
}

int RaiseStep::runInline(RunContext &, const Step &step, const CodeLocation &, int, int) const
{
    throw PythonException(step.exceptionType, step.exceptionMessage);
}

void RaiseStep::writePython(const Step &step, const CodeLocation &at, StepCode &code) const
{
    const QString argument = step.exceptionMessage.isEmpty()
                                 ? QString()
                                 : CodeSyntax::pythonString(step.exceptionMessage);
    code.out.add(at, QStringLiteral("raise %1(%2)").arg(step.exceptionType, argument));
}

void RaiseStep::writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const
{
    code.out.add(at, QStringLiteral("throw ck::PythonException(%1, %2);")
                         .arg(CodeSyntax::cppString(step.exceptionType),
                              CodeSyntax::cppString(step.exceptionMessage)));
}

void RaiseStep::addCppNeeds(const Step &, CppPrelude::Needs &needs) const
{
    needs.raises = true;
}

QJsonObject RaiseStep::schema() const
{
    QJsonObject type{{QStringLiteral("enum"), QJsonArray::fromStringList(types())}};
    QJsonObject value = schemaOf(R"json({"type": "object", "additionalProperties": false,
        "required": ["type"], "properties": {"message": {"type": "string", "pattern": "^[^\\r\\n]*$"}}})json");
    QJsonObject properties = value.value(QStringLiteral("properties")).toObject();
    properties.insert(typeKey, type);
    value.insert(QStringLiteral("properties"), properties);
    QJsonObject entry = schemaOf(R"json({"required": ["%1"], "description":
        "raise Type(message): the coroutine fails with a built-in exception."})json");
    entry.insert(QStringLiteral("properties"), QJsonObject{{key(), value}});
    return entry;
}

QJsonValue RaiseStep::example() const
{
    return QJsonObject{{typeKey, QStringLiteral("ValueError")},
                       {messageKey, QStringLiteral("bad response")}};
}

QString RaiseStep::editText(const QJsonValue &value) const
{
    const QJsonObject object = value.toObject();
    return PythonException(object.value(typeKey).toString(), object.value(messageKey).toString())
        .text();
}

std::optional<QJsonValue> RaiseStep::fromEditText(const QString &text, const QJsonValue &,
                                                  QString *error) const
{
    // "ValueError: bad response", as the traceback's last line reads.
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString type = (colon < 0 ? text : text.left(colon)).trimmed();
    if (!types().contains(type)) {
        if (error)
            *error = tr("expected \"Type: message\" with a type among %1")
                         .arg(types().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    QJsonObject value{{typeKey, type}};
    const QString message = colon < 0 ? QString() : text.mid(colon + 1).trimmed();
    if (!message.isEmpty())
        value.insert(messageKey, message);
    return value;
}

} // namespace ck
