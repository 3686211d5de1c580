#pragma once

#include "runcontext.h"

#include "coro/task.h"

#include <QCoroTask>

#include <exception>
#include <memory>

namespace ck {

// Runs one top-level task: waits for the tasks it comes `after`, takes a permit in bounded
// mode, runs its steps inside the task's span, and signals the tasks that wait for it. The task
// fails with what its steps raise (a PythonException); the app's own failures end it quietly.
class TaskExecutor
{
public:
    static QCoro::Task<> run(std::shared_ptr<RunContext> context, int task);

    // Whether a task's steps are all log, wait and block: then spawnFlat can run it.
    static bool isFlat(const std::vector<Step> &steps);
    // spawn(scheduler, [=] { return run(context, task); }) for a flat task, with the same
    // events in the same order, in one coroutine frame instead of eight: a crowd of a million
    // sleepers is a million of these.
    static Task<> spawnFlat(std::shared_ptr<RunContext> context, int task);

    // A task cancelled before its first step ends without running (asyncio never starts its
    // coroutine): its end is recorded here, without a span (nothing of it ran).
    static void endUnstarted(RunContext &context, int task);

private:
    // Waits for the tasks it comes after, then takes a permit in bounded mode (if it is awaited):
    // true when it holds one.
    static QCoro::Task<bool> admit(std::shared_ptr<RunContext> context, int task);
    static QCoro::Task<> awaitPredecessors(std::shared_ptr<RunContext> context, int task);
    static QCoro::Task<> runAdmitted(std::shared_ptr<RunContext> context, int task);
    // spawnFlat's plain parts. runUntilSleep runs the steps from `step` on inline until one
    // begins a sleep, and gives that sleep's span with `step` at its index, -1 at the end.
    static bool needsAdmission(RunContext &context, int task);
    static QCoro::Task<bool> startAdmission(const std::shared_ptr<RunContext> &context, int task);
    static int beginTaskSpan(RunContext &context, int task);
    // Closes `span` (if open) as withSpan() does.
    static void endFailedSpan(RunContext &context, int span, const std::exception_ptr &error);
    static const Step &flatStep(RunContext &context, int task, int step);
    static int runUntilSleep(RunContext &context, int task, int &step);
    static void rethrowRaised(const std::exception_ptr &error);
    static void finish(RunContext &context, int task, const std::exception_ptr &error,
                       bool holdsPermit);
    static SpanState finishedState(const std::exception_ptr &error);
    static QString failureReason(const std::exception_ptr &error);
};

} // namespace ck
