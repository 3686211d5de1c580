#pragma once

#include "runcontext.h"

#include "coro/task.h"

#include <QCoroTask>

#include <chrono>
#include <exception>
#include <memory>
#include <optional>
#include <vector>

namespace ck {

class CancelledError;

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
    // The same, to the value the routine returns (None without a return step).
    static QCoro::Task<PyValue> callReturning(std::shared_ptr<RunContext> context, int routine,
                                              CodeLocation from, int lane, int depth);
    // Binds `value` as `step` says ("as", "add_to") in the frame at (lane, depth); a TypeError
    // (PythonException) for a += Python refuses.
    static void bind(RunContext &context, const Step &step, const PyValue &value, int lane,
                     int depth);
    // Whether the routine has a return step: the views tell what it returned.
    static bool returnsValue(const Routine &routine);

    // Runs `routine` as the body of a task of its own (wait_for's, a TaskGroup's) on `lane`;
    // whatever ends it, a CancelledError too, is the task's.
    static QCoro::Task<> runAsTask(std::shared_ptr<RunContext> context, int routine, int lane);

    // Awaits `body`, then closes `span` as done, or as failed/cancelled and rethrows.
    static QCoro::Task<> withSpan(std::shared_ptr<RunContext> context, int span,
                                  QCoro::Task<> body);
    // How an error ends the spans it leaves: a RunFailure (the app's: a failed predecessor, a
    // stop) or a PythonException (a raise step, a failed download) ends them failed or cancelled
    // with its reason; anything else leaves them open (nullopt).
    struct Ending
    {
        SpanState state;
        QString reason;
    };
    static std::optional<Ending> endingOf(const std::exception_ptr &error);
    // Closes `span` as `error` ends it; false (the span left open) when it does not.
    static bool endSpan(RunContext &context, int span, const std::exception_ptr &error);
    // Whether `error` is a Python exception a scenario raised (it travels as asyncio's do).
    // A PythonException, or the CancelledError of Task.cancel().
    static bool isRaised(const std::exception_ptr &error);
    // "asyncio.exceptions.CancelledError", the last line of its traceback.
    static QString cancelledText(const CancelledError &error);
};

} // namespace ck
