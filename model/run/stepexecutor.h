#pragma once

#include "runcontext.h"

#include "coro/task.h"

#include <QCoroTask>

#include <chrono>
#include <memory>
#include <vector>

namespace ck {

class RunFailure;

// Runs steps as real QCoro coroutines, each through its kind's unit (steps/), and what the kinds
// share: awaiting a routine inline, and closing a span as the awaited body ends. Every coroutine
// takes its arguments by value (QCoro's lifetime rule), the context included.
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
};

} // namespace ck
