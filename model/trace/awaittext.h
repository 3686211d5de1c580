#pragma once

#include "loopevent.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <vector>

namespace ck {

class Recorder;
struct Span;

// What a coroutine awaits or blocks in, written as the Python program says it. The engine
// records what happened (a sleep of 3 s, the lanes a gather awaits, the task main() awaits);
// this renders it, in one place, for the timeline, the exports, the event-loop view, the
// pitfalls and the narration.
class AwaitText
{
public:
    static QString sleep(std::chrono::nanoseconds asked);         // "asyncio.sleep(3)"
    static QString blockingSleep(std::chrono::nanoseconds asked); // "time.sleep(3)"
    static QString gather(const QStringList &functions);          // "asyncio.gather(a(), b())"
    static QString toThread(std::chrono::nanoseconds asked); // "asyncio.to_thread(time.sleep, 2)"
    // "asyncio.wait_for(slow_api(), timeout=2)"
    static QString waitFor(const QString &function, std::chrono::nanoseconds timeout);
    // "machine.acquire()", "ready.wait()": a method of an object, spelled as in the Python program.
    static QString method(const QString &object, const QString &method);
    // What a wait for a scenario's object awaits: "machine.acquire()", "ready.wait()",
    // "orders.put(...)", "orders.get()", "orders.join()".
    static QString ofObject(LoopEvent::Await await, const QString &object);
    // "asyncio.as_completed([a(), b()])"
    static QString asCompleted(const QStringList &functions);
    // "asyncio.wait([a(), b()])"
    static QString waitTasks(const QStringList &functions);
    // "asyncio.TaskGroup(): a(), b()"
    static QString taskGroup(const QStringList &functions);

    // The label of `span`, one of recorder.spans(): its name if it has one (a task, a routine,
    // a download), else what it awaited or blocked in; empty if it is neither.
    static QString ofSpan(const Recorder &recorder, const Span &span);
    // What a Suspended or Blocked event's coroutine awaits or blocks in; empty for others.
    static QString ofEvent(const Recorder &recorder, const LoopEvent &event);

private:
    static QString gatherOfLanes(const Recorder &recorder, const std::vector<int> &lanes);
};

} // namespace ck
