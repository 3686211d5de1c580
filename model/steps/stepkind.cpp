#include "stepkind.h"

#include "run/runcontext.h"
#include "run/stepexecutor.h"
#include "scenario/jsonpath.h"
#include "scenario/step.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace ck {

JsonPath StepKind::routinePath(const JsonPath &step, qsizetype) const
{
    return step;
}

JsonPath StepKind::blockPath(const Step &, const JsonPath &path, std::size_t) const
{
    return path;
}

QString StepKind::realClockReason(const Step &) const
{
    return {};
}

QCoro::Task<> StepKind::run(std::shared_ptr<RunContext> context, const Step *step, CodeLocation at,
                            int lane, int depth) const
{
    const int span = runInline(*context, *step, at, lane, depth);
    if (span < 0)
        co_return;
    bool slept = false;
    try {
        slept = co_await context->scheduler().sleep(step->duration,
                                                    context->events().sleepOptions(lane));
    } catch (...) {
        StepExecutor::endSpan(*context, span, std::current_exception()); // Task.cancel()
        throw;
    }
    endInline(*context, span, slept, at, lane);
}

QList<NamedObject::Type> StepKind::objectTypes() const
{
    return {};
}

JsonPath StepKind::objectPath(const JsonPath &step) const
{
    return step.key(key());
}

QString StepKind::modeRefusal(const Step &, const Strategy &) const
{
    return {};
}

bool StepKind::runsInline() const
{
    return false;
}

int StepKind::runInline(RunContext &, const Step &, const CodeLocation &, int, int) const
{
    return -1;
}

void StepKind::endInline(RunContext &, int, bool, const CodeLocation &, int) const {}

void StepKind::addCppNeeds(const Step &, CppPrelude::Needs &) const {}

bool StepKind::awaitsInCpp(const Step &, bool) const
{
    return false;
}

QJsonObject StepKind::schemaDefinitions() const
{
    return {};
}

QJsonObject StepKind::schemaOf(const char *json) const
{
    return QJsonDocument::fromJson(
               QString::fromUtf8(json).replace(QStringLiteral("%1"), key()).toUtf8())
        .object();
}

QString StepKind::editText(const QJsonValue &value) const
{
    return plainEditText(value);
}

QString StepKind::plainEditText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 12);
    if (value.isArray()) {
        QStringList names;
        for (const QJsonValue &name : value.toArray())
            names << name.toString();
        return names.join(QStringLiteral(", "));
    }
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

std::optional<QJsonValue> StepKind::objectFromEditText(const QString &text, const QString &refusal,
                                                       QString *error)
{
    const QJsonDocument json = QJsonDocument::fromJson(text.trimmed().toUtf8());
    if (!json.isObject()) {
        if (error)
            *error = refusal;
        return std::nullopt;
    }
    return json.object();
}

std::optional<QJsonValue> StepKind::fromEditText(const QString &text, const QJsonValue &,
                                                 QString *) const
{
    return QJsonValue(text.trimmed());
}

} // namespace ck
