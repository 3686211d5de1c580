#pragma once

#include "stepkind.h"

#include <QCoreApplication>

namespace ck {

// What a wait and a block share: a number of seconds that the step takes.
class TimedStep : public StepKind
{
    Q_DECLARE_TR_FUNCTIONS(TimedStep)

public:
    bool read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
              Step &step) const override;
    ScenarioCost::Cost cost(const Step &step, ScenarioCost &costs) const override;
    std::chrono::nanoseconds idealTime(const Step &step, IdealTime &ideal) const override;
    bool runsInline() const override { return true; }
    QJsonValue example() const override { return 1; }
    std::optional<QJsonValue> fromEditText(const QString &text, const QJsonValue &old,
                                           QString *error) const override;
};

} // namespace ck
