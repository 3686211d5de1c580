#include "objectwakes.h"

#include "coro/taskcore.h"
#include "loopeventlog.h"

#include <algorithm>

namespace ck {

bool ObjectWakes::isKept() const
{
    return m_events->isRecording();
}

ObjectWakes::Waker ObjectWakes::now(int lane) const
{
    return Waker{lane, m_events->now()};
}

ObjectWakes::Object &ObjectWakes::at(int object)
{
    return m_objects[object];
}

int ObjectWakes::begin(int object, LoopEvent::Await await, const detail::TaskCore *task)
{
    if (!isKept())
        return -1;
    Wait wait;
    wait.object = object;
    wait.await = await;
    wait.task = task;
    wait.cancelling = task ? task->cancelling() : 0;
    Object &held = at(object);
    if (await == LoopEvent::Await::Event)
        wait.seen = held.sets.size();
    else if (await == LoopEvent::Await::Acquire)
        wait.seen = held.releases;
    const int ticket = m_nextTicket++;
    if (await == LoopEvent::Await::Notify)
        held.waiting.push_back(ticket);
    m_waits.emplace(ticket, wait);
    return ticket;
}

ObjectWakes::Waker ObjectWakes::end(int ticket)
{
    const auto found = m_waits.find(ticket);
    if (found == m_waits.end())
        return {};
    const Wait wait = found->second;
    m_waits.erase(found);
    Object &held = at(wait.object);
    std::erase(held.waiting, ticket);
    switch (wait.await) {
    case LoopEvent::Await::Event:
        return wait.seen < held.sets.size() ? held.sets[wait.seen] : Waker{};
    case LoopEvent::Await::Acquire:
        return held.releases > wait.seen ? held.lastRelease : Waker{};
    default:
        break;
    }
    return wait.waker;
}

void ObjectWakes::setWaker(int ticket, Waker waker)
{
    const auto found = m_waits.find(ticket);
    if (found != m_waits.end())
        found->second.waker = waker;
}

void ObjectWakes::released(int object, int lane)
{
    if (!isKept())
        return;
    Object &held = at(object);
    ++held.releases;
    held.lastRelease = now(lane);
}

void ObjectWakes::set(int object, int lane)
{
    if (isKept())
        at(object).sets.push_back(now(lane));
}

void ObjectWakes::notified(int object, int lane, std::size_t count)
{
    if (isKept())
        wakeFirst(object, count, now(lane));
}

ObjectWakes::Object &ObjectWakes::queueAt(int object, int maxsize)
{
    Object &held = at(object);
    if (!held.slotsCounted)
        held.firstSlots = std::size_t(std::max(maxsize, 0));
    held.slotsCounted = true;
    return held;
}

ObjectWakes::Waker ObjectWakes::put(int object, int lane, int maxsize)
{
    if (!isKept())
        return {};
    Object &held = queueAt(object, maxsize);
    held.items.push_back(now(lane));
    if (held.firstSlots > 0) {
        --held.firstSlots;
        return {};
    }
    if (held.slots.empty())
        return {};
    const Waker slot = held.slots.front();
    held.slots.pop_front();
    return slot;
}

ObjectWakes::Waker ObjectWakes::taken(int object, int lane, int maxsize)
{
    if (!isKept())
        return {};
    Object &held = queueAt(object, maxsize);
    if (maxsize > 0)
        held.slots.push_back(now(lane));
    if (held.items.empty())
        return {};
    const Waker item = held.items.front();
    held.items.pop_front();
    return item;
}

void ObjectWakes::wakeFirst(int object, std::size_t count, Waker waker)
{
    for (const int ticket : at(object).waiting) {
        if (count == 0)
            return;
        Wait &wait = m_waits[ticket];
        if (wait.waker.isKnown() || isCancelled(wait))
            continue;
        wait.waker = waker;
        --count;
    }
}

bool ObjectWakes::isCancelled(const Wait &wait) const
{
    // Task.cancel() cancels the future a waiting task awaits at once (tasks.py 217-224): a
    // cancel request since the wait began is a cancelled future.
    return wait.task && wait.task->cancelling() > wait.cancelling;
}

} // namespace ck
