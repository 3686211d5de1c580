#include "strategy.h"

#include "scenario/scenario.h"
#include "scenario/stepfinder.h"
#include "steps/stepkind.h"
#include "steps/stepkinds.h"

namespace ck {

namespace {

constexpr int kMaxBound = 1'000'000;

} // namespace

std::optional<Strategy> Strategy::parse(const QString &text)
{
    if (text == QLatin1String("sync"))
        return Strategy(Kind::Sync);
    if (text == QLatin1String("sequential"))
        return Strategy(Kind::Sequential);
    if (text == QLatin1String("gather"))
        return Strategy(Kind::Gather);
    if (text == QLatin1String("create-task"))
        return Strategy(Kind::CreateTask);
    if (text == QLatin1String("task-group"))
        return Strategy(Kind::TaskGroup);
    const QLatin1String boundedPrefix("bounded:");
    if (text.startsWith(boundedPrefix)) {
        bool ok = false;
        const int limit = text.mid(boundedPrefix.size()).toInt(&ok);
        if (ok && limit >= 1 && limit <= kMaxBound)
            return Strategy(Kind::Bounded, limit);
    }
    return std::nullopt;
}

QString Strategy::usage()
{
    return QStringLiteral(
               "sync, sequential, gather, create-task, bounded:N (N from 1 to %1), task-group")
        .arg(kMaxBound);
}

QString Strategy::name() const
{
    switch (m_kind) {
    case Kind::Sync:
        return QStringLiteral("sync");
    case Kind::Sequential:
        return QStringLiteral("sequential");
    case Kind::Gather:
        return QStringLiteral("gather");
    case Kind::CreateTask:
        return QStringLiteral("create-task");
    case Kind::Bounded:
        return QStringLiteral("bounded:%1").arg(m_limit);
    case Kind::TaskGroup:
        return QStringLiteral("task-group");
    }
    return {};
}

QString Strategy::label() const
{
    switch (m_kind) {
    case Kind::Sync:
        return tr("Sync");
    case Kind::Sequential:
        return tr("Sequential");
    case Kind::Gather:
        return tr("Gather");
    case Kind::CreateTask:
        return tr("create_task");
    case Kind::Bounded:
        return tr("Bounded %1").arg(m_limit);
    case Kind::TaskGroup:
        return tr("TaskGroup");
    }
    return {};
}

bool Strategy::isConcurrent() const
{
    return m_kind == Kind::Gather || m_kind == Kind::CreateTask || m_kind == Kind::Bounded ||
           m_kind == Kind::TaskGroup;
}

QString Strategy::refusal(const Scenario &scenario) const
{
    for (std::size_t i = 0; i < scenario.tasks.size() && !isAsync(); ++i) {
        if (!scenario.tasks[i].awaited)
            return tr("tasks[%1] \"%2\" is created as a task and never awaited: that needs an "
                      "event loop, and sync mode has none")
                .arg(i)
                .arg(scenario.tasks[i].name);
    }
    QString reason;
    const QString where = StepFinder::firstWhere(scenario, [this, &reason](const Step &step) {
        reason = StepKinds::of(step).modeRefusal(step, *this);
        return !reason.isEmpty();
    });
    if (!where.isEmpty())
        return QStringLiteral("%1: %2").arg(where, reason);
    if (isConcurrent())
        return {};
    for (std::size_t i = 0; i < scenario.tasks.size(); ++i) {
        const ScenarioTask &task = scenario.tasks[i];
        for (std::size_t k = 0; k < task.afterIndices().size(); ++k) {
            if (std::size_t(task.afterIndices()[k]) > i)
                return tr("tasks[%1] \"%2\" comes after \"%3\", which runs later in %4 mode")
                    .arg(i)
                    .arg(task.name, task.after().value(int(k)), name());
        }
    }
    return {};
}

} // namespace ck
