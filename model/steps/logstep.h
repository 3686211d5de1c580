#pragma once

#include "stepkind.h"

namespace ck {

// {"log": "text"} or {"log": {"en": ..., "ko": ...}}: print(...), a line in the run's log.
class LogStep : public StepKind
{
public:
    QString key() const override { return QStringLiteral("log"); }
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
    QJsonValue example() const override;
    QString editText(const QJsonValue &value) const override;
    std::optional<QJsonValue> fromEditText(const QString &text, const QJsonValue &old,
                                           QString *error) const override;
};

} // namespace ck
