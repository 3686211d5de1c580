#include "mainprogram.h"

#include "coro/gatherawaiter.h"
#include "coro/spawn.h"
#include "taskexecutor.h"

namespace ck {

QCoro::Task<> MainProgram::run(std::shared_ptr<RunContext> context)
{
    context->time().markOrigin();
    context->events().note(kMainLane, LoopEvent::Kind::Started, CodeLocation::main());
    std::vector<Task<>> unawaited = createUnawaited(context);
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
    context->events().noteFinished(kMainLane, CodeLocation::main(), SpanState::Done);
    const auto total = context->time().elapsed();
    const auto wallTotal = context->time().wallElapsed();
    const bool stopped = context->cancelToken().isCancelled();
    context->recorder().markMainReturned();
    co_await cancelUnawaited(context, std::move(unawaited));
    context->recorder().finish(total, wallTotal, stopped);
    context->notifyFinished();
}

std::vector<Task<>> MainProgram::createUnawaited(std::shared_ptr<RunContext> context)
{
    std::vector<Task<>> created;
    const auto &tasks = context->scenario().tasks;
    for (std::size_t task = 0; task < tasks.size(); ++task) {
        if (!tasks[task].awaited)
            created.push_back(spawnTask(context, int(task)));
    }
    return created;
}

QCoro::Task<> MainProgram::cancelUnawaited(std::shared_ptr<RunContext> context,
                                           std::vector<Task<>> unawaited)
{
    // asyncio.run cancels whatever main() left running, once main() has returned: main's task
    // is done in this iteration, its done callback stops the loop in the next one, which still
    // runs everything that was ready when it began (due timers included), and only then are the
    // tasks left cancelled (base_events.py: run_until_complete, _run_until_complete_cb,
    // run_forever; runners.py: Runner.close, _cancel_all_tasks).
    const bool running = std::any_of(unawaited.begin(), unawaited.end(),
                                     [](const Task<> &task) { return !task.isDone(); });
    if (!running)
        co_return;
    co_await context->scheduler().yieldNow();
    co_await context->scheduler().iterationEnd();
    context->cancelToken().cancel();
    for (Task<> &task : unawaited) {
        try {
            co_await task;
        } catch (const std::exception &) {
        }
    }
}

QCoro::Task<> MainProgram::runOneByOne(std::shared_ptr<RunContext> context)
{
    const int count = int(context->scenario().tasks.size());
    for (int task = 0; task < count && !context->cancelToken().isCancelled(); ++task) {
        if (!context->scenario().tasks[std::size_t(task)].awaited)
            continue;
        const QString &name = context->scenario().tasks[std::size_t(task)].name;
        context->events().note(
            LoopEvent::of(kMainLane, LoopEvent::Kind::Called, CodeLocation::main(task), name));
        try {
            co_await TaskExecutor::run(context, task);
        } catch (const std::exception &) {
            // a failed task does not stop the ones after it
        }
        context->events().note(
            LoopEvent::of(kMainLane, LoopEvent::Kind::Returned, CodeLocation::main(task), name));
    }
}

QCoro::Task<> MainProgram::runGathered(std::shared_ptr<RunContext> context)
{
    std::vector<Task<>> tasks;
    const int count = int(context->scenario().tasks.size());
    tasks.reserve(std::size_t(count));
    std::vector<int> lanes; // for the loop event only
    for (int task = 0; task < count; ++task) {
        if (!context->scenario().tasks[std::size_t(task)].awaited)
            continue;
        tasks.push_back(spawnTask(context, task));
        if (context->events().isRecording())
            lanes.push_back(task);
        co_await context->scheduler().breathe(); // a million tasks take a while to create
    }
    const int first = lanes.empty() ? -1 : lanes.front();
    if (context->events().isRecording())
        context->events().noteSuspended(kMainLane, CodeLocation::main(first),
                                        LoopEvent::Await::Routines, std::move(lanes));
    try {
        co_await GatherAwaiter::of(tasks, GatherAwaiter::Mode::SettleAll);
    } catch (const std::exception &) {
        // every failure is on its task's span
    }
    context->events().note(kMainLane, LoopEvent::Kind::Resumed, CodeLocation::main(first));
}

QCoro::Task<> MainProgram::runCreatedTasks(std::shared_ptr<RunContext> context)
{
    std::vector<std::pair<int, Task<>>> tasks; // (task index, its asyncio task)
    const int count = int(context->scenario().tasks.size());
    for (int task = 0; task < count; ++task) {
        if (context->scenario().tasks[std::size_t(task)].awaited)
            tasks.emplace_back(task, spawnTask(context, task));
        co_await context->scheduler().breathe();
    }
    for (auto &[task, created] : tasks) {
        const bool waits = !created.isDone();
        if (waits)
            context->events().noteSuspended(kMainLane, CodeLocation::main(task),
                                            LoopEvent::Await::Task, {task});
        try {
            co_await created;
        } catch (const std::exception &) {
        }
        if (waits)
            context->events().note(kMainLane, LoopEvent::Kind::Resumed, CodeLocation::main(task));
    }
}

Task<> MainProgram::spawnTask(std::shared_ptr<RunContext> context, int task)
{
    context->events().note(task, LoopEvent::Kind::Created, CodeLocation::task(task));
    if (TaskExecutor::isFlat(context->scenario().tasks[std::size_t(task)])) {
        Task<> flat = TaskExecutor::spawnFlat(context, task);
        flat.start(context->scheduler());
        return flat;
    }
    return spawn(&context->scheduler(),
                 [context, task] { return TaskExecutor::run(context, task); });
}

void MainProgram::logResults(RunContext &context)
{
    const auto &tasks = context.scenario().tasks;
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        if (tasks[i].awaited && tasks[i].result && !context.tasks().failed(int(i)) &&
            context.tasks().isDone(int(i)))
            context.spans().log(kMainLane, resultLine(tasks[i].name, *tasks[i].result),
                                CodeLocation::main());
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
