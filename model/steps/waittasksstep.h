#pragma once

#include "stepkind.h"

#include <QCoreApplication>

namespace ck {

// {"wait_tasks": {"routines": ["a", "b"], "return_when": "FIRST_COMPLETED", "timeout": 2,
// "cancel_pending": true}}:
//     done, pending = await asyncio.wait([asyncio.create_task(a()), ...],
//                                        timeout=2, return_when=asyncio.FIRST_COMPLETED)
//     for task in pending:
//         task.cancel()
// The routines run as tasks on lanes of their own (3.11 deprecates bare coroutines, so the
// program makes the tasks); the caller resumes as `return_when` says (ALL_COMPLETED when
// absent) or at the timeout, on ck::WaitAwaiter. asyncio.wait raises nothing for the tasks. The
// pending ones are cancelled with "cancel_pending", else they keep running and asyncio.run
// cancels those still running at the end. Sync mode refuses it.
class WaitTasksStep : public StepKind
{
    Q_DECLARE_TR_FUNCTIONS(WaitTasksStep)

public:
    QString key() const override { return QStringLiteral("wait_tasks"); }
    bool read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
              Step &step) const override;
    JsonPath routinePath(const JsonPath &step, qsizetype n) const override;
    ScenarioCost::Cost cost(const Step &step, ScenarioCost &costs) const override;
    std::chrono::nanoseconds idealTime(const Step &step, IdealTime &ideal) const override;
    QString modeRefusal(const Step &step, const Strategy &strategy) const override;
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

private:
    bool readOptions(const QJsonObject &object, const JsonPath &at, JsonFieldReader &reader,
                     Step &step) const;
};

} // namespace ck
