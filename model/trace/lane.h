#pragma once

#include <QString>

namespace ck {

// A row of the timeline: one top-level task, or a routine that a `gather` step ran as its own
// asyncio-style task (gathered routines overlap, so they cannot share their parent's row), or a
// worker thread of the default executor that ran the task's asyncio.to_thread calls.
struct Lane
{
    QString name;          // "brewCoffee", or "main_task/fetch_a" for a gathered routine
    int parent = -1;       // the lane that spawned it, -1 for top-level tasks
    int task = 0;          // index of the top-level task (Scenario::tasks) it belongs to
    bool detached = false; // a task main() created and never awaited
    int gatheredBy = -1;   // a gathered routine's: the span of the gather that awaits it
    int worker = 0; // a worker thread's lane (asyncio.to_thread): its number from 1; 0 otherwise
    bool inGroup = false;     // a task of an asyncio.TaskGroup (gatheredBy: the group's span)
    bool asCompleted = false; // a task of asyncio.as_completed (gatheredBy: its first await)
    bool waited = false;      // a task of asyncio.wait (gatheredBy: the wait's span)
    // A top-level task that asyncio.run cancelled because it was still running when main()
    // returned (not one that a step cancelled with task.cancel()).
    bool cancelledByRun = false;

    // The function it runs: its name without the path of the lanes above it ("fetch_a"), nor
    // the number that tells it from other tasks of that function ("job #2": numbered()).
    QString function() const
    {
        QString function = name.mid(name.lastIndexOf(QLatin1Char('/')) + 1);
        const qsizetype mark = function.lastIndexOf(QLatin1String(" #"));
        if (mark > 0)
            function.truncate(mark);
        return function;
    }
    // The name of a function's `nth` task (from 2): "job #2". A function's name is a Python
    // identifier, which has no " #".
    static QString numbered(const QString &function, int nth)
    {
        return QStringLiteral("%1 #%2").arg(function).arg(nth);
    }
};

} // namespace ck
