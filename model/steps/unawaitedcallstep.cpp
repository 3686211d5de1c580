#include "unawaitedcallstep.h"

#include "codegen/codesyntax.h"
#include "codegen/programtext.h"
#include "codegen/stepcode.h"
#include "run/idealtime.h"
#include "run/runcontext.h"

namespace ck {

// In the sync mode it is a call; else one line, Python's warning.
ScenarioCost::Cost UnawaitedCallStep::cost(const Step &step, ScenarioCost &costs) const
{
    ScenarioCost::Cost cost = CallStep::cost(step, costs);
    cost.logLines += 1;
    cost.text += double(warning(step.routineNames.front()).size());
    return cost;
}

std::chrono::nanoseconds UnawaitedCallStep::idealTime(const Step &step, IdealTime &ideal) const
{
    return ideal.isAsync() ? std::chrono::nanoseconds(0) : CallStep::idealTime(step, ideal);
}

QCoro::Task<> UnawaitedCallStep::run(std::shared_ptr<RunContext> context, const Step *step,
                                     CodeLocation at, int lane, int depth) const
{
    if (context->strategy().isAsync())
        context->spans().warn(lane, warning(step->routineNames.front()), step->routineNames.front(),
                              at);
    else
        co_await CallStep::run(context, step, at, lane, depth);
}

void UnawaitedCallStep::writePython(const Step &step, const CodeLocation &at, StepCode &code) const
{
    if (!code.async)
        return CallStep::writePython(step, at, code);
    code.out.add(at, QStringLiteral("%1()  # %2")
                         .arg(CodeSyntax::pythonName(step.routineNames.front()),
                              code.out.say(QStringLiteral("no await: it never runs"),
                                           QStringLiteral("await가 없어 실행되지 않습니다"))));
}

void UnawaitedCallStep::writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const
{
    if (!code.async)
        return CallStep::writeCpp(step, at, code);
    const QString name = step.routineNames.front();
    code.out.add(at, QStringLiteral("(void)%1; // %2")
                         .arg(CodeSyntax::cppName(name),
                              code.out.say(QStringLiteral("not called: a QCoro task starts at "
                                                          "once, a Python coroutine not awaited "
                                                          "never runs"),
                                           QStringLiteral("호출하지 않습니다: QCoro 태스크는 "
                                                          "곧바로 시작하지만, await하지 않은 "
                                                          "파이썬 코루틴은 실행되지 않습니다"))));
    code.out.add(at, QStringLiteral("QTextStream(stderr) << %1 << Qt::endl;")
                         .arg(CodeSyntax::cppCString(warning(name))));
}

QString UnawaitedCallStep::warning(const QString &routine)
{
    // CPython's own words (genobject.c, _PyErr_WarnUnawaitedCoroutine), as Python prints them.
    return QStringLiteral("RuntimeWarning: coroutine '%1' was never awaited").arg(routine);
}

QJsonObject UnawaitedCallStep::schema() const
{
    return schemaOf(R"json({"description":
        "routine() without await: the coroutine is made, never runs, and Python warns.",
        "required": ["%1"], "properties": {"%1": {"$ref": "#/$defs/name"}}})json");
}

} // namespace ck
