#pragma once

#include "stepkind.h"

#include <QCoreApplication>

namespace ck {

// A method call on one of the scenario's objects, named by the step's value: {"set": "ready"}
// is `ready.set()`. Six kinds share the logic, each registered with its operation:
//   set, clear          Event.set() / clear(): set() wakes every waiter on the next iteration
//   wait_event          await Event.wait(): passes at once when set, else waits for set()
//   wait_condition      await Condition.wait(): releases the lock, waits for a notify, takes
//                       the lock again (only inside an async_with of the condition)
//   notify, notify_all  Condition.notify() / notify_all(): wake one / every waiter (idem)
// as CPython 3.11 has them (locks.py), through the engine's AsyncEvent and AsyncCondition.
class ObjectCallStep : public StepKind
{
    Q_DECLARE_TR_FUNCTIONS(ObjectCallStep)

public:
    enum class Operation { Set, Clear, WaitEvent, WaitCondition, Notify, NotifyAll };

    explicit ObjectCallStep(Operation operation) : m_operation(operation) {}

    QString key() const override;
    bool read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
              Step &step) const override;
    QList<NamedObject::Type> objectTypes() const override;
    ScenarioCost::Cost cost(const Step &step, ScenarioCost &costs) const override;
    std::chrono::nanoseconds idealTime(const Step &step, IdealTime &ideal) const override;
    QString modeRefusal(const Step &step, const Strategy &strategy) const override;
    // The calls that do not await run inline.
    bool runsInline() const override { return !awaits(); }
    int runInline(RunContext &context, const Step &step, const CodeLocation &at, int lane,
                  int depth) const override;
    QCoro::Task<> run(std::shared_ptr<RunContext> context, const Step *step, CodeLocation at,
                      int lane, int depth) const override;
    void writePython(const Step &step, const CodeLocation &at, StepCode &code) const override;
    void writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const override;
    bool awaitsInCpp(const Step &step, bool async) const override;
    QJsonObject schema() const override;
    QJsonValue example() const override;

private:
    bool awaits() const
    {
        return m_operation == Operation::WaitEvent || m_operation == Operation::WaitCondition;
    }
    // The method's name in Python ("notify_all") and in the engine ("notifyAll").
    QString pythonMethod() const;
    QString cppMethod() const;

    Operation m_operation;
};

} // namespace ck
