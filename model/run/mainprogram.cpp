#include "mainprogram.h"

#include "coro/spawn.h"
#include "coro/whenall.h"
#include "taskexecutor.h"

namespace ck {

QCoro::Task<> MainProgram::run(std::shared_ptr<RunContext> context)
{
    context->markOrigin();
    try {
        switch (context->strategy().kind()) {
        case Strategy::Kind::Sync:
        case Strategy::Kind::Sequential:
            co_await runOneByOne(context);
            break;
        case Strategy::Kind::Gather:
        case Strategy::Kind::Bounded:
            co_await runGathered(context);
            break;
        case Strategy::Kind::CreateTask:
            co_await runCreatedTasks(context);
            break;
        }
    } catch (const std::exception &) {
        // Each task's failure is on its own span; main only has to reach its end.
    }
    logResults(*context);
    context->recorder().finish(context->elapsed(), context->wallElapsed(),
                               context->cancelToken().isCancelled());
    context->notifyFinished();
}

QCoro::Task<> MainProgram::runOneByOne(std::shared_ptr<RunContext> context)
{
    const int count = int(context->scenario().tasks.size());
    for (int task = 0; task < count && !context->cancelToken().isCancelled(); ++task) {
        try {
            co_await TaskExecutor::run(context, task);
        } catch (const std::exception &) {
            // a failed task does not stop the ones after it
        }
    }
}

QCoro::Task<> MainProgram::runGathered(std::shared_ptr<RunContext> context)
{
    std::vector<QCoro::Task<>> tasks;
    const int count = int(context->scenario().tasks.size());
    tasks.reserve(std::size_t(count));
    for (int task = 0; task < count; ++task)
        tasks.push_back(spawnTask(context, task));
    try {
        co_await whenAll(std::move(tasks));
    } catch (const std::exception &) {
    }
    co_await context->scheduler().yieldNow(); // asyncio wakes the gatherer one iteration later
}

QCoro::Task<> MainProgram::runCreatedTasks(std::shared_ptr<RunContext> context)
{
    std::vector<QCoro::Task<>> tasks;
    const int count = int(context->scenario().tasks.size());
    tasks.reserve(std::size_t(count));
    for (int task = 0; task < count; ++task)
        tasks.push_back(spawnTask(context, task));
    for (auto &task : tasks) {
        try {
            co_await task;
        } catch (const std::exception &) {
        }
    }
}

QCoro::Task<> MainProgram::spawnTask(std::shared_ptr<RunContext> context, int task)
{
    return spawn(&context->scheduler(),
                 [context, task] { return TaskExecutor::run(context, task); });
}

void MainProgram::logResults(RunContext &context)
{
    const auto &tasks = context.scenario().tasks;
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        if (tasks[i].result && !context.taskFailed(int(i)) && context.taskDone(int(i)).isSet())
            context.log(-1, resultLine(tasks[i].name, *tasks[i].result));
    }
}

LocalizedText MainProgram::resultLine(const QString &task, const LocalizedText &result)
{
    // Both languages are kept so that the log can switch language after the run.
    return LocalizedText(
        QStringLiteral("Result of %1 : %2").arg(task, result.in(Language::English)),
        QStringLiteral("%1 결과 : %2").arg(task, result.in(Language::Korean)));
}

} // namespace ck
