#include "taskexecutor.h"

#include "objectwait.h"
#include "stepexecutor.h"
#include "steps/stepkind.h"
#include "steps/stepkinds.h"

#include <algorithm>
#include <utility>

namespace ck {

QCoro::Task<> TaskExecutor::run(std::shared_ptr<RunContext> context, int task)
{
    std::exception_ptr error;
    bool holdsPermit = false;
    context->events().note(task, LoopEvent::Kind::Started, CodeLocation::task(task));
    try {
        holdsPermit = co_await admit(context, task);
        co_await runAdmitted(context, task);
    } catch (...) {
        error = std::current_exception();
    }
    finish(*context, task, error, holdsPermit);
    rethrowRaised(error);
}

void TaskExecutor::rethrowRaised(const std::exception_ptr &error)
{
    // A raised exception is the task's, which its awaiter gets as in asyncio; the app's own
    // failures (a download, a predecessor, a stop) stay on the task's span and in the task
    // table, so that whoever awaits it goes on as before.
    if (error && StepExecutor::isRaised(error))
        std::rethrow_exception(error);
}

void TaskExecutor::endUnstarted(RunContext &context, int task)
{
    // No span: its coroutine never ran (CPython never calls it), only its end is an event.
    finish(context, task, std::make_exception_ptr(CancelledError()), false);
}

bool TaskExecutor::isFlat(const std::vector<Step> &steps)
{
    return std::all_of(steps.begin(), steps.end(),
                       [](const Step &step) { return StepKinds::of(step).runsInline(); });
}

Task<> TaskExecutor::spawnFlat(std::shared_ptr<RunContext> context, int task)
{
    // Only what must outlive a suspension lives in this frame (a crowd has a million of them):
    // the steps between two sleeps run in runUntilSleep(), a plain function.
    std::exception_ptr error;
    bool holdsPermit = false;
    int span = -1;     // open while the steps run
    int sleeping = -1; // open while a wait step sleeps
    context->events().note(task, LoopEvent::Kind::Started, CodeLocation::task(task));
    try {
        // admit() in short when there is nothing to wait for: this frame stays small.
        if (needsAdmission(*context, task))
            holdsPermit = co_await startAdmission(context, task);
        else
            context->throwIfCancelled();
        span = beginTaskSpan(*context, task);
        for (int i = 0, wait = runUntilSleep(*context, task, i); wait >= 0;
             wait = runUntilSleep(*context, task, ++i)) {
            const Step &step = flatStep(*context, task, i);
            sleeping = wait;
            const bool slept = co_await context->scheduler().sleep(
                step.duration, context->events().sleepOptions(task));
            sleeping = -1;
            StepKinds::of(step).endInline(*context, wait, slept, CodeLocation::task(task, i), task);
        }
        context->spans().end(std::exchange(span, -1), SpanState::Done);
    } catch (...) {
        error = std::current_exception();
        endFailedSpan(*context, sleeping, error); // Task.cancel() raises in the sleep
        endFailedSpan(*context, span, error);
    }
    finish(*context, task, error, holdsPermit);
    rethrowRaised(error);
}

QCoro::Task<bool> TaskExecutor::startAdmission(const std::shared_ptr<RunContext> &context, int task)
{
    return admit(context, task); // the copy of `context` lives here, not in spawnFlat's frame
}

void TaskExecutor::endFailedSpan(RunContext &context, int span, const std::exception_ptr &error)
{
    if (span >= 0)
        StepExecutor::endSpan(context, span, error); // or left open, as withSpan() leaves it
}

bool TaskExecutor::needsAdmission(RunContext &context, int task)
{
    const ScenarioTask &spec = context.scenario().tasks[std::size_t(task)];
    return !spec.afterIndices().empty() || (context.semaphoreIndex() >= 0 && spec.awaited);
}

int TaskExecutor::beginTaskSpan(RunContext &context, int task)
{
    return context.spans().begin(task, 0, SpanKind::Task,
                                 context.scenario().tasks[std::size_t(task)].name);
}

const Step &TaskExecutor::flatStep(RunContext &context, int task, int step)
{
    return context.scenario().tasks[std::size_t(task)].steps[std::size_t(step)];
}

int TaskExecutor::runUntilSleep(RunContext &context, int task, int &step)
{
    const int steps = int(context.scenario().tasks[std::size_t(task)].steps.size());
    for (; step < steps; ++step) {
        context.throwIfCancelled();
        const Step &current = flatStep(context, task, step);
        const int sleep = StepKinds::of(current).runInline(context, current,
                                                           CodeLocation::task(task, step), task, 1);
        if (sleep >= 0)
            return sleep;
    }
    return -1;
}

QCoro::Task<bool> TaskExecutor::admit(std::shared_ptr<RunContext> context, int task)
{
    co_await awaitPredecessors(context, task);
    const int semaphore = context->semaphoreIndex();
    if (semaphore < 0 || !context->scenario().tasks[std::size_t(task)].awaited)
        co_return false;
    // `async with semaphore:` around the task's steps, as the Python program writes it: the
    // same wait as that of an async_with step on a named Semaphore.
    SyncObjects &objects = context->objects();
    co_await ObjectWait::await(objects.semaphore(semaphore).acquire(),
                               ObjectWait::admission(context, semaphore, task));
    if (context->events().isRecording()) // only the loop events name whom a waiter waits for
        objects.entered(semaphore, task);
    co_return true;
}

QCoro::Task<> TaskExecutor::awaitPredecessors(std::shared_ptr<RunContext> context, int task)
{
    const ScenarioTask &spec = context->scenario().tasks[std::size_t(task)];
    for (const int predecessor : spec.afterIndices()) {
        // The Python program sets done[name] as the predecessor's last line, which a raise or a
        // cancel skips: after a failed task, this one waits until it is cancelled (asyncio.run
        // or its TaskGroup cancels it), or the loop has nothing left to run (a deadlock).
        AsyncEvent &done = context->tasks().doneEvent(predecessor);
        if (done.isSet())
            continue;
        context->events().noteSuspended(task, CodeLocation::task(task),
                                        LoopEvent::Await::Predecessors, {predecessor});
        detail::TaskCore *waiting = context->objects().beginWait();
        std::exception_ptr error;
        try {
            co_await done.wait();
        } catch (...) {
            error = std::current_exception();
        }
        context->objects().endWait(waiting);
        if (error)
            std::rethrow_exception(error);
        context->events().note(task, LoopEvent::Kind::Resumed, CodeLocation::task(task));
    }
    context->throwIfCancelled();
}

QCoro::Task<> TaskExecutor::runAdmitted(std::shared_ptr<RunContext> context, int task)
{
    const ScenarioTask &spec = context->scenario().tasks[std::size_t(task)];
    const int span = context->spans().begin(task, 0, SpanKind::Task, spec.name);
    co_await StepExecutor::withSpan(
        context, span,
        StepExecutor::runSteps(context, &spec.steps.list(), CodeLocation::task(task), task, 1));
}

void TaskExecutor::finish(RunContext &context, int task, const std::exception_ptr &error,
                          bool holdsPermit)
{
    if (error)
        context.tasks().setFailed(task);
    const SpanState state = finishedState(error);
    if (context.events().isClosing() && state == SpanState::Cancelled)
        context.recorder().markCancelledByRun(task);
    context.events().noteFinished(task, CodeLocation::task(task), state, failureReason(error),
                                  error && StepExecutor::isRaised(error));
    context.tasks().setDone(task);
    if (holdsPermit) {
        context.objects().left(context.semaphoreIndex(), task);
        context.objects().semaphore(context.semaphoreIndex()).release();
    }
}

SpanState TaskExecutor::finishedState(const std::exception_ptr &error)
{
    if (!error)
        return SpanState::Done;
    const auto ending = StepExecutor::endingOf(error);
    return ending ? ending->state : SpanState::Failed;
}

QString TaskExecutor::failureReason(const std::exception_ptr &error)
{
    if (!error)
        return {};
    if (const auto ending = StepExecutor::endingOf(error))
        return ending->reason;
    try {
        std::rethrow_exception(error);
    } catch (const std::exception &other) {
        return QString::fromUtf8(other.what());
    } catch (...) {
        return {};
    }
}

} // namespace ck
