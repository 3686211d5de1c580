#include "logstep.h"

#include "codegen/codesyntax.h"
#include "codegen/programtext.h"
#include "codegen/stepcode.h"
#include "run/runcontext.h"
#include "scenario/jsonfieldreader.h"

#include <QJsonObject>

namespace ck {

bool LogStep::read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                   Step &step) const
{
    return reader.readText(QJsonObject{{key(), value}}, key(), path, step.text);
}

ScenarioCost::Cost LogStep::cost(const Step &step, ScenarioCost &) const
{
    ScenarioCost::Cost cost;
    cost.logLines = 1;
    cost.text = double(step.text.english().size() + step.text.korean().size());
    return cost;
}

std::chrono::nanoseconds LogStep::idealTime(const Step &, IdealTime &) const
{
    return std::chrono::nanoseconds(0);
}

int LogStep::runInline(RunContext &context, const Step &step, const CodeLocation &at, int lane,
                       int) const
{
    context.spans().log(lane, step.text, at);
    return -1;
}

void LogStep::writePython(const Step &step, const CodeLocation &at, StepCode &code) const
{
    code.out.add(at, QStringLiteral("print(%1)")
                         .arg(CodeSyntax::pythonString(step.text.in(code.out.language()))));
}

void LogStep::writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const
{
    code.out.add(
        at,
        QStringLiteral("print(%1);").arg(CodeSyntax::cppString(step.text.in(code.out.language()))));
}

QJsonValue LogStep::example() const
{
    return QStringLiteral("Hello");
}

QString LogStep::editText(const QJsonValue &value) const
{
    if (value.isObject()) // {"en": ..., "ko": ...}
        return value.toObject().value(QStringLiteral("en")).toString();
    return StepKind::editText(value);
}

std::optional<QJsonValue> LogStep::fromEditText(const QString &text, const QJsonValue &old,
                                                QString *) const
{
    if (!old.isObject())
        return QJsonValue(text);
    QJsonObject texts = old.toObject(); // keep the Korean text
    texts.insert(QStringLiteral("en"), text);
    return texts;
}

QJsonObject LogStep::schema() const
{
    return schemaOf(R"json({"description": "print(...)", "required": ["%1"],
                     "properties": {"%1": {"$ref": "#/$defs/text"}}})json");
}

} // namespace ck
