#pragma once

#include <QString>

#include <cstdint>

namespace ck {

// What a recorded span stands for. Task and Routine spans nest; Wait, Download and Block lie
// inside them; Chunk spans (the bytes of a download as they arrived) lie inside a Download.
// Thread: a coroutine suspended at asyncio.to_thread while a worker thread runs the call (the
// worker's own lane shows that call as a Block: the thread, not the loop, is held).
// ObjectWait: a coroutine suspended on a named object (a queue's get or put, a lock, an event,
// a semaphore, a condition); a timer, a gather or a wait_for is a Wait. Appended last, so the
// kinds before it keep their numbers.
enum class SpanKind : std::uint8_t {
    Task,
    Routine,
    Wait,
    Block,
    Download,
    Chunk,
    Thread,
    ObjectWait
};

// The state a span ended in (Running while it is still open). TimedOut: ended because a deadline
// passed, the wait of an asyncio.wait_for that raised TimeoutError, or what the cancellation of
// an asyncio.timeout() block ended before the block raised TimeoutError. Caught: ended by a
// raised exception (as Failed) that an except clause of the same task then caught, so the task
// went on (Recorder::markCaught). Appended last, so the states before them keep their numbers.
enum class SpanState : std::uint8_t { Running, Done, Failed, Cancelled, TimedOut, Caught };

QString spanKindName(SpanKind kind); // "task", "routine", "wait", "block", "download", "chunk",
                                     // "thread", "object-wait"
// The coroutine is suspended at an await during such a span (a timer, the network, a thread, a
// queue, lock or event).
inline bool isSuspension(SpanKind kind)
{
    return kind == SpanKind::Wait || kind == SpanKind::Download || kind == SpanKind::Thread ||
           kind == SpanKind::ObjectWait;
}
QString spanStateName(SpanState state); // "running", "done", "failed", "cancelled",
                                        // "timed-out", "caught"

} // namespace ck
