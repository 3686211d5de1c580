#include "stepexecutor.h"

#include "coro/spawn.h"
#include "coro/whenall.h"
#include "downloadexecutor.h"
#include "runfailure.h"

#include <QStringList>

namespace ck {

namespace {

QString seconds(std::chrono::nanoseconds duration)
{
    return QString::number(std::chrono::duration<double>(duration).count(), 'g', 9);
}

QString gatherName(const Step &step)
{
    return QStringLiteral("asyncio.gather(%1)").arg(step.routineNames.join(QStringLiteral(", ")));
}

} // namespace

QCoro::Task<> StepExecutor::runSteps(std::shared_ptr<RunContext> context,
                                     const std::vector<Step> *steps, int lane, int depth)
{
    for (const Step &step : *steps) {
        context->throwIfCancelled();
        co_await runStep(context, &step, lane, depth);
    }
}

QCoro::Task<> StepExecutor::withSpan(std::shared_ptr<RunContext> context, int span,
                                     QCoro::Task<> body)
{
    try {
        co_await body;
    } catch (const RunFailure &failure) {
        context->endSpan(span, failure.isCancelled() ? SpanState::Cancelled : SpanState::Failed,
                         failure.reason());
        throw;
    }
    context->endSpan(span, SpanState::Done);
}

QCoro::Task<> StepExecutor::runStep(std::shared_ptr<RunContext> context, const Step *step, int lane,
                                    int depth)
{
    switch (step->kind) {
    case Step::Kind::Log:
        context->log(lane, step->text);
        break;
    case Step::Kind::Wait:
        co_await wait(context, step->duration, lane, depth);
        break;
    case Step::Kind::Block:
        block(*context, step->duration, lane, depth);
        break;
    case Step::Kind::Call:
        co_await call(context, step->routineIndices.front(), lane, depth);
        break;
    case Step::Kind::Gather:
        co_await gatherRoutines(context, step, lane, depth);
        break;
    case Step::Kind::Download:
        co_await DownloadExecutor::run(context, step, lane, depth);
        break;
    }
}

QCoro::Task<> StepExecutor::wait(std::shared_ptr<RunContext> context,
                                 std::chrono::nanoseconds duration, int lane, int depth)
{
    if (!context->strategy().isAsync()) {
        block(*context, duration, lane, depth); // sync mode: every wait is time.sleep
        co_return;
    }
    const QString name = QStringLiteral("asyncio.sleep(%1)").arg(seconds(duration));
    const int span = context->beginSpan(lane, depth, SpanKind::Wait, name);
    const bool slept = co_await context->scheduler().sleep(duration, &context->cancelToken());
    context->endSpan(span, slept ? SpanState::Done : SpanState::Cancelled);
    context->throwIfCancelled();
}

void StepExecutor::block(RunContext &context, std::chrono::nanoseconds duration, int lane,
                         int depth)
{
    const QString name = QStringLiteral("time.sleep(%1)").arg(seconds(duration));
    const int span = context.beginSpan(lane, depth, SpanKind::Block, name);
    context.scheduler().block(duration);
    context.endSpan(span, SpanState::Done);
}

QCoro::Task<> StepExecutor::call(std::shared_ptr<RunContext> context, int routine, int lane,
                                 int depth)
{
    const Routine &callee = context->scenario().routines[std::size_t(routine)];
    const int span = context->beginSpan(lane, depth, SpanKind::Routine, callee.name);
    co_await withSpan(context, span, runSteps(context, &callee.steps, lane, depth + 1));
}

QCoro::Task<> StepExecutor::gatherRoutines(std::shared_ptr<RunContext> context, const Step *step,
                                           int lane, int depth)
{
    if (!context->strategy().isAsync()) {
        for (const int routine : step->routineIndices)
            co_await call(context, routine, lane, depth);
        co_return;
    }
    const int span = context->beginSpan(lane, depth, SpanKind::Wait, gatherName(*step));
    const Lane parent = context->recorder().lanes()[std::size_t(lane)];
    std::vector<QCoro::Task<>> children;
    for (const int routine : step->routineIndices) {
        const QString &name = context->scenario().routines[std::size_t(routine)].name;
        const int childLane = context->recorder().addLane(
            Lane{parent.name + QLatin1Char('/') + name, lane, parent.task});
        children.push_back(spawn(&context->scheduler(), [context, routine, childLane] {
            return runGatheredRoutine(context, routine, childLane);
        }));
    }
    co_await withSpan(context, span, awaitGathered(context, std::move(children)));
}

QCoro::Task<> StepExecutor::awaitGathered(std::shared_ptr<RunContext> context,
                                          std::vector<QCoro::Task<>> children)
{
    std::exception_ptr error;
    try {
        co_await whenAll(std::move(children));
    } catch (...) {
        error = std::current_exception();
    }
    co_await context->scheduler().yieldNow(); // asyncio wakes the gatherer one iteration later
    if (error)
        std::rethrow_exception(error);
}

QCoro::Task<> StepExecutor::runGatheredRoutine(std::shared_ptr<RunContext> context, int routine,
                                               int lane)
{
    const Routine &callee = context->scenario().routines[std::size_t(routine)];
    const int span = context->beginSpan(lane, 0, SpanKind::Routine, callee.name);
    co_await withSpan(context, span, runSteps(context, &callee.steps, lane, 1));
}

} // namespace ck
