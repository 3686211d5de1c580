#include "taskexecutor.h"

#include "runfailure.h"
#include "stepexecutor.h"

namespace ck {

QCoro::Task<> TaskExecutor::run(std::shared_ptr<RunContext> context, int task)
{
    std::exception_ptr error;
    bool holdsPermit = false;
    try {
        co_await awaitPredecessors(context, task);
        if (AsyncSemaphore *semaphore = context->semaphore()) {
            co_await semaphore->acquire();
            holdsPermit = true;
        }
        co_await runAdmitted(context, task);
    } catch (...) {
        error = std::current_exception();
    }
    finish(*context, task, error, holdsPermit);
    if (error)
        std::rethrow_exception(error);
}

QCoro::Task<> TaskExecutor::awaitPredecessors(std::shared_ptr<RunContext> context, int task)
{
    const ScenarioTask &spec = context->scenario().tasks[std::size_t(task)];
    for (const int predecessor : spec.afterIndices) {
        co_await context->taskDone(predecessor).wait();
        if (!context->taskFailed(predecessor))
            continue;
        const QString reason = tr("it comes after %1, which failed")
                                   .arg(context->scenario().tasks[std::size_t(predecessor)].name);
        const int span = context->beginSpan(task, 0, SpanKind::Task, spec.name);
        context->endSpan(span, SpanState::Failed, reason);
        throw RunFailure(reason);
    }
    context->throwIfCancelled();
}

QCoro::Task<> TaskExecutor::runAdmitted(std::shared_ptr<RunContext> context, int task)
{
    const ScenarioTask &spec = context->scenario().tasks[std::size_t(task)];
    const int span = context->beginSpan(task, 0, SpanKind::Task, spec.name);
    co_await StepExecutor::withSpan(context, span,
                                    StepExecutor::runSteps(context, &spec.steps, task, 1));
}

void TaskExecutor::finish(RunContext &context, int task, const std::exception_ptr &error,
                          bool holdsPermit)
{
    if (error)
        context.setTaskFailed(task);
    context.taskDone(task).set();
    if (holdsPermit)
        context.semaphore()->release();
}

} // namespace ck
