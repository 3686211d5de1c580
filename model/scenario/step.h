#pragma once

#include "downloadspec.h"
#include "localizedtext.h"
#include "stepblock.h"

#include <QStringList>
#include <chrono>
#include <memory>
#include <vector>

namespace ck {

// One step of a task or routine; which fields matter depends on the kind. Everything about a
// kind lives in its unit in steps/ (StepKinds finds it).
struct Step
{
    // StepKinds' table, in order.
    enum class Kind {
        Log,
        Wait,
        Block,
        Call,
        Gather,
        Download,
        UnawaitedCall,
        ToThread,
        Raise,
        Try,
        Cancel,
        WaitFor,
        TaskGroup,
        Return,
        AsyncWith,
        Set,
        Clear,
        WaitEvent,
        WaitCondition,
        Notify,
        NotifyAll,
        Timeout,
        Repeat,
        Forever,
        AsCompleted,
        WaitTasks,
        Put,
        Get,
        TaskDone,
        Join
    };

    Kind kind = Kind::Log;
    LocalizedText text;                   // Log; Put: the item
    std::chrono::nanoseconds duration{0}; // Wait, Block, ToThread; WaitFor, Timeout: the timeout
    QStringList routineNames;             // Call, UnawaitedCall (one), Gather (one or more),
                                          // Download (none, or the `each` routine)
    std::vector<int> routineIndices;      // the same routines, resolved to Scenario::routines
    std::shared_ptr<const DownloadSpec> download; // Download
    bool returnExceptions = false; // Gather: asyncio.gather(..., return_exceptions=True)
    QString exceptionType;         // Raise: a built-in's name, e.g. ValueError
    QString exceptionMessage;      // Raise
    // Try, AsyncWith, Timeout, Repeat, Forever, AsCompleted: the steps it holds (StepTree walks
    // them).
    std::vector<StepBlock> blocks;
    qint64 times = 0; // Repeat: for _ in range(times)
    // WaitTasks: asyncio.wait's return_when (ck::ReturnWhen), whether it has a timeout
    // (`duration`), and whether the tasks still pending are cancelled after it.
    int returnWhen = 0;
    bool timed = false;
    bool cancelPending = false;
    // Its place among all the steps of its task or routine, those in blocks included, in the
    // order their lines are written (pre-order): its CodeLocation::step. Set by the validator.
    int order = -1;
    QString taskName;   // Cancel: the top-level task it cancels…
    int taskIndex = -1; // …resolved to Scenario::tasks
    // Return values (VariableFlow checks them): the local variable a Call or Gather binds
    // ("as"), or that a Call adds to ("add_to": data += await r()); whether `text` is an
    // f-string (Log, Return: {"f": ...}); and an upper bound on the characters of what the step
    // renders or binds, which the validator sets for ScenarioCost.
    QString variable;
    bool addsTo = false;
    bool formatted = false;
    double textBound = 0;
    // AsyncWith, Set, Clear, WaitEvent, WaitCondition, Notify, NotifyAll, Put, Get, TaskDone,
    // Join: the scenario's object
    // it uses, by name, resolved by the validator to Scenario::objects.
    QString objectName;
    int objectIndex = -1;
};

} // namespace ck
