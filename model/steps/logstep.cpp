#include "logstep.h"

#include "codegen/codesyntax.h"
#include "codegen/programtext.h"
#include "codegen/stepcode.h"
#include "run/runcontext.h"
#include "scenario/fstring.h"
#include "scenario/jsonfieldreader.h"
#include "scenario/jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ck {

namespace {

const QString formatKey = QStringLiteral("f");

} // namespace

bool LogStep::read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                   Step &step) const
{
    return readFormattable(key(), value, path, reader, step);
}

bool LogStep::readFormattable(const QString &key, const QJsonValue &value, const JsonPath &path,
                              JsonFieldReader &reader, Step &step)
{
    const QJsonObject object = value.toObject();
    if (!value.isObject() || !object.contains(formatKey))
        return reader.readText(QJsonObject{{key, value}}, key, path, step.text);
    const JsonPath at = path.key(key);
    if (!reader.checkKeys(object, at, {formatKey}) ||
        !reader.readText(object, formatKey, at, step.text))
        return false;
    step.formatted = true;
    const JsonPath text = at.key(formatKey);
    for (const QString &written : {step.text.english(), step.text.korean()}) {
        QString error;
        if (!FString::parse(written, &error))
            return reader.fail(text, tr("f-string: %1").arg(error));
    }
    return true;
}

QString LogStep::pythonText(const Step &step, Language language)
{
    const QString literal = CodeSyntax::pythonString(step.text.in(language));
    return step.formatted ? QLatin1Char('f') + literal : literal;
}

QString LogStep::cppText(const Step &step, Language language)
{
    QString error;
    const std::optional<FString> parsed =
        step.formatted ? FString::parse(step.text.in(language), &error) : std::nullopt;
    if (!parsed)
        return CodeSyntax::cppString(step.text.in(language));
    QStringList parts;
    for (const FString::Piece &piece : parsed->pieces())
        parts << (piece.isName ? QStringLiteral("ck::str(%1)").arg(CodeSyntax::cppName(piece.text))
                               : CodeSyntax::cppString(piece.text));
    if (parts.isEmpty())
        return QStringLiteral("QString()");
    return parts.join(QStringLiteral(" + "));
}

QJsonObject LogStep::formattableSchema()
{
    return QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/$defs/formattable")}};
}

QJsonObject LogStep::schemaDefinitions() const
{
    const QJsonObject text{{QStringLiteral("$ref"), QStringLiteral("#/$defs/text")}};
    const QJsonObject fstring{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("description"),
         QStringLiteral("An f-string: {name} is a local variable's value, {{ and }} a brace.")},
        {QStringLiteral("additionalProperties"), false},
        {QStringLiteral("required"), QJsonArray{formatKey}},
        {QStringLiteral("properties"), QJsonObject{{formatKey, text}}}};
    return QJsonObject{{QStringLiteral("formattable"),
                        QJsonObject{{QStringLiteral("oneOf"), QJsonArray{text, fstring}}}}};
}

ScenarioCost::Cost LogStep::cost(const Step &step, ScenarioCost &) const
{
    ScenarioCost::Cost cost;
    cost.logLines = 1;
    cost.text = double(step.text.english().size() + step.text.korean().size());
    if (step.formatted) // the values it prints, as the validator bounds them
        cost.text += step.textBound;
    return cost;
}

std::chrono::nanoseconds LogStep::idealTime(const Step &, IdealTime &) const
{
    return std::chrono::nanoseconds(0);
}

int LogStep::runInline(RunContext &context, const Step &step, const CodeLocation &at, int lane,
                       int depth) const
{
    if (step.formatted)
        context.spans().log(lane, context.frames().format(step.text, lane, depth), at);
    else
        context.spans().log(lane, step.text, at);
    return -1;
}

void LogStep::writePython(const Step &step, const CodeLocation &at, StepCode &code) const
{
    code.out.add(at, QStringLiteral("print(%1)").arg(pythonText(step, code.out.language())));
}

void LogStep::writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const
{
    code.out.add(at, QStringLiteral("print(%1);").arg(cppText(step, code.out.language())));
}

QJsonValue LogStep::example() const
{
    return QStringLiteral("Hello");
}

QString LogStep::editText(const QJsonValue &value) const
{
    if (value.isObject() && value.toObject().contains(formatKey)) // {"f": text}
        return editText(value.toObject().value(formatKey));
    if (value.isObject()) // {"en": ..., "ko": ...}
        return value.toObject().value(QStringLiteral("en")).toString();
    return StepKind::editText(value);
}

std::optional<QJsonValue> LogStep::fromEditText(const QString &text, const QJsonValue &old,
                                                QString *error) const
{
    if (old.isObject() && old.toObject().contains(formatKey)) { // stays an f-string
        const std::optional<QJsonValue> inner =
            fromEditText(text, old.toObject().value(formatKey), error);
        if (!inner)
            return std::nullopt;
        return QJsonObject{{formatKey, *inner}};
    }
    if (!old.isObject())
        return QJsonValue(text);
    QJsonObject texts = old.toObject(); // keep the Korean text
    texts.insert(QStringLiteral("en"), text);
    return texts;
}

QJsonObject LogStep::schema() const
{
    QJsonObject entry =
        schemaOf(R"json({"description": "print(...); print(f\"...\") with {\"f\": text}",
                     "required": ["%1"]})json");
    entry.insert(QStringLiteral("properties"), QJsonObject{{key(), formattableSchema()}});
    return entry;
}

} // namespace ck
