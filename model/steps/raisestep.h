#pragma once

#include "stepkind.h"

#include <QCoreApplication>
#include <QStringList>

namespace ck {

// {"raise": {"type": "ValueError", "message": "bad response"}}: raise ValueError("bad response").
// The coroutine that runs it fails with the exception (a PythonException), which travels as in
// asyncio: `await routine()` raises it again in the caller, a task keeps it, gather raises the
// first one in its awaiter (or returns it with return_exceptions), and main() ends with it.
class RaiseStep : public StepKind
{
    Q_DECLARE_TR_FUNCTIONS(RaiseStep)

public:
    QString key() const override { return QStringLiteral("raise"); }
    bool read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
              Step &step) const override;
    ScenarioCost::Cost cost(const Step &step, ScenarioCost &costs) const override;
    std::chrono::nanoseconds idealTime(const Step &step, IdealTime &ideal) const override;
    bool runsInline() const override { return true; }
    int runInline(RunContext &context, const Step &step, const CodeLocation &at, int lane,
                  int depth) const override;
    void writePython(const Step &step, const CodeLocation &at, StepCode &code) const override;
    void writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const override;
    void addCppNeeds(const Step &step, CppPrelude::Needs &needs) const override;
    QJsonObject schema() const override;
    QJsonValue example() const override;
    // "ValueError: bad response".
    QString editText(const QJsonValue &value) const override;
    std::optional<QJsonValue> fromEditText(const QString &text, const QJsonValue &old,
                                           QString *error) const override;

    // The built-in exceptions a step may raise: those whose traceback ends "Type: message" for
    // any one-line message (not KeyError, whose line quotes it; not BaseExceptions).
    static const QStringList &types();

private:
    bool readMessage(const QJsonObject &object, const JsonPath &path, JsonFieldReader &reader,
                     Step &step) const;
};

} // namespace ck
