#pragma once

#include "stepkind.h"

#include <QCoreApplication>

namespace ck {

// {"async_with": {"object": "machine", "steps": [...]}}: `async with machine:` around steps, on
// one of the scenario's Locks, Semaphores or Conditions (locks.py 3.11: __aenter__ awaits
// acquire(), __aexit__ calls release()). acquire() passes at once when the object is free and
// nobody queues; otherwise the task is suspended, in line, until the holder releases it. The
// object is released however the steps end (an exception, CancelledError), as Python does. Its
// one block (Step::blocks) is the steps.
class AsyncWithStep : public StepKind
{
    Q_DECLARE_TR_FUNCTIONS(AsyncWithStep)

public:
    QString key() const override { return QStringLiteral("async_with"); }
    bool read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
              Step &step) const override;
    QList<NamedObject::Type> objectTypes() const override;
    JsonPath objectPath(const JsonPath &step) const override;
    JsonPath blockPath(const Step &step, const JsonPath &path, std::size_t n) const override;
    ScenarioCost::Cost cost(const Step &step, ScenarioCost &costs) const override;
    std::chrono::nanoseconds idealTime(const Step &step, IdealTime &ideal) const override;
    QString modeRefusal(const Step &step, const Strategy &strategy) const override;
    QCoro::Task<> run(std::shared_ptr<RunContext> context, const Step *step, CodeLocation at,
                      int lane, int depth) const override;
    void writePython(const Step &step, const CodeLocation &at, StepCode &code) const override;
    void writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const override;
    bool awaitsInCpp(const Step &step, bool async) const override;
    QJsonObject schema() const override;
    QJsonValue example() const override;
    std::optional<QJsonValue> fromEditText(const QString &text, const QJsonValue &old,
                                           QString *error) const override;

    // Sync mode has no event loop for the scenario's objects.
    static QString syncRefusal(const Step &step);

private:
    static QCoro::Task<> acquire(std::shared_ptr<RunContext> context, const Step *step,
                                 CodeLocation at, int lane, int depth);
};

} // namespace ck
