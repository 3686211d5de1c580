#pragma once

#include "stepkind.h"

namespace ck {

// {"return": "chunk 1"} (a text in either form): return "chunk 1", which ends the routine with
// the value its caller binds ({"call": {"routine": r, "as": "data"}}). {"return": {"f":
// "{data}"}} returns the variable itself (return data), {"f": "got {data}"} an f-string. A
// routine without one returns None, as in Python. Only routines return: a task's value is its
// "result".
class ReturnStep : public StepKind
{
public:
    QString key() const override { return QStringLiteral("return"); }
    bool read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
              Step &step) const override;
    ScenarioCost::Cost cost(const Step &step, ScenarioCost &costs) const override;
    std::chrono::nanoseconds idealTime(const Step &step, IdealTime &ideal) const override;
    bool runsInline() const override { return true; }
    int runInline(RunContext &context, const Step &step, const CodeLocation &at, int lane,
                  int depth) const override;
    void writePython(const Step &step, const CodeLocation &at, StepCode &code) const override;
    void writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const override;
    QJsonObject schema() const override;
    QJsonValue example() const override { return QStringLiteral("result"); }
    QString editText(const QJsonValue &value) const override;
    std::optional<QJsonValue> fromEditText(const QString &text, const QJsonValue &old,
                                           QString *error) const override;

    // The variable a return step gives back as it is ({"f": "{data}"}), else empty.
    static QString returnedVariable(const Step &step);
};

} // namespace ck
