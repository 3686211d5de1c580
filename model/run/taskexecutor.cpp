#include "taskexecutor.h"

#include "runfailure.h"
#include "stepexecutor.h"

namespace ck {

QCoro::Task<> TaskExecutor::run(std::shared_ptr<RunContext> context, int task)
{
    std::exception_ptr error;
    bool holdsPermit = false;
    context->note(task, LoopEvent::Kind::Started, CodeLocation::task(task));
    try {
        co_await awaitPredecessors(context, task);
        AsyncSemaphore *semaphore = context->semaphore();
        if (semaphore && context->scenario().tasks[std::size_t(task)].awaited) {
            co_await acquirePermit(context, *semaphore, task);
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

QCoro::Task<> TaskExecutor::acquirePermit(std::shared_ptr<RunContext> context,
                                          AsyncSemaphore &semaphore, int task)
{
    const bool waits = semaphore.available() == 0 || semaphore.waiting() > 0;
    if (waits)
        context->noteSuspended(task, CodeLocation::task(task), LoopEvent::Await::Permit,
                               QStringLiteral("semaphore"));
    co_await semaphore.acquire();
    if (waits)
        context->note(task, LoopEvent::Kind::Resumed, CodeLocation::task(task));
}

QCoro::Task<> TaskExecutor::awaitPredecessors(std::shared_ptr<RunContext> context, int task)
{
    const ScenarioTask &spec = context->scenario().tasks[std::size_t(task)];
    for (const int predecessor : spec.afterIndices) {
        const bool waits = !context->taskDone(predecessor).isSet();
        if (waits)
            context->noteSuspended(task, CodeLocation::task(task), LoopEvent::Await::Predecessors,
                                   context->scenario().tasks[std::size_t(predecessor)].name,
                                   {predecessor});
        co_await context->taskDone(predecessor).wait();
        if (waits)
            context->note(task, LoopEvent::Kind::Resumed, CodeLocation::task(task));
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
    co_await StepExecutor::withSpan(
        context, span,
        StepExecutor::runSteps(context, &spec.steps, CodeLocation::task(task), task, 1));
}

void TaskExecutor::finish(RunContext &context, int task, const std::exception_ptr &error,
                          bool holdsPermit)
{
    if (error)
        context.setTaskFailed(task);
    context.noteFinished(task, CodeLocation::task(task), finishedState(error),
                         failureReason(error));
    context.taskDone(task).set();
    if (holdsPermit)
        context.semaphore()->release();
}

SpanState TaskExecutor::finishedState(const std::exception_ptr &error)
{
    if (!error)
        return SpanState::Done;
    try {
        std::rethrow_exception(error);
    } catch (const RunFailure &failure) {
        return failure.isCancelled() ? SpanState::Cancelled : SpanState::Failed;
    } catch (...) {
        return SpanState::Failed;
    }
}

QString TaskExecutor::failureReason(const std::exception_ptr &error)
{
    if (!error)
        return {};
    try {
        std::rethrow_exception(error);
    } catch (const RunFailure &failure) {
        return failure.reason();
    } catch (const std::exception &other) {
        return QString::fromUtf8(other.what());
    } catch (...) {
        return {};
    }
}

} // namespace ck
