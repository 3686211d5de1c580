#pragma once

#include "stepkind.h"

#include <QCoreApplication>

#include <vector>

namespace ck {

template <typename T> class AsCompleted;
template <typename T> class Task;

// {"as_completed": {"routines": ["a", "b"], "as": "result", "steps": [...]}}:
//     for next_done in asyncio.as_completed([a(), b()]):
//         result = await next_done
//         ...the steps
// The routines run as tasks, each on a lane of its own (as_completed wraps each coroutine with
// ensure_future); each round awaits the next one to finish, in the order they finish (CPython
// 3.11's queue of done callbacks, ck::AsCompleted), binds what it returned and runs the steps.
// An exception a routine raised is raised by its `await next_done`; whatever ends the loop early
// leaves the other tasks running, and asyncio.run cancels them at the end. Sync mode refuses it.
class AsCompletedStep : public StepKind
{
    Q_DECLARE_TR_FUNCTIONS(AsCompletedStep)

public:
    QString key() const override { return QStringLiteral("as_completed"); }
    bool read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
              Step &step) const override;
    JsonPath routinePath(const JsonPath &step, qsizetype n) const override;
    JsonPath blockPath(const Step &step, const JsonPath &path, std::size_t n) const override;
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
    bool readRoutines(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                      Step &step) const;
    // The routines as tasks on lanes of their own under `lane`, gathered by `span`.
    static std::vector<Task<int>> start(std::shared_ptr<RunContext> context, const Step &step,
                                        int lane, int span);
    static QCoro::Task<int> runChild(std::shared_ptr<RunContext> context, int routine, int lane);
    // One round: `await next_done` in `span` (at `depth`), then the value bound; the lane of
    // the task that finished.
    static QCoro::Task<int> awaitNext(std::shared_ptr<RunContext> context, const Step *step,
                                      CodeLocation at, int lane, int depth,
                                      AsCompleted<int> *completed, int span);
    static QCoro::Task<> nextInto(AsCompleted<int> *completed, int *finished);
};

} // namespace ck
