#pragma once

#include "trace/loopevent.h"

#include <chrono>
#include <cstddef>
#include <deque>
#include <unordered_map>
#include <vector>

namespace ck {

class LoopEventLog;
namespace detail {
class TaskCore;
}

// Who woke each task that waited for one of the scenario's objects, for the flow overlay (a
// Resumed loop event's awaited and until, FlowFinder's release, set, notify, put and get
// arrows). The engine wakes its waiters as CPython 3.11 does (locks.py, queues.py); the steps
// tell this what each task does to an object, and a wait asks at its end who woke it:
// - a Lock's (or Condition's) acquire(): the last release() of it. Once release() woke the
//   first waiter, nobody else can take the lock (a waiter not cancelled is queued) until that
//   waiter resumes and takes it (locks.py 99-122), so no other release() comes between (a
//   woken waiter cancelled before it resumes passes the wake-up on: still that release());
//   Condition.wait() releasing the lock is a release() too;
// - an Event's wait(): the first set() of it after the wait began (set() wakes every waiter
//   queued then, 176-190);
// - a Condition's wait(): the notify() that chose it, as notify(n) does: the first n waiters
//   whose future is not done yet, in the order they began to wait (313-320); a waiter whose
//   task was cancelled meanwhile (its future is cancelled) is skipped;
// - a Queue's get(): the put() of the item it got (queues.py 58-64, 142-172: a put wakes the
//   first getter; a getter whose item another task took first waits again, at the back, for a
//   later put, whose item it then gets);
// - a Queue's put() on a full queue: the get() that freed the slot it took, the slots taken in
//   the order they were freed (116-147: a get wakes the first putter; a putter that finds the
//   queue full again, another put having taken the slot, waits again for a later get).
// Both are who woke it, except when, in one turn of the loop, another task took the item (or
// slot) the wake-up was for and a second put (or get) gave another: then it is that one.
// A semaphore's and a join()'s waits are not told here (FlowFinder's slot arrows are the
// bounded mode's). Only a run that records its loop events keeps these (a crowd's do not).
class ObjectWakes
{
public:
    struct Waker
    {
        int lane = kNoLane; // Recorder::lanes index, kMainLane for the main program
        std::chrono::nanoseconds time{-1};
        bool isKnown() const { return lane != kNoLane; }
    };
    static constexpr int kNoLane = -2;

    explicit ObjectWakes(const LoopEventLog &events) : m_events(&events) {}

    // A wait of `task` for `object` begins: its ticket for end(), -1 when nothing is kept.
    int begin(int object, LoopEvent::Await await, const detail::TaskCore *task);
    // The wait ends: who woke it, if it is known.
    Waker end(int ticket);
    // A get() (put()) that waited got the item (slot) `waker` put (freed): see taken(), put().
    void setWaker(int ticket, Waker waker);

    // What `lane` does to `object`, now.
    void released(int object, int lane);
    void set(int object, int lane); // set() of an Event that was not set
    void notified(int object, int lane, std::size_t count);
    // A put() into `object` (of maxsize `maxsize`) took a slot: the get() that freed it, if
    // the queue is bounded and a get() did.
    Waker put(int object, int lane, int maxsize);
    // A get() took the queue's first item, freeing a slot: the put() of the item.
    Waker taken(int object, int lane, int maxsize);

private:
    struct Wait
    {
        int object = -1;
        LoopEvent::Await await = LoopEvent::Await::None;
        const detail::TaskCore *task = nullptr;
        int cancelling = 0;   // the task's cancel requests when the wait began
        std::size_t seen = 0; // Event: its set()s, Lock: its release()s when the wait began
        Waker waker;          // Condition and Queue: who woke it (wakeFirst, setWaker)
    };
    struct Object
    {
        std::vector<Waker> sets;    // an Event's set()s
        std::size_t releases = 0;   // a Lock's release()s
        Waker lastRelease;          // and the last of them
        std::deque<int> waiting;    // a Condition's waits, in order
        std::deque<Waker> items;    // a Queue's items: the put() of each
        std::deque<Waker> slots;    // a bounded Queue's slots freed by a get(): who freed each
        std::size_t firstSlots = 0; // the slots free when it was made, not yet taken (first)
        bool slotsCounted = false;
    };

    Waker now(int lane) const;
    Object &at(int object);
    Object &queueAt(int object, int maxsize);
    // Wakes the first `count` waits of Condition `object` (none woken or cancelled yet).
    void wakeFirst(int object, std::size_t count, Waker waker);
    bool isCancelled(const Wait &wait) const;

    bool isKept() const;

    const LoopEventLog *m_events;
    std::unordered_map<int, Object> m_objects;
    std::unordered_map<int, Wait> m_waits; // by ticket
    int m_nextTicket = 0;
};

} // namespace ck
