#include "callstep.h"

#include "codegen/codesyntax.h"
#include "codegen/programtext.h"
#include "codegen/stepcode.h"
#include "run/idealtime.h"
#include "run/stepexecutor.h"
#include "scenario/jsonfieldreader.h"

namespace ck {

bool CallStep::read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                    Step &step) const
{
    if (!value.isString())
        return reader.fail(path, tr("\"call\" must be the name of a routine, found %1")
                                     .arg(JsonFieldReader::describe(value)));
    step.routineNames = QStringList{value.toString()};
    return true;
}

ScenarioCost::Cost CallStep::cost(const Step &step, ScenarioCost &costs) const
{
    return costs.awaited(step.routineIndices.front());
}

std::chrono::nanoseconds CallStep::idealTime(const Step &step, IdealTime &ideal) const
{
    return ideal.routine(step.routineIndices.front());
}

QCoro::Task<> CallStep::run(std::shared_ptr<RunContext> context, const Step *step, CodeLocation at,
                            int lane, int depth) const
{
    return StepExecutor::call(std::move(context), step->routineIndices.front(), at, lane, depth);
}

void CallStep::writePython(const Step &step, const CodeLocation &at, StepCode &code) const
{
    code.out.add(at, pythonCall(step.routineNames.front(), code.async));
}

void CallStep::writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const
{
    code.out.add(at, cppCall(step.routineNames.front(), code.async));
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
    return schemaOf(R"json({"description": "await routine(): runs the routine to its end.",
        "required": ["%1"], "properties": {"%1": {"$ref": "#/$defs/name"}}})json");
}

} // namespace ck
