#include "foreverstep.h"

#include "codegen/programtext.h"
#include "codegen/stepcode.h"
#include "repeatstep.h"
#include "run/runcontext.h"
#include "run/stepexecutor.h"
#include "run/strategy.h"
#include "scenario/jsonfieldreader.h"
#include "scenario/jsonpath.h"
#include "scenario/scenariolimits.h"
#include "scenario/step.h"
#include "scenario/steptree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ck {

bool ForeverStep::read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                       Step &step) const
{
    const JsonPath at = path.key(key());
    if (!value.isArray())
        return reader.fail(at, tr("\"forever\" must be an array of steps, found %1")
                                   .arg(JsonFieldReader::describe(value)));
    step.blocks.push_back({StepBlock::Role::Body, {}, {}});
    if (!reader.readSteps(value, at, step.blocks.back().steps))
        return false;
    if (!maySuspendOrRaise(step.blocks.back().steps))
        return reader.fail(at, tr("the loop never awaits anything that suspends, so it would "
                                  "block the event loop forever"));
    return true;
}

bool ForeverStep::maySuspendOrRaise(const std::vector<Step> &steps)
{
    bool found = false;
    StepTree::forEach(steps, [&found](const Step &step) {
        switch (step.kind) {
        case Step::Kind::Log:
        case Step::Kind::Block:
        case Step::Kind::Cancel:
        case Step::Kind::UnawaitedCall:
        case Step::Kind::Return:
            break;
        case Step::Kind::Try: // their blocks are walked
        case Step::Kind::Repeat:
        case Step::Kind::Forever:
            break;
        default:
            found = true;
        }
    });
    return found;
}

JsonPath ForeverStep::blockPath(const Step &, const JsonPath &path, std::size_t) const
{
    return path.key(key());
}

ScenarioCost::Cost ForeverStep::cost(const Step &step, ScenarioCost &costs) const
{
    // The run's guard lets all forever loops go round this many times together.
    return costs.steps(step.blocks.front().steps).times(ScenarioLimits::maxForeverRounds);
}

std::chrono::nanoseconds ForeverStep::idealTime(const Step &, IdealTime &) const
{
    // Whatever ends the loop (a cancel, asyncio.run's end) sets how long it runs.
    return std::chrono::nanoseconds(0);
}

QString ForeverStep::modeRefusal(const Step &, const Strategy &strategy) const
{
    if (strategy.isAsync())
        return {};
    return tr("while True ends only when its task is cancelled: that needs an event loop, and sync "
              "mode has none");
}

QCoro::Task<> ForeverStep::run(std::shared_ptr<RunContext> context, const Step *step,
                               CodeLocation at, int lane, int depth) const
{
    const CodeLocation owner{at.owner, at.index, -1};
    for (;;) {
        context->throwIfCancelled();
        context->countForeverRound();
        co_await StepExecutor::runSteps(context, &step->blocks.front().steps, owner, lane, depth);
    }
}

void ForeverStep::writePython(const Step &step, const CodeLocation &at, StepCode &code) const
{
    code.out.add(at, QStringLiteral("while True:"));
    RepeatStep::writePythonBody(step.blocks.front().steps, code);
}

void ForeverStep::writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const
{
    code.out.add(at, QStringLiteral("for (;;) {"));
    RepeatStep::writeCppBody(step.blocks.front().steps, code);
}

bool ForeverStep::awaitsInCpp(const Step &step, bool async) const
{
    return RepeatStep::anyAwaitsInCpp(step.blocks.front().steps, async);
}

QJsonObject ForeverStep::schema() const
{
    return schemaOf(R"json({"description":
        "while True: the steps, until the task is cancelled or a step raises; something in them must suspend.",
        "required": ["%1"], "properties": {"%1": {"$ref": "#/$defs/steps"}}})json");
}

QJsonValue ForeverStep::example() const
{
    return QJsonArray{QJsonObject{{QStringLiteral("wait"), 1}},
                      QJsonObject{{QStringLiteral("log"), QStringLiteral("tick")}}};
}

QString ForeverStep::editText(const QJsonValue &value) const
{
    return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
}

std::optional<QJsonValue> ForeverStep::fromEditText(const QString &text, const QJsonValue &,
                                                    QString *error) const
{
    const QString refusal = tr("\"forever\" takes an array of steps such as [{\"wait\": 1}, "
                               "{\"log\": \"tick\"}]");
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parsed);
    if (parsed.error == QJsonParseError::NoError && document.isArray())
        return document.array();
    if (error)
        *error = refusal;
    return std::nullopt;
}

} // namespace ck
