#pragma once

#include "callstep.h"

namespace ck {

// {"call_unawaited": "routine"}: routine() in a coroutine without await. Python makes a
// coroutine object and drops it: the routine never runs, and CPython warns at once
// ("RuntimeWarning: coroutine 'routine' was never awaited", on stderr). In the sync mode the
// routine is a plain function and the call runs it.
class UnawaitedCallStep : public CallStep
{
public:
    QString key() const override { return QStringLiteral("call_unawaited"); }
    ScenarioCost::Cost cost(const Step &step, ScenarioCost &costs) const override;
    std::chrono::nanoseconds idealTime(const Step &step, IdealTime &ideal) const override;
    QCoro::Task<> run(std::shared_ptr<RunContext> context, const Step *step, CodeLocation at,
                      int lane, int depth) const override;
    void writePython(const Step &step, const CodeLocation &at, StepCode &code) const override;
    void writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const override;
    bool awaitsInCpp(const Step &, bool) const override { return false; }
    QJsonObject schema() const override;

    // What CPython warns on stderr about a coroutine of `routine` never awaited.
    static QString warning(const QString &routine);
};

} // namespace ck
