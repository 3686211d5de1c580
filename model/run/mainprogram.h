#pragma once

#include "runcontext.h"

#include "coro/task.h"
#include <QCoreApplication>

#include <QCoroTask>

#include <exception>
#include <memory>
#include <vector>

namespace ck {

// The scenario's `main()`: composes the top-level tasks as the strategy says, prints the results
// of the tasks that have one, and closes the run's record.
class MainProgram
{
    Q_DECLARE_TR_FUNCTIONS(MainProgram)

public:
    static QCoro::Task<> run(std::shared_ptr<RunContext> context);

    // "Result of brewCoffee : Coffee ready", in both languages.
    static LocalizedText resultLine(const QString &task, const LocalizedText &result);

private:
    static QCoro::Task<> runOneByOne(std::shared_ptr<RunContext> context);
    // Spawns the tasks main() awaits into `tasks`, notes main() suspended on them as `await`,
    // and gives the first one's index (-1 for none).
    static QCoro::Task<int> spawnAwaited(std::shared_ptr<RunContext> context,
                                         std::vector<Task<>> *tasks, LoopEvent::Await await);
    // When a task raises, they put the tasks still running into `left` (main's frame, which
    // outlives them) and raise it again.
    static QCoro::Task<> runGathered(std::shared_ptr<RunContext> context,
                                     std::vector<Task<>> *left);
    static QCoro::Task<> runCreatedTasks(std::shared_ptr<RunContext> context,
                                         std::vector<Task<>> *left);
    static QCoro::Task<> runTaskGroup(std::shared_ptr<RunContext> context);
    static void keepRunning(std::vector<Task<>> tasks, std::vector<Task<>> &left);
    // Lets go of finished tasks a slice at a time: freeing a million frames at once would hold
    // the window's thread for a long moment.
    static QCoro::Task<> release(std::shared_ptr<RunContext> context, std::vector<Task<>> tasks);
    // main() returned (its results printed) or raised (the run keeps the exception).
    static void end(RunContext &context, const std::exception_ptr &raised);
    // Tasks nobody awaits: created first, cancelled once main() has returned; with them, when
    // main() raised, the tasks it left running, and the children gathers left (orphans()).
    static std::vector<Task<>> createUnawaited(std::shared_ptr<RunContext> context);
    static QCoro::Task<> cancelLeft(std::shared_ptr<RunContext> context,
                                    std::vector<Task<>> unawaited);
    // With cancel steps, the tasks keep their handles in the task table (TaskTable::watch).
    static void watchCancelledTasks(const std::shared_ptr<RunContext> &context);
    static Task<> spawnTask(std::shared_ptr<RunContext> context, int task);
    static void logResults(RunContext &context);
};

} // namespace ck
