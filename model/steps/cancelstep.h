#pragma once

#include "stepkind.h"

#include <QCoreApplication>

namespace ck {

// {"cancel": "make_toast"}: make_toast_task.cancel() on a top-level task, from any task or
// routine. As Task.cancel() in CPython 3.11 (tasks.py 188-228): the victim gets CancelledError at
// the await it is suspended on, one loop iteration later (a task not started yet ends without
// running, a task that cancels itself raises at its next await), and whoever awaits it gets
// CancelledError too; on a task that is done it does nothing. The generated program must reach
// the task object, which only create-task mode keeps (main() holds `make_toast_task`): the other
// modes refuse it (Strategy::refusal).
class CancelStep : public StepKind
{
    Q_DECLARE_TR_FUNCTIONS(CancelStep)

public:
    QString key() const override { return QStringLiteral("cancel"); }
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

    // Only create-task mode keeps the task objects that cancel() needs.
    QString modeRefusal(const Step &step, const Strategy &strategy) const override;
    // "make_toast_task.cancel()", as the program writes it and the views show it.
    static QString callText(const QString &task);
};

} // namespace ck
