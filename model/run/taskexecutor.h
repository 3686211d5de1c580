#pragma once

#include "runcontext.h"

#include <QCoreApplication>
#include <QCoroTask>

#include <exception>
#include <memory>

namespace ck {

// Runs one top-level task: waits for the tasks it comes `after`, takes a permit in bounded
// mode, runs its steps inside the task's span, and signals the tasks that wait for it.
class TaskExecutor
{
    Q_DECLARE_TR_FUNCTIONS(TaskExecutor)

public:
    static QCoro::Task<> run(std::shared_ptr<RunContext> context, int task);

private:
    static QCoro::Task<> acquirePermit(std::shared_ptr<RunContext> context,
                                       AsyncSemaphore &semaphore, int task);
    static QCoro::Task<> awaitPredecessors(std::shared_ptr<RunContext> context, int task);
    static QCoro::Task<> runAdmitted(std::shared_ptr<RunContext> context, int task);
    static void finish(RunContext &context, int task, const std::exception_ptr &error,
                       bool holdsPermit);
    static SpanState finishedState(const std::exception_ptr &error);
    static QString failureReason(const std::exception_ptr &error);
};

} // namespace ck
