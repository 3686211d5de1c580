#pragma once

#include "stepkind.h"

#include <QCoreApplication>

namespace ck {

template <typename T> class Task;

// {"wait_for": {"routine": "slow_api", "timeout": 2}}: await asyncio.wait_for(slow_api(),
// timeout=2). The routine runs as a task of its own on a lane of its own (wait_for wraps the
// coroutine with ensure_future); when it has not ended by the deadline it is cancelled (its spans
// end cancelled), waited for, and TimeoutError is raised in the caller, from where it travels as
// any raised exception. Python has no wait_for without an event loop: the sync mode refuses it.
class WaitForStep : public StepKind
{
    Q_DECLARE_TR_FUNCTIONS(WaitForStep)

public:
    QString key() const override { return QStringLiteral("wait_for"); }
    bool read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
              Step &step) const override;
    JsonPath routinePath(const JsonPath &step, qsizetype n) const override;
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
    // "slow_api, 2": the routine and the timeout in seconds.
    QString editText(const QJsonValue &value) const override;
    std::optional<QJsonValue> fromEditText(const QString &text, const QJsonValue &old,
                                           QString *error) const override;

    QString modeRefusal(const Step &step, const Strategy &strategy) const override;

private:
    // Awaits the routine's task under the timeout and ends the wait's `span`: timed out when the
    // deadline passed (then TimeoutError goes on as a raised exception), else as it ended.
    static QCoro::Task<> awaitInner(std::shared_ptr<RunContext> context, int span, Task<void> inner,
                                    std::chrono::nanoseconds timeout);
};

} // namespace ck
