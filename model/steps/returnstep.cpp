#include "returnstep.h"

#include "codegen/codesyntax.h"
#include "codegen/programtext.h"
#include "codegen/stepcode.h"
#include "logstep.h"
#include "run/runcontext.h"
#include "scenario/fstring.h"
#include "scenario/step.h"

namespace ck {

bool ReturnStep::read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                      Step &step) const
{
    return LogStep::readFormattable(key(), value, path, reader, step);
}

QString ReturnStep::returnedVariable(const Step &step)
{
    QString error;
    const std::optional<FString> parsed =
        step.formatted ? FString::parse(step.text.english(), &error) : std::nullopt;
    return parsed ? parsed->soleName() : QString();
}

ScenarioCost::Cost ReturnStep::cost(const Step &step, ScenarioCost &) const
{
    ScenarioCost::Cost cost;
    cost.text = step.textBound; // the value the run keeps, as the validator bounds it
    return cost;
}

std::chrono::nanoseconds ReturnStep::idealTime(const Step &, IdealTime &) const
{
    return std::chrono::nanoseconds(0);
}

int ReturnStep::runInline(RunContext &context, const Step &step, const CodeLocation &, int lane,
                          int depth) const
{
    LocalFrames &frames = context.frames();
    PyValue value = frames.evaluate(step.text, step.formatted, lane, depth);
    frames.at(lane, depth).returned = std::move(value);
    return -1;
}

void ReturnStep::writePython(const Step &step, const CodeLocation &at, StepCode &code) const
{
    const QString variable = returnedVariable(step);
    code.out.add(at, QStringLiteral("return %1")
                         .arg(variable.isEmpty() ? LogStep::pythonText(step, code.out.language())
                                                 : variable));
}

void ReturnStep::writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const
{
    // return data: the value itself; else a str, the f-string rendered.
    const QString variable = returnedVariable(step);
    const QString value = variable.isEmpty() ? QStringLiteral("ck::PyValue::str(%1)")
                                                   .arg(LogStep::cppText(step, code.out.language()))
                                             : CodeSyntax::cppName(variable);
    code.out.add(at,
                 QStringLiteral("%1 %2;").arg(
                     code.async ? QStringLiteral("co_return") : QStringLiteral("return"), value));
}

QJsonObject ReturnStep::schema() const
{
    QJsonObject entry = schemaOf(R"json({"required": ["%1"], "description":
        "return \"text\" (or f\"...\"; {\"f\": \"{name}\"} returns the variable): ends the routine."})json");
    entry.insert(QStringLiteral("properties"), QJsonObject{{key(), LogStep::formattableSchema()}});
    return entry;
}

QString ReturnStep::editText(const QJsonValue &value) const
{
    return LogStep().editText(value);
}

std::optional<QJsonValue> ReturnStep::fromEditText(const QString &text, const QJsonValue &old,
                                                   QString *error) const
{
    return LogStep().fromEditText(text, old, error);
}

} // namespace ck
