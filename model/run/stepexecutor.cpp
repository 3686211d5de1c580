#include "stepexecutor.h"

#include "coro/gatherawaiter.h"
#include "coro/spawn.h"
#include "downloadexecutor.h"
#include "runfailure.h"

#include <QStringList>

namespace ck {

namespace {

QString gatherName(const Step &step)
{
    return QStringLiteral("asyncio.gather(%1)").arg(step.routineNames.join(QStringLiteral(", ")));
}

} // namespace

QCoro::Task<> StepExecutor::runSteps(std::shared_ptr<RunContext> context,
                                     const std::vector<Step> *steps, CodeLocation owner, int lane,
                                     int depth)
{
    for (std::size_t i = 0; i < steps->size(); ++i) {
        context->throwIfCancelled();
        co_await runStep(context, &(*steps)[i], CodeLocation{owner.owner, owner.index, int(i)},
                         lane, depth);
    }
}

QCoro::Task<> StepExecutor::withSpan(std::shared_ptr<RunContext> context, int span,
                                     QCoro::Task<> body)
{
    try {
        co_await body;
    } catch (const RunFailure &failure) {
        endSpan(*context, span, failure);
        throw;
    }
    context->spans().end(span, SpanState::Done);
}

void StepExecutor::endSpan(RunContext &context, int span, const RunFailure &failure)
{
    context.spans().end(span, failure.isCancelled() ? SpanState::Cancelled : SpanState::Failed,
                        failure.reason());
}

QCoro::Task<> StepExecutor::runStep(std::shared_ptr<RunContext> context, const Step *step,
                                    CodeLocation at, int lane, int depth)
{
    switch (step->kind) {
    case Step::Kind::Log:
        context->spans().log(lane, step->text, at);
        break;
    case Step::Kind::Wait:
        co_await wait(context, step->duration, at, lane, depth);
        break;
    case Step::Kind::Block:
        block(*context, step->duration, at, lane, depth);
        break;
    case Step::Kind::Call:
        co_await call(context, step->routineIndices.front(), at, lane, depth);
        break;
    case Step::Kind::Gather:
        co_await gatherRoutines(context, step, at, lane, depth);
        break;
    case Step::Kind::Download:
        co_await DownloadExecutor::run(context, step, at, lane, depth);
        break;
    }
}

QCoro::Task<> StepExecutor::wait(std::shared_ptr<RunContext> context,
                                 std::chrono::nanoseconds duration, CodeLocation at, int lane,
                                 int depth)
{
    if (!context->strategy().isAsync()) {
        block(*context, duration, at, lane, depth); // sync mode: every wait is time.sleep
        co_return;
    }
    const int span = beginWait(*context, duration, at, lane, depth);
    const bool slept =
        co_await context->scheduler().sleep(duration, context->events().sleepOptions(lane));
    endWait(*context, span, slept, at, lane);
}

int StepExecutor::beginWait(RunContext &context, std::chrono::nanoseconds duration,
                            const CodeLocation &at, int lane, int depth)
{
    const QString &name = context.spans().sleepCall(duration, false);
    const int span = context.spans().begin(lane, depth, SpanKind::Wait, name);
    if (context.events().isRecording()) {
        LoopEvent suspended = LoopEvent::of(lane, LoopEvent::Kind::Suspended, at, name);
        suspended.await = LoopEvent::Await::Timer;
        suspended.until = context.time().elapsed() + duration;
        context.events().note(std::move(suspended));
    }
    return span;
}

void StepExecutor::endWait(RunContext &context, int span, bool slept, const CodeLocation &at,
                           int lane)
{
    context.spans().end(span, slept ? SpanState::Done : SpanState::Cancelled);
    context.throwIfCancelled();
    context.events().note(lane, LoopEvent::Kind::Resumed, at);
}

void StepExecutor::block(RunContext &context, std::chrono::nanoseconds duration,
                         const CodeLocation &at, int lane, int depth)
{
    const QString &name = context.spans().sleepCall(duration, true);
    const int span = context.spans().begin(lane, depth, SpanKind::Block, name);
    LoopEvent blocked = LoopEvent::of(lane, LoopEvent::Kind::Blocked, at, name);
    blocked.until = context.time().elapsed() + duration;
    context.events().note(std::move(blocked));
    context.scheduler().block(duration);
    context.spans().end(span, SpanState::Done);
    context.events().note(lane, LoopEvent::Kind::Unblocked, at);
}

QCoro::Task<> StepExecutor::call(std::shared_ptr<RunContext> context, int routine,
                                 CodeLocation from, int lane, int depth)
{
    const Routine &callee = context->scenario().routines[std::size_t(routine)];
    const int span = context->spans().begin(lane, depth, SpanKind::Routine, callee.name);
    context->events().note(
        LoopEvent::of(lane, LoopEvent::Kind::Called, CodeLocation::routine(routine), callee.name));
    co_await withSpan(
        context, span,
        runSteps(context, &callee.steps, CodeLocation::routine(routine), lane, depth + 1));
    context->events().note(LoopEvent::of(lane, LoopEvent::Kind::Returned, from, callee.name));
}

QCoro::Task<> StepExecutor::gatherRoutines(std::shared_ptr<RunContext> context, const Step *step,
                                           CodeLocation at, int lane, int depth)
{
    if (!context->strategy().isAsync()) {
        for (const int routine : step->routineIndices)
            co_await call(context, routine, at, lane, depth);
        co_return;
    }
    const int span = context->spans().begin(lane, depth, SpanKind::Wait, gatherName(*step));
    const Lane parent = context->recorder().lanes()[std::size_t(lane)];
    std::vector<Task<>> children;
    std::vector<int> childLanes;
    for (const int routine : step->routineIndices) {
        const QString &name = context->scenario().routines[std::size_t(routine)].name;
        const int childLane = context->recorder().addLane(
            Lane{parent.name + QLatin1Char('/') + name, lane, parent.task});
        childLanes.push_back(childLane);
        context->events().note(childLane, LoopEvent::Kind::Created, CodeLocation::routine(routine));
        children.push_back(spawn(&context->scheduler(), [context, routine, childLane] {
            return runGatheredRoutine(context, routine, childLane);
        }));
    }
    context->events().noteSuspended(lane, at, LoopEvent::Await::Routines, gatherName(*step),
                                    std::move(childLanes));
    co_await withSpan(context, span, awaitGathered(std::move(children)));
    context->events().note(lane, LoopEvent::Kind::Resumed, at);
}

QCoro::Task<> StepExecutor::awaitGathered(std::vector<Task<>> children)
{
    co_await GatherAwaiter::of(children);
}

QCoro::Task<> StepExecutor::runGatheredRoutine(std::shared_ptr<RunContext> context, int routine,
                                               int lane)
{
    const Routine &callee = context->scenario().routines[std::size_t(routine)];
    const int span = context->spans().begin(lane, 0, SpanKind::Routine, callee.name);
    context->events().note(lane, LoopEvent::Kind::Started, CodeLocation::routine(routine));
    try {
        co_await withSpan(
            context, span,
            runSteps(context, &callee.steps, CodeLocation::routine(routine), lane, 1));
    } catch (const RunFailure &failure) {
        context->events().noteFinished(
            lane, CodeLocation::routine(routine),
            failure.isCancelled() ? SpanState::Cancelled : SpanState::Failed, failure.reason());
        throw;
    }
    context->events().noteFinished(lane, CodeLocation::routine(routine), SpanState::Done);
}

} // namespace ck
