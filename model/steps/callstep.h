#pragma once

#include "stepkind.h"

#include <QCoreApplication>

namespace ck {

// {"call": "routine"}: await routine(), which runs inline, in this coroutine, to its end.
class CallStep : public StepKind
{
    Q_DECLARE_TR_FUNCTIONS(CallStep)

public:
    QString key() const override { return QStringLiteral("call"); }
    bool read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
              Step &step) const override;
    ScenarioCost::Cost cost(const Step &step, ScenarioCost &costs) const override;
    std::chrono::nanoseconds idealTime(const Step &step, IdealTime &ideal) const override;
    QCoro::Task<> run(std::shared_ptr<RunContext> context, const Step *step, CodeLocation at,
                      int lane, int depth) const override;
    void writePython(const Step &step, const CodeLocation &at, StepCode &code) const override;
    void writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const override;
    bool awaitsInCpp(const Step &, bool async) const override { return async; }
    QJsonObject schema() const override;
    QJsonValue example() const override { return QStringLiteral("routine_1"); }

    // `await name()` (`name()` in the sync mode), in each language.
    static QString pythonCall(const QString &routine, bool async);
    static QString cppCall(const QString &routine, bool async);
};

} // namespace ck
