#pragma once

#include "stepkind.h"

#include "coro/task.h"

#include <QCoreApplication>

#include <utility>
#include <vector>

namespace ck {

class Scheduler;

// {"task_group": ["a", "b"]}: async with asyncio.TaskGroup() as tg: tg.create_task(a()); ...
// Each routine runs as a task of the group on a lane of its own. The first one that raises
// cancels the others (their spans end cancelled); the group waits for all of them and raises an
// ExceptionGroup of the errors ("ExceptionGroup: unhandled errors in a TaskGroup (1
// sub-exception)", the group's own line of CPython's traceback), which travels as any raised
// exception. Python has no TaskGroup without an event loop: the sync mode refuses it.
class TaskGroupStep : public StepKind
{
    Q_DECLARE_TR_FUNCTIONS(TaskGroupStep)

public:
    QString key() const override { return QStringLiteral("task_group"); }
    bool read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
              Step &step) const override;
    JsonPath routinePath(const JsonPath &step, qsizetype n) const override;
    QString modeRefusal(const Step &step, const Strategy &strategy) const override;
    ScenarioCost::Cost cost(const Step &step, ScenarioCost &costs) const override;
    std::chrono::nanoseconds idealTime(const Step &step, IdealTime &ideal) const override;
    QCoro::Task<> run(std::shared_ptr<RunContext> context, const Step *step, CodeLocation at,
                      int lane, int depth) const override;
    void writePython(const Step &step, const CodeLocation &at, StepCode &code) const override;
    void writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const override;
    void addCppNeeds(const Step &step, CppPrelude::Needs &needs) const override;
    bool awaitsInCpp(const Step &, bool async) const override { return async; }
    QJsonObject schema() const override;
    QJsonValue example() const override;
    std::optional<QJsonValue> fromEditText(const QString &text, const QJsonValue &old,
                                           QString *error) const override;

    // `async with asyncio.TaskGroup() as tg:` with one tg.create_task() per task of `tasks`
    // (spawned, not started yet), run as 3.11 does; its ExceptionGroup travels on as a raised
    // exception whose line is the group's own. The step and the task-group mode's main() share
    // it.
    static QCoro::Task<> runGroup(Scheduler &scheduler, std::vector<Task<>> tasks);
};

} // namespace ck
