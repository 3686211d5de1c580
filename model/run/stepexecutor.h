#pragma once

#include "runcontext.h"

#include "coro/task.h"

#include <QCoroTask>

#include <chrono>
#include <memory>
#include <vector>

namespace ck {

class RunFailure;

// Runs steps as real QCoro coroutines: `wait` awaits the scheduler, `block` holds the loop,
// `call` awaits a routine inline, `gather` spawns routines as tasks of their own and awaits all.
// Every coroutine takes its arguments by value (QCoro's lifetime rule), the context included.
class StepExecutor
{
public:
    // Runs `steps` (those of the task or routine `owner`) on `lane`; their spans nest at
    // `depth`. `steps` belongs to the context's scenario, which the context keeps alive.
    static QCoro::Task<> runSteps(std::shared_ptr<RunContext> context,
                                  const std::vector<Step> *steps, CodeLocation owner, int lane,
                                  int depth);

    // Awaits `routine` inline (`await routine()`) from the step at `from`, inside its own span
    // at `depth`.
    static QCoro::Task<> call(std::shared_ptr<RunContext> context, int routine, CodeLocation from,
                              int lane, int depth);

    // Awaits `body`, then closes `span` as done, or as failed/cancelled and rethrows.
    static QCoro::Task<> withSpan(std::shared_ptr<RunContext> context, int span,
                                  QCoro::Task<> body);
    // Closes `span` as failed or cancelled by `failure`.
    static void endSpan(RunContext &context, int span, const RunFailure &failure);

    // A `wait` step is beginWait, a sleep on the scheduler, then endWait (which throws when the
    // run was stopped); executors that sleep in their own frame use these directly.
    static int beginWait(RunContext &context, std::chrono::nanoseconds duration,
                         const CodeLocation &at, int lane, int depth);
    static void endWait(RunContext &context, int span, bool slept, const CodeLocation &at,
                        int lane);
    // A `block` step (time.sleep), and every wait in sync mode.
    static void block(RunContext &context, std::chrono::nanoseconds duration,
                      const CodeLocation &at, int lane, int depth);

private:
    static QCoro::Task<> runStep(std::shared_ptr<RunContext> context, const Step *step,
                                 CodeLocation at, int lane, int depth);
    static QCoro::Task<> wait(std::shared_ptr<RunContext> context,
                              std::chrono::nanoseconds duration, CodeLocation at, int lane,
                              int depth);
    static QCoro::Task<> gatherRoutines(std::shared_ptr<RunContext> context, const Step *step,
                                        CodeLocation at, int lane, int depth);
    static QCoro::Task<> awaitGathered(std::vector<Task<>> children);
    static QCoro::Task<> runGatheredRoutine(std::shared_ptr<RunContext> context, int routine,
                                            int lane);
};

} // namespace ck
