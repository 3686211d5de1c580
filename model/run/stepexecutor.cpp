#include "stepexecutor.h"

#include "coro/cancellederror.h"
#include "coro/pythonexception.h"
#include "runfailure.h"
#include "steps/stepkind.h"
#include "steps/stepkinds.h"

#include <algorithm>

namespace ck {

QCoro::Task<> StepExecutor::runSteps(std::shared_ptr<RunContext> context,
                                     const std::vector<Step> *steps, CodeLocation owner, int lane,
                                     int depth)
{
    // A try's finally runs after its body returned: only a return of these steps ends them.
    const bool returnedBefore = context->frames().hasReturned(lane, depth);
    for (const Step &step : *steps) {
        context->throwIfCancelled();
        co_await StepKinds::of(step).run(
            context, &step, CodeLocation{owner.owner, owner.index, step.order}, lane, depth);
        if (!returnedBefore && context->frames().hasReturned(lane, depth))
            co_return; // a return step ends the function
    }
}

QCoro::Task<> StepExecutor::withSpan(std::shared_ptr<RunContext> context, int span,
                                     QCoro::Task<> body)
{
    try {
        co_await body;
    } catch (...) {
        endSpan(*context, span, std::current_exception());
        throw;
    }
    context->spans().end(span, SpanState::Done);
}

std::optional<StepExecutor::Ending> StepExecutor::endingOf(const std::exception_ptr &error)
{
    try {
        std::rethrow_exception(error);
    } catch (const RunFailure &failure) {
        return Ending{failure.isCancelled() ? SpanState::Cancelled : SpanState::Failed,
                      failure.reason()};
    } catch (const PythonException &raised) {
        return Ending{SpanState::Failed, raised.text()};
    } catch (const CancelledError &cancelled) {
        return Ending{SpanState::Cancelled, cancelledText(cancelled)};
    } catch (...) {
        return std::nullopt;
    }
}

bool StepExecutor::endSpan(RunContext &context, int span, const std::exception_ptr &error)
{
    const std::optional<Ending> ending = endingOf(error);
    if (ending)
        context.spans().end(span, ending->state, ending->reason);
    return bool(ending);
}

bool StepExecutor::isRaised(const std::exception_ptr &error)
{
    try {
        std::rethrow_exception(error);
    } catch (const PythonException &) {
        return true;
    } catch (const CancelledError &) {
        return true; // Task.cancel(): it travels to the awaiters as a raised exception does
    } catch (...) {
        return false;
    }
}

QString StepExecutor::cancelledText(const CancelledError &error)
{
    // The traceback's last line, as CPython prints it (CancelledError lives in
    // asyncio.exceptions).
    const QString type = QStringLiteral("asyncio.exceptions.CancelledError");
    return error.message().isEmpty() ? type : QStringLiteral("%1: %2").arg(type, error.message());
}

QCoro::Task<> StepExecutor::call(std::shared_ptr<RunContext> context, int routine,
                                 CodeLocation from, int lane, int depth)
{
    co_await callReturning(std::move(context), routine, from, lane, depth);
}

QCoro::Task<PyValue> StepExecutor::callReturning(std::shared_ptr<RunContext> context, int routine,
                                                 CodeLocation from, int lane, int depth)
{
    const Routine &callee = context->scenario().routines[std::size_t(routine)];
    const int span = context->spans().begin(lane, depth, SpanKind::Routine, callee.name);
    context->events().note(
        LoopEvent::of(lane, LoopEvent::Kind::Called, CodeLocation::routine(routine), callee.name));
    context->frames().enter(lane, depth + 1);
    co_await withSpan(
        context, span,
        runSteps(context, &callee.steps, CodeLocation::routine(routine), lane, depth + 1));
    PyValue value = context->frames().leave(lane, depth + 1);
    LoopEvent returned = LoopEvent::of(lane, LoopEvent::Kind::Returned, from, callee.name);
    if (returnsValue(callee)) { // the others' None goes unsaid, as before values existed
        returned.value = value.reprText();
        context->recorder().setReturned(span, returned.value);
    }
    context->events().note(std::move(returned));
    co_return value;
}

bool StepExecutor::returnsValue(const Routine &routine)
{
    return std::any_of(routine.steps.begin(), routine.steps.end(),
                       [](const Step &step) { return step.kind == Step::Kind::Return; });
}

void StepExecutor::bind(RunContext &context, const Step &step, const PyValue &value, int lane,
                        int depth)
{
    if (step.variable.isEmpty())
        return;
    QHash<QString, PyValue> &variables = context.frames().at(lane, depth).variables;
    variables.insert(step.variable,
                     step.addsTo ? PyValue::added(variables.value(step.variable), value) : value);
}

QCoro::Task<> StepExecutor::runAsTask(std::shared_ptr<RunContext> context, int routine, int lane)
{
    const Routine &callee = context->scenario().routines[std::size_t(routine)];
    const int span = context->spans().begin(lane, 0, SpanKind::Routine, callee.name);
    context->events().note(lane, LoopEvent::Kind::Started, CodeLocation::routine(routine));
    std::exception_ptr error;
    try {
        co_await withSpan(
            context, span,
            runSteps(context, &callee.steps, CodeLocation::routine(routine), lane, 1));
    } catch (...) {
        error = std::current_exception();
    }
    const auto ending = error ? endingOf(error) : std::nullopt;
    context->events().noteFinished(lane, CodeLocation::routine(routine),
                                   ending ? ending->state : SpanState::Done,
                                   ending ? ending->reason : QString(), error && isRaised(error));
    // Whatever ends it is the task's (wait_for and TaskGroup read a CancelledError in it).
    if (error)
        std::rethrow_exception(error);
}

} // namespace ck
