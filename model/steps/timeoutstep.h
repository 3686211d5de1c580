#pragma once

#include "stepkind.h"

#include <QCoreApplication>

namespace ck {

class Timeout;

// {"timeout": {"seconds": 2, "steps": [...]}}: `async with asyncio.timeout(2):` around steps
// (3.11 timeouts.py through ck::Timeout). At the deadline the task running the block is
// cancelled at whatever await it is in (a sleep, a call's, a gather, whose children are
// cancelled in turn); leaving the block, that CancelledError becomes TimeoutError when it was
// the task's only cancel request (uncancel() counts them, so of nested timeouts only the one
// that fired speaks, and a task also cancelled from outside stays cancelled). From there it
// travels as a raised exception. A block that ends in time changes nothing. Its one block
// (Step::blocks) is the body. Python has no asyncio.timeout without an event loop: the sync
// mode refuses it.
class TimeoutStep : public StepKind
{
    Q_DECLARE_TR_FUNCTIONS(TimeoutStep)

public:
    QString key() const override { return QStringLiteral("timeout"); }
    bool read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
              Step &step) const override;
    JsonPath blockPath(const Step &step, const JsonPath &path, std::size_t n) const override;
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

private:
    // What the block ends with once the timeout has exited: TimeoutError as a raised
    // exception (it travels as a raise step's), else `error` itself. On TimeoutError the spans
    // of `lane` from `firstSpan` on that the deadline cancelled end timed out.
    static std::exception_ptr leave(RunContext &context, Timeout &timeout, std::exception_ptr error,
                                    const Step &step, const CodeLocation &at, int lane,
                                    int firstSpan);
};

} // namespace ck
