#pragma once

#include "stepkind.h"

#include <QCoreApplication>

namespace ck {

// {"call": "routine"}: await routine(), which runs inline, in this coroutine, to its end.
// {"call": {"routine": "r", "as": "data"}}: data = await r(); {"routine": "r", "add_to":
// "data"}: data += await r().
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
    QJsonObject schemaDefinitions() const override;
    QJsonValue example() const override { return QStringLiteral("routine_1"); }
    QString editText(const QJsonValue &value) const override;
    std::optional<QJsonValue> fromEditText(const QString &text, const QJsonValue &old,
                                           QString *error) const override;

    // `await name()` (`name()` in the sync mode), in each language.
    static QString pythonCall(const QString &routine, bool async);
    static QString cppCall(const QString &routine, bool async);
    // "data = " or "data += " before the call when the step binds its value, in each language.
    static QString pythonBinding(const Step &step);
    static QString cppBinding(const Step &step);
    // Reads "as" / "add_to" of an object form at `path` into the step.
    static bool readBinding(const QJsonObject &object, const JsonPath &path,
                            JsonFieldReader &reader, Step &step, bool allowAddTo);

private:
    static QCoro::Task<> callAndBind(std::shared_ptr<RunContext> context, const Step *step,
                                     CodeLocation at, int lane, int depth);
};

} // namespace ck
