#include "mainprogram.h"

#include "coro/gatherawaiter.h"
#include "coro/spawn.h"
#include "stepexecutor.h"
#include "steps/taskgroupstep.h"
#include "taskexecutor.h"

#include <utility>

namespace ck {

QCoro::Task<> MainProgram::run(std::shared_ptr<RunContext> context)
{
    context->time().markOrigin();
    context->events().note(kMainLane, LoopEvent::Kind::Started, CodeLocation::main());
    watchCancelledTasks(context);
    std::vector<Task<>> left = createUnawaited(context); // what asyncio.run cancels at the end
    std::exception_ptr raised;
    try {
        switch (context->strategy().kind()) {
        case Strategy::Kind::Sync:
        case Strategy::Kind::Sequential:
            co_await runOneByOne(context);
            break;
        case Strategy::Kind::Gather:
        case Strategy::Kind::Bounded:
            co_await runGathered(context, &left);
            break;
        case Strategy::Kind::CreateTask:
            co_await runCreatedTasks(context, &left);
            break;
        case Strategy::Kind::TaskGroup:
            co_await runTaskGroup(context);
            break;
        }
    } catch (const std::exception &) {
        // A raised exception ends main() as in Python; the app's own failures are on their
        // tasks' spans, and main only has to reach its end.
        if (StepExecutor::isRaised(std::current_exception()))
            raised = std::current_exception();
    }
    end(*context, raised);
    const auto total = context->time().elapsed();
    const auto wallTotal = context->time().wallElapsed();
    const bool stopped = context->cancelToken().isCancelled();
    context->recorder().markMainReturned();
    co_await cancelLeft(context, std::move(left));
    context->recorder().finish(total, wallTotal, stopped);
    context->notifyFinished();
}

void MainProgram::end(RunContext &context, const std::exception_ptr &raised)
{
    if (!raised) {
        logResults(context);
        context.events().noteFinished(kMainLane, CodeLocation::main(), SpanState::Done);
        return;
    }
    // main() raised: no result is printed, and the traceback's last line ends the program.
    const QString error = StepExecutor::endingOf(raised)->reason;
    context.recorder().setMainError(error);
    context.events().noteFinished(kMainLane, CodeLocation::main(), SpanState::Failed, error, true);
}

std::vector<Task<>> MainProgram::createUnawaited(std::shared_ptr<RunContext> context)
{
    std::vector<Task<>> created;
    for (const int task : context->plan().unawaited())
        created.push_back(spawnTask(context, task));
    return created;
}

QCoro::Task<> MainProgram::cancelLeft(std::shared_ptr<RunContext> context,
                                      std::vector<Task<>> unawaited)
{
    for (Task<> &orphan : std::exchange(context->orphans(), {}))
        unawaited.push_back(std::move(orphan));
    // asyncio.run cancels whatever main() left running, once main() has returned (or raised):
    // main's task is done in this iteration, its done callback stops the loop in the next one,
    // which still runs everything that was ready when it began (due timers included), and only then
    // are the tasks left cancelled (base_events.py: run_until_complete, _run_until_complete_cb,
    // run_forever; runners.py: Runner.close, _cancel_all_tasks).
    if (unawaited.empty())
        co_return;
    const bool running = std::any_of(unawaited.begin(), unawaited.end(),
                                     [](const Task<> &task) { return !task.isDone(); });
    if (!running) {
        // Their done callbacks may still wait in the ready queue, each holding a reference to
        // what a gather shares with them: the run ends once they have run.
        co_await context->scheduler().yieldNow();
        co_return;
    }
    co_await context->scheduler().yieldNow();
    co_await context->scheduler().iterationEnd();
    // runners.py _cancel_all_tasks: task.cancel() on each, so that CancelledError goes through
    // their except and finally clauses as in any cancellation (a task may even catch it and go
    // on: asyncio.run then waits for it).
    context->events().noteClosing();
    for (Task<> &task : unawaited)
        task.cancel();
    // _cancel_all_tasks waits for them with gather(*to_cancel, return_exceptions=True): its
    // callbacks run after those added before (an abandoned gather's), so every one has run when
    // the run ends, however many tasks end in the same iteration.
    co_await GatherAwaiter::of(unawaited, GatherAwaiter::Mode::ReturnExceptions);
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
        // A task the app failed does not stop the ones after it; one that raised ends main().
        co_await TaskExecutor::run(context, task);
        context->events().note(
            LoopEvent::of(kMainLane, LoopEvent::Kind::Returned, CodeLocation::main(task), name));
    }
}

QCoro::Task<int> MainProgram::spawnAwaited(std::shared_ptr<RunContext> context,
                                           std::vector<Task<>> *tasks, LoopEvent::Await await)
{
    const int count = int(context->scenario().tasks.size());
    tasks->reserve(std::size_t(count));
    std::vector<int> lanes; // for the loop event only
    for (int task = 0; task < count; ++task) {
        if (!context->scenario().tasks[std::size_t(task)].awaited)
            continue;
        tasks->push_back(spawnTask(context, task));
        if (context->events().isRecording())
            lanes.push_back(task);
        co_await context->scheduler().breathe(); // a million tasks take a while to create
    }
    const int first = lanes.empty() ? -1 : lanes.front();
    if (context->events().isRecording())
        context->events().noteSuspended(kMainLane, CodeLocation::main(first), await,
                                        std::move(lanes));
    co_return first;
}

QCoro::Task<> MainProgram::runGathered(std::shared_ptr<RunContext> context,
                                       std::vector<Task<>> *left)
{
    std::vector<Task<>> tasks;
    const int first = co_await spawnAwaited(context, &tasks, LoopEvent::Await::Routines);
    try {
        // Only a raised exception ends the gather early (the tasks fail quietly otherwise).
        co_await GatherAwaiter::of(tasks, GatherAwaiter::Mode::RaiseFirst);
    } catch (...) {
        keepRunning(std::move(tasks), *left);
        throw;
    }
    context->events().note(kMainLane, LoopEvent::Kind::Resumed, CodeLocation::main(first));
    co_await release(context, std::move(tasks));
}

QCoro::Task<> MainProgram::runCreatedTasks(std::shared_ptr<RunContext> context,
                                           std::vector<Task<>> *left)
{
    std::vector<Task<>> tasks;
    std::vector<int> indices;
    const int count = int(context->scenario().tasks.size());
    for (int task = 0; task < count; ++task) {
        if (context->scenario().tasks[std::size_t(task)].awaited) {
            tasks.push_back(spawnTask(context, task));
            indices.push_back(task);
        }
        co_await context->scheduler().breathe();
    }
    try {
        for (std::size_t i = 0; i < tasks.size(); ++i) {
            const bool waits = !tasks[i].isDone();
            if (waits)
                context->events().noteSuspended(kMainLane, CodeLocation::main(indices[i]),
                                                LoopEvent::Await::Task, {indices[i]});
            co_await tasks[i];
            if (waits)
                context->events().note(kMainLane, LoopEvent::Kind::Resumed,
                                       CodeLocation::main(indices[i]));
        }
    } catch (...) {
        keepRunning(std::move(tasks), *left);
        throw;
    }
    co_await release(context, std::move(tasks));
}

// async with asyncio.TaskGroup() as tg: tg.create_task(task()) for each: the group is the step
// form's (the first task that raises cancels the others, ExceptionGroup), its tasks the
// scenario's top-level ones on their own lanes.
QCoro::Task<> MainProgram::runTaskGroup(std::shared_ptr<RunContext> context)
{
    std::vector<Task<>> tasks;
    const int first = co_await spawnAwaited(context, &tasks, LoopEvent::Await::TaskGroup);
    co_await TaskGroupStep::runGroup(context->scheduler(), std::move(tasks));
    context->events().note(kMainLane, LoopEvent::Kind::Resumed, CodeLocation::main(first));
}

void MainProgram::keepRunning(std::vector<Task<>> tasks, std::vector<Task<>> &left)
{
    for (Task<> &task : tasks) {
        if (!task.isDone())
            left.push_back(std::move(task));
    }
}

QCoro::Task<> MainProgram::release(std::shared_ptr<RunContext> context, std::vector<Task<>> tasks)
{
    // A breath ends the slice only once its budget is spent, and goes on first when the next one
    // begins, in the same loop iteration: nothing of the run's order changes.
    while (!tasks.empty()) {
        tasks.pop_back();
        co_await context->scheduler().breathe();
    }
}

void MainProgram::watchCancelledTasks(const std::shared_ptr<RunContext> &context)
{
    if (!context->plan().cancels())
        return;                      // a crowd of a million tasks keeps no handles
    RunContext *run = context.get(); // the table lives in the context: the pointer outlives it
    context->tasks().setEndedUnstarted([run](int task) { TaskExecutor::endUnstarted(*run, task); });
}

Task<> MainProgram::spawnTask(std::shared_ptr<RunContext> context, int task)
{
    context->events().note(task, LoopEvent::Kind::Created, CodeLocation::task(task));
    Task<> created;
    if (TaskExecutor::isFlat(context->scenario().tasks[std::size_t(task)].steps)) {
        created = TaskExecutor::spawnFlat(context, task);
        created.start(context->scheduler());
    } else {
        created = spawn(&context->scheduler(),
                        [context, task] { return TaskExecutor::run(context, task); });
    }
    if (context->tasks().isWatching())
        context->tasks().watch(task, created.core());
    return created;
}

void MainProgram::logResults(RunContext &context)
{
    const auto &tasks = context.scenario().tasks;
    for (const int i : context.plan().resulted()) {
        if (!context.tasks().failed(i) && context.tasks().isDone(i))
            context.spans().log(
                kMainLane, resultLine(tasks[std::size_t(i)].name, *tasks[std::size_t(i)].result()),
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
