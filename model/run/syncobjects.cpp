#include "syncobjects.h"

#include <algorithm>

namespace ck {

SyncObjects::SyncObjects(Scheduler &scheduler, const std::vector<NamedObject> &objects)
    : m_objects(objects.size())
{
    for (std::size_t i = 0; i < objects.size(); ++i) {
        Held &held = m_objects[i];
        switch (objects[i].type) {
        case NamedObject::Type::Lock:
            held.lock = std::make_unique<AsyncLock>(scheduler);
            break;
        case NamedObject::Type::Event:
            held.event = std::make_unique<AsyncEvent>(scheduler);
            break;
        case NamedObject::Type::Semaphore:
            held.semaphore = std::make_unique<AsyncSemaphore>(scheduler, objects[i].value);
            break;
        case NamedObject::Type::Condition:
            held.condition = std::make_unique<AsyncCondition>(scheduler);
            break;
        case NamedObject::Type::Queue:
            held.queue = std::make_unique<AsyncQueue<PyValue>>(scheduler, objects[i].value);
            break;
        }
    }
}

void SyncObjects::left(int index, int lane)
{
    std::vector<int> &holders = at(index).holders;
    const auto found = std::find(holders.begin(), holders.end(), lane);
    if (found != holders.end())
        holders.erase(found);
}

} // namespace ck
