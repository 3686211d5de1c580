#pragma once

#include "../codegen/codelocation.h"
#include "../scenario/localizedtext.h"
#include "spankind.h"

#include <QString>
#include <chrono>
#include <cstdint>
#include <vector>

namespace ck {

// The lane of the main program's own coroutine in loop events and log lines.
inline constexpr int kMainLane = -1;

// One scheduling event of a run, as the event loop saw it: a coroutine created, run, suspended
// at an await, made ready, resumed, blocked, done. The event-loop view, the narration, the code
// view's markers and step/rewind are all derived from these, in the order they happened.
struct LoopEvent
{
    enum class Kind : std::uint8_t {
        Created,   // a task was created: it is ready and starts on a later iteration
        Started,   // the loop runs it for the first time
        Suspended, // it awaits something (see Await) and gives the loop back
        Ready,     // what it awaited happened (a timer fired): it waits in the ready queue
        Resumed,   // the loop resumes it where it was suspended
        Blocked,   // it calls time.sleep: it keeps the loop, nothing else runs
        Unblocked, // the blocking call returned
        Called,    // it awaits a routine inline: the routine runs in the same task
        Returned,  // the routine returned to it
        Printed,   // it printed a line, or Python warned (ref: Recorder::logLines index;
                   // a warning's detail: the coroutine function it is about)
        Chunk,     // a chunk of its download arrived
        Finished,  // it ended (state: done, failed or cancelled)
        Caught,    // an except clause caught an exception (detail: "ValueError: bad response")
        Cancels,   // it calls task.cancel() (detail: the task's name; awaited: its lane; state:
                   // Done when that task was done already and cancel() did nothing)
        TimedOut,  // the deadline of its `async with asyncio.timeout()` passed: the block was
                   // cancelled and raises TimeoutError (asked: the timeout's delay)
    };
    // What a Suspended coroutine waits for.
    enum class Await : std::uint8_t {
        None,
        Timer,
        Network,
        Routines,
        Task,
        Predecessors,
        Thread,    // asyncio.to_thread: a worker thread runs the blocking call (asked: its length)
        WaitFor,   // asyncio.wait_for: the routine's lane (awaited) or the timeout (asked)
        TaskGroup, // the end of `async with asyncio.TaskGroup()`: its tasks' lanes (awaited)
        Acquire,   // `async with machine:` waits in machine.acquire() (detail: the object's
                   // name as Python spells it; ref: its NamedObject::Type; awaited: the lanes
                   // holding it)
        Event,     // await ready.wait() (detail: the Event's name)
        Notify,    // await cond.wait(): released the lock, waits to be notified (detail)
        QueuePut,  // await orders.put(item) on a full queue (detail: its name; ref: its maxsize)
        QueueGet,  // await orders.get() on an empty queue (detail)
        QueueJoin, // await orders.join() while items put are not all done (detail)
    };

    std::chrono::nanoseconds time{0}; // scenario time since the run began
    std::uint64_t iteration = 0;      // the event loop's iteration it happened in
    // Its place among the events of every run on the same loop (a comparison's two runs share
    // one): on the virtual clock many share a time, and only this says which came first.
    std::uint64_t sequence = 0;
    int lane = -1; // Recorder::lanes index, -1 for the main program
    Kind kind = Kind::Created;
    Await await = Await::None;          // Suspended: what it awaits; Ready: Thread when a worker
                                        // thread's call returned, else None
    SpanState state = SpanState::Done;  // Finished: how it ended
    CodeLocation location;              // the step (or function) it is at
    std::chrono::nanoseconds until{-1}; // Timer and Ready: the timer's deadline; Blocked: when
                                        // the call returns
    std::chrono::nanoseconds asked{-1}; // Timer, Thread and Blocked: the duration the sleep
                                        // asked for
    int ref = -1;     // Printed: the Recorder::logLines index; Chunk: the chunk's number;
                      // Acquire: the NamedObject::Type of what it acquires; Caught: an except*
                      // clause's kFromGroup or kNakedStar (detail: the members it took);
                      // QueuePut: the queue's maxsize
    qint64 bytes = 0; // Chunk: bytes that arrived
    QString detail;   // Network: what it downloads; Called/Returned: the routine; Finished: the
                      // reason it failed. What else it awaits, AwaitText renders from the rest.
    std::vector<int> awaited; // Routines/Task/Predecessors: the lanes whose end wakes it
    bool raised = false;      // Finished, failed: with an exception the scenario raised (detail
                              // "ValueError: bad response"), not one of the app's failures
    LocalizedText value;      // Returned (a routine): the repr of what it returned, 'chunk 1'

    // Caught's ref for an except* clause: it took members of an ExceptionGroup, or the naked
    // exception Python wrapped in one.
    static constexpr int kFromGroup = 1;
    static constexpr int kNakedStar = 2;

    static LoopEvent of(int lane, Kind kind, const CodeLocation &location, QString detail = {})
    {
        LoopEvent event;
        event.lane = lane;
        event.kind = kind;
        event.location = location;
        event.detail = std::move(detail);
        return event;
    }
};

} // namespace ck
