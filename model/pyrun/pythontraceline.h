#pragma once

#include "pythonexit.h"
#include "pythontraceawait.h"
#include "trace/spankind.h"

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

#include <chrono>
#include <cstdint>

namespace ck {

// One line of the Python trace (docs/python-trace.md) as PythonTraceParser read and checked it:
// its event and the fields that event has, the tasks it names as PythonTaskTable indexes.
struct PythonTraceLine
{
    enum class Event : std::uint8_t {
        Ignored, // of a kind a later harness writes, of the loop's own tasks, or changing nothing
        Start,
        Task,
        Ready,
        Resume,
        Suspend,
        Done,
        Call,
        Return,
        Block,
        Worker,
        Print, // also a warning
        End,
    };

    Event event = Event::Ignored;
    bool hasIteration = false;
    std::uint64_t iteration = 0; // `it`
    int task = -1;               // `task`: its PythonTaskTable index, -1 when none

    bool realClock = false; // Start

    qint64 id = 0;   // Task: the new task's; Call and Return: the call's
    int parent = -1; // Task: the index of the task that created it, -1 when none
    QString coro;    // Task
    QString via;     // Task: how it was made, empty when not a Python name
    bool main = false;
    bool internal = false;

    SpanState state = SpanState::Done; // Done, Return
    QString error;                     // Done, Return: the reason it failed
    QString value;                     // Return: the repr of what it returned
    int callIndex = -1;                // Return: the index of the call it ends in its task's calls
    QString function;                  // Call, Worker

    std::chrono::nanoseconds start{0}; // Block, Worker
    std::chrono::nanoseconds end{0};   // Worker
    std::chrono::nanoseconds asked{0}; // Block: the `seconds` of its sleep
    int worker = 0;                    // Worker: its number from 1

    QString text;         // Print
    bool warning = false; // Print: a warning's

    PythonTraceAwait await; // Suspend
    PythonExit exit;        // End

    // The line's fields, for the program's line numbers: looked up only for the events drawn
    // (a look-up costs more than the rest of many a line's reading).
    QJsonObject fields;
    // `line`: the program's line (a `call`'s is its function's `def`), 0 when none.
    int sourceLine() const;
    // A `call`'s `at`: the program's line that called it, 0 when none.
    int callerLine() const;
};

} // namespace ck
