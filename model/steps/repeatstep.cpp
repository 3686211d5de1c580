#include "repeatstep.h"

#include "callstep.h"
#include "codegen/codesyntax.h"
#include "codegen/programtext.h"
#include "codegen/stepcode.h"
#include "run/idealtime.h"
#include "run/runcontext.h"
#include "run/stepexecutor.h"
#include "scenario/jsonfieldreader.h"
#include "scenario/jsonpath.h"
#include "scenario/scenariolimits.h"
#include "scenario/step.h"
#include "stepkinds.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace ck {

namespace {

const QString timesKey = QStringLiteral("times");
const QString asKey = QStringLiteral("as");
const QString stepsKey = QStringLiteral("steps");

} // namespace

bool RepeatStep::read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                      Step &step) const
{
    const JsonPath at = path.key(key());
    if (!value.isObject())
        return reader.fail(at, tr("\"repeat\" must be an object such as {\"times\": 3, \"as\": "
                                  "\"i\", \"steps\": [...]}, found %1")
                                   .arg(JsonFieldReader::describe(value)));
    const QJsonObject object = value.toObject();
    if (!reader.checkKeys(object, at, {timesKey, asKey, stepsKey}) ||
        !reader.require(object, at, timesKey) || !reader.require(object, at, stepsKey) ||
        !readTimes(object.value(timesKey), at.key(timesKey), reader, step) ||
        !CallStep::readBinding(object, at, reader, step, false))
        return false;
    step.blocks.push_back({StepBlock::Role::Body, {}, {}});
    return reader.readSteps(object.value(stepsKey), at.key(stepsKey), step.blocks.back().steps);
}

bool RepeatStep::readTimes(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                           Step &step) const
{
    const double times = value.toDouble(-1);
    if (!value.isDouble() || times < 0 || times > double(ScenarioLimits::maxRepeatTimes) ||
        times != std::floor(times))
        return reader.fail(path, tr("\"times\" must be a whole number from 0 to %1, found %2")
                                     .arg(QString::number(ScenarioLimits::maxRepeatTimes),
                                          JsonFieldReader::describe(value)));
    step.times = qint64(times);
    return true;
}

JsonPath RepeatStep::blockPath(const Step &, const JsonPath &path, std::size_t) const
{
    return path.key(key()).key(stepsKey);
}

ScenarioCost::Cost RepeatStep::cost(const Step &step, ScenarioCost &costs) const
{
    return costs.steps(step.blocks.front().steps).times(double(step.times));
}

std::chrono::nanoseconds RepeatStep::idealTime(const Step &step, IdealTime &ideal) const
{
    return ideal.steps(step.blocks.front().steps) * step.times;
}

QCoro::Task<> RepeatStep::run(std::shared_ptr<RunContext> context, const Step *step,
                              CodeLocation at, int lane, int depth) const
{
    const CodeLocation owner{at.owner, at.index, -1};
    for (qint64 i = 0; i < step->times; ++i) {
        if (!step->variable.isEmpty()) {
            // An int prints as its digits, and an f-string of the body is the only place the
            // validator lets the loop's variable go (VariableFlow): its str is all it needs.
            context->frames()
                .at(lane, depth)
                .variables.insert(step->variable, PyValue::str(LocalizedText(QString::number(i))));
        }
        context->throwIfCancelled();
        co_await StepExecutor::runSteps(context, &step->blocks.front().steps, owner, lane, depth);
    }
}

void RepeatStep::writePythonBody(const std::vector<Step> &steps, StepCode &code)
{
    code.out.indent();
    code.writeBlock(steps);
    if (steps.empty())
        code.out.add(QStringLiteral("pass"));
    code.out.dedent();
}

void RepeatStep::writeCppBody(const std::vector<Step> &steps, StepCode &code)
{
    code.out.indent();
    code.writeBlock(steps);
    code.out.dedent();
    code.out.add(QStringLiteral("}"));
}

void RepeatStep::writePython(const Step &step, const CodeLocation &at, StepCode &code) const
{
    code.out.add(at, QStringLiteral("for %1 in range(%2):")
                         .arg(step.variable.isEmpty() ? QStringLiteral("_") : step.variable)
                         .arg(step.times));
    writePythonBody(step.blocks.front().steps, code);
}

void RepeatStep::writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const
{
    // "as" names the counter, an int as in Python; without it the counter is the loop's own.
    const bool kept = !step.variable.isEmpty() && code.keepsLoopVariable(step);
    const QString counter = step.variable.isEmpty() || kept
                                ? QStringLiteral("round%1").arg(step.order)
                                : CodeSyntax::cppName(step.variable);
    code.out.add(
        at, QStringLiteral("for (long long %1 = 0; %1 < %2; ++%1) {").arg(counter).arg(step.times));
    if (kept) // used after the loop, where Python's keeps its last value
        code.out.add(QStringLiteral("    %1 = ck::PyValue::str(ck::str(%2)); // %3")
                         .arg(CodeSyntax::cppName(step.variable), counter,
                              code.out.say(QStringLiteral("outlives the loop, as in Python"),
                                           QStringLiteral("파이썬처럼 반복문이 끝나도 "
                                                          "남습니다"))));
    writeCppBody(step.blocks.front().steps, code);
}

bool RepeatStep::anyAwaitsInCpp(const std::vector<Step> &steps, bool async)
{
    for (const Step &nested : steps) {
        if (StepKinds::of(nested).awaitsInCpp(nested, async))
            return true;
    }
    return false;
}

bool RepeatStep::awaitsInCpp(const Step &step, bool async) const
{
    return anyAwaitsInCpp(step.blocks.front().steps, async);
}

QJsonObject RepeatStep::schema() const
{
    return schemaOf(R"json({"description":
        "for i in range(times): the steps, times times; \"as\" names the loop's int.",
        "required": ["%1"], "properties": {"%1": {"type": "object", "additionalProperties": false,
        "required": ["times", "steps"],
        "properties": {"times": {"type": "integer", "minimum": 0, "maximum": 1000000},
            "as": {"$ref": "#/$defs/variable"}, "steps": {"$ref": "#/$defs/steps"}}}}})json");
}

QJsonValue RepeatStep::example() const
{
    return QJsonObject{
        {timesKey, 3},
        {asKey, QStringLiteral("i")},
        {stepsKey, QJsonArray{QJsonObject{
                       {QStringLiteral("log"),
                        QJsonObject{{QStringLiteral("f"), QStringLiteral("round {i}")}}}}}}};
}

std::optional<QJsonValue> RepeatStep::fromEditText(const QString &text, const QJsonValue &,
                                                   QString *error) const
{
    return objectFromEditText(
        text,
        tr("\"repeat\" takes an object such as {\"times\": 3, \"as\": \"i\", \"steps\": [...]}"),
        error);
}

} // namespace ck
