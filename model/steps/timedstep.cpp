#include "timedstep.h"

#include "scenario/jsonfieldreader.h"
#include "scenario/step.h"

namespace ck {

bool TimedStep::read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                     Step &step) const
{
    return reader.readSeconds(key(), value, path, step.duration);
}

ScenarioCost::Cost TimedStep::cost(const Step &step, ScenarioCost &) const
{
    ScenarioCost::Cost cost;
    cost.seconds = std::chrono::duration<double>(step.duration).count();
    cost.spans = 1;
    return cost;
}

std::chrono::nanoseconds TimedStep::idealTime(const Step &step, IdealTime &) const
{
    return step.duration;
}

std::optional<QJsonValue> TimedStep::fromEditText(const QString &text, const QJsonValue &,
                                                  QString *error) const
{
    bool number = false;
    const double seconds = text.trimmed().toDouble(&number);
    if (!number) {
        *error = tr("\"%1\" takes a number of seconds, such as 1.5").arg(key());
        return std::nullopt;
    }
    return seconds;
}

} // namespace ck
