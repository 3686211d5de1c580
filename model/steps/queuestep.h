#pragma once

#include "stepkind.h"

#include <QCoreApplication>

namespace ck {

class PyValue;

// The calls on one of the scenario's asyncio.Queues, as CPython 3.11 has them (queues.py),
// through the engine's AsyncQueue. Four kinds share the logic, each registered with its
// operation:
//   put        {"put": {"queue": "orders", "item": "latte"}}: await orders.put("latte"), which
//              waits while the queue is full (the item may be an f-string: {"f": "order {i}"})
//   get        {"get": "orders"} or {"get": {"queue": "orders", "as": "item"}}:
//              item = await orders.get(), which waits while the queue is empty
//   task_done  {"task_done": "orders"}: orders.task_done(), ValueError when called too often
//   join       {"join": "orders"}: await orders.join(), until every item put is done
// A put, get or join that need not wait returns at once without giving the loop back, as the
// coroutines do in CPython; one that waits is drawn suspended in a wait span.
class QueueStep : public StepKind
{
    Q_DECLARE_TR_FUNCTIONS(QueueStep)

public:
    enum class Operation { Put, Get, TaskDone, Join };

    explicit QueueStep(Operation operation) : m_operation(operation) {}

    QString key() const override;
    bool read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
              Step &step) const override;
    QList<NamedObject::Type> objectTypes() const override;
    JsonPath objectPath(const JsonPath &step) const override;
    ScenarioCost::Cost cost(const Step &step, ScenarioCost &costs) const override;
    std::chrono::nanoseconds idealTime(const Step &step, IdealTime &ideal) const override;
    QString modeRefusal(const Step &step, const Strategy &strategy) const override;
    // task_done() is a plain call.
    bool runsInline() const override { return m_operation == Operation::TaskDone; }
    int runInline(RunContext &context, const Step &step, const CodeLocation &at, int lane,
                  int depth) const override;
    QCoro::Task<> run(std::shared_ptr<RunContext> context, const Step *step, CodeLocation at,
                      int lane, int depth) const override;
    void writePython(const Step &step, const CodeLocation &at, StepCode &code) const override;
    void writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const override;
    bool awaitsInCpp(const Step &step, bool async) const override;
    QJsonObject schema() const override;
    QJsonValue example() const override;
    QString editText(const QJsonValue &value) const override;
    std::optional<QJsonValue> fromEditText(const QString &text, const QJsonValue &old,
                                           QString *error) const override;

private:
    bool readPut(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                 Step &step) const;
    bool readGet(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                 Step &step) const;
    static QCoro::Task<> put(std::shared_ptr<RunContext> context, const Step *step, CodeLocation at,
                             int lane, int depth);
    static QCoro::Task<> get(std::shared_ptr<RunContext> context, const Step *step, CodeLocation at,
                             int lane, int depth);
    static QCoro::Task<> join(std::shared_ptr<RunContext> context, const Step *step,
                              CodeLocation at, int lane, int depth);
    // The method's name in Python ("task_done") and in the engine ("taskDone").
    QString pythonMethod() const;
    QString cppMethod() const;

    Operation m_operation;
};

} // namespace ck
