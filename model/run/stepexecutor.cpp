#include "stepexecutor.h"

#include "runfailure.h"
#include "steps/stepkind.h"
#include "steps/stepkinds.h"

namespace ck {

QCoro::Task<> StepExecutor::runSteps(std::shared_ptr<RunContext> context,
                                     const std::vector<Step> *steps, CodeLocation owner, int lane,
                                     int depth)
{
    for (std::size_t i = 0; i < steps->size(); ++i) {
        context->throwIfCancelled();
        const Step &step = (*steps)[i];
        co_await StepKinds::of(step).run(
            context, &step, CodeLocation{owner.owner, owner.index, int(i)}, lane, depth);
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

} // namespace ck
