#pragma once

#include "coro/asynccondition.h"
#include "coro/asyncevent.h"
#include "coro/asynclock.h"
#include "coro/asyncqueue.h"
#include "coro/asyncsemaphore.h"
#include "pyvalue.h"
#include "scenario/namedobject.h"

#include <memory>
#include <vector>

namespace ck {

class Scheduler;

// The engine objects of one run, one per object the scenario declares ("objects"), made when the
// run begins as the Python program makes them at module level; and, for the views, the lanes
// that hold each Lock, Semaphore or Condition at the moment (whom a waiter waits for).
class SyncObjects
{
public:
    SyncObjects(Scheduler &scheduler, const std::vector<NamedObject> &objects);

    // The object at Scenario::objects[index], which must be of that type.
    AsyncLock &lock(int index) { return *at(index).lock; }
    AsyncEvent &event(int index) { return *at(index).event; }
    AsyncSemaphore &semaphore(int index) { return *at(index).semaphore; }
    AsyncCondition &condition(int index) { return *at(index).condition; }
    AsyncQueue<PyValue> &queue(int index) { return *at(index).queue; }

    // The lanes inside an `async with` of the object, in the order they entered.
    const std::vector<int> &holders(int index) { return at(index).holders; }
    void entered(int index, int lane) { at(index).holders.push_back(lane); }
    void left(int index, int lane);

private:
    struct Held
    {
        std::unique_ptr<AsyncLock> lock;
        std::unique_ptr<AsyncEvent> event;
        std::unique_ptr<AsyncSemaphore> semaphore;
        std::unique_ptr<AsyncCondition> condition;
        std::unique_ptr<AsyncQueue<PyValue>> queue;
        std::vector<int> holders;
    };
    Held &at(int index) { return m_objects[std::size_t(index)]; }

    std::vector<Held> m_objects;
};

} // namespace ck
