#pragma once

#include "codegen/codelocation.h"
#include "objectwakes.h"
#include "trace/loopevent.h"

#include <QCoroTask>

#include <exception>
#include <memory>
#include <vector>

namespace ck {

class RunContext;
struct Step;
namespace detail {
class TaskCore;
}

// What a run records while a coroutine waits for one of the scenario's objects (a Lock's,
// Semaphore's or Condition's acquire(), an Event's or a Condition's wait(), a Queue's put(),
// get() or join()): a Wait span named as the await ("machine.acquire()"), the Suspended loop event
// with the object and whoever holds it, then Resumed, with who woke it when ObjectWakes knows
// (awaited: the waker's lane, until: when it released, set, notified, put or got; await: what
// it waited for); a CancelledError or a stop ends the span cancelled and goes on.
class ObjectWait
{
public:
    // A step's wait for the object it names.
    ObjectWait(std::shared_ptr<RunContext> context, const Step &step, CodeLocation at, int lane,
               int depth, LoopEvent::Await await);
    // A task's wait for a slot of the bounded mode's semaphore (SyncObjects index `object`),
    // before its steps begin: an ObjectWait span of its own at depth 0, before the task's span
    // (the timeline draws the wait for the slot; FlowFinder finds who handed the slot on).
    static ObjectWait admission(std::shared_ptr<RunContext> context, int object, int task);

    // Awaits `awaiter` (an engine awaiter such as AsyncLock::Acquirer), and records the wait
    // only if it suspends: an acquire() of a free lock or a wait() of a set Event returns at
    // once, as in CPython, without giving the loop back.
    template <typename Awaiter> static QCoro::Task<> await(Awaiter awaiter, ObjectWait wait)
    {
        if (awaiter.await_ready())
            co_return;
        wait.begin();
        std::exception_ptr error;
        try {
            co_await awaiter;
        } catch (...) {
            error = std::current_exception();
        }
        wait.end(error);
    }
    // Awaits `body`, which always suspends (Condition.wait()).
    static QCoro::Task<> await(QCoro::Task<> body, ObjectWait wait);

    void begin();
    // A get() that waited took the item `put` put (ObjectWakes::taken).
    void setWaker(ObjectWakes::Waker put);
    // Closes the span, then rethrows `error` or notes Resumed.
    void end(const std::exception_ptr &error);

private:
    ObjectWait(std::shared_ptr<RunContext> context, int object, CodeLocation at, int lane,
               int depth, LoopEvent::Await await);

    std::shared_ptr<RunContext> m_context;
    int m_object; // SyncObjects index
    CodeLocation m_at;
    int m_lane;
    int m_depth;
    LoopEvent::Await m_await;
    int m_span = -1;
    int m_ticket = -1;                  // ObjectWakes::begin's
    detail::TaskCore *m_task = nullptr; // the task that waits (SyncObjects::beginWait)
};

} // namespace ck
