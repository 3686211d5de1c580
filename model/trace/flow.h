#pragma once

#include <chrono>
#include <cstdint>

namespace ck {

// One arrow of "who wakes whom" in a recorded run, as Perfetto draws flow events: from a point
// of one lane (or of the main program, lane kMainLane) to a point of another, or of the same
// lane for a timer. FlowFinder derives them from what the Recorder holds.
struct Flow
{
    enum class Kind : std::uint8_t {
        Created, // a task was created: the creator's span -> the new task's first span
        Timer,   // a timer fired: the end of the sleep -> the sleeper resumes there
        FanOut,  // a gather started its awaitables: the gather -> each child's first span
        FanIn,   // a child of a gather ended: its end -> the gather's return
        After,   // an `after` dependency: the predecessor's end -> the task's start
        Slot,    // a semaphore's slot handed on: the releaser's end -> the next holder
        Call,    // main() awaited a coroutine directly (sequential): main -> its first span
        Return,  // that coroutine returned: its end -> main() going on
        // A task woke one waiting for a scenario's object: the moment it released, set,
        // notified, put or got -> the waiter going on (its wait's end). See ObjectWakes.
        Release, // a Lock (or Condition) released to the next waiter of acquire()
        Set,     // an Event set, waking each task in its wait()
        Notify,  // a Condition's notify() or notify_all() waking a wait()
        Put,     // a Queue's put() whose item a blocked get() got
        Get,     // a Queue's get() freeing a slot for a blocked put()
    };
    // Whether it is one of the kinds an object's waker leaves (Release to Get).
    static bool isObjectWake(Kind kind) { return kind >= Kind::Release; }

    Kind kind = Kind::Created;
    int fromLane = -1; // Recorder::lanes index, kMainLane for the main program
    int fromSpan = -1; // the span it leaves, -1 for the main program
    std::chrono::nanoseconds from{0};
    int toLane = -1;
    int toSpan = -1; // the span it enters, -1 for the main program
    std::chrono::nanoseconds to{0};
};

} // namespace ck
