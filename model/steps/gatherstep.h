#pragma once

#include "stepkind.h"

#include <QCoreApplication>

#include <exception>
#include <vector>

namespace ck {

template <typename T> class Task;

// {"gather": ["a", "b"]}: await asyncio.gather(a(), b()): each routine runs as a task of its
// own on a lane of its own, and the step goes on when all are done; in the sync mode the
// routines are called one after the other. {"gather": {"routines": ["a", "b"],
// "return_exceptions": true}}: asyncio.gather(a(), b(), return_exceptions=True), where an
// exception a routine raises is a result instead of ending the gather. "as": "results" binds
// the list of what the routines returned, in the order they are named: results = await
// asyncio.gather(a(), b()).
class GatherStep : public StepKind
{
    Q_DECLARE_TR_FUNCTIONS(GatherStep)

public:
    QString key() const override { return QStringLiteral("gather"); }
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
    QString editText(const QJsonValue &value) const override;
    std::optional<QJsonValue> fromEditText(const QString &text, const QJsonValue &old,
                                           QString *error) const override;

private:
    static void writeCppReturningExceptions(const Step &step, const CodeLocation &at,
                                            StepCode &code);
    // The app's failures of the children (not raised exceptions), in the order they ended.
    using Failures = std::vector<std::exception_ptr>;
    static QCoro::Task<> callAll(std::shared_ptr<RunContext> context, const Step *step,
                                 CodeLocation at, int lane, int depth);
    static QCoro::Task<> awaitGathered(std::shared_ptr<RunContext> context,
                                       std::vector<Task<void>> children,
                                       std::shared_ptr<Failures> failures, bool returnExceptions);
    static QCoro::Task<> runGatheredRoutine(std::shared_ptr<RunContext> context, int routine,
                                            int lane, std::shared_ptr<Failures> failures);
    // The array of names (at `names`; faults about the array as a whole at `path`).
    bool readRoutines(const QJsonValue &value, const JsonPath &path, const JsonPath &names,
                      JsonFieldReader &reader, Step &step) const;
};

} // namespace ck
