#include "syncobjects.h"

#include "coro/canceltoken.h"
#include "coro/scheduler.h"
#include "coro/taskcore.h"

#include <algorithm>

namespace ck {

SyncObjects::SyncObjects(Scheduler &scheduler, std::vector<NamedObject> objects, CancelToken &token)
    : m_scheduler(&scheduler), m_token(&token), m_declared(std::move(objects)),
      m_objects(m_declared.size())
{
    m_stopListener = token.addListener([this] { cancelWaits({}); });
    m_idle = QObject::connect(&scheduler, &Scheduler::idle, [this] {
        if (m_scheduler->clock().isVirtual())
            cancelWaits(deadlockReason());
    });
    for (std::size_t i = 0; i < m_declared.size(); ++i) {
        Held &held = m_objects[i];
        switch (m_declared[i].type) {
        case NamedObject::Type::Lock:
            held.lock = std::make_unique<AsyncLock>(scheduler);
            break;
        case NamedObject::Type::Event:
            held.event = std::make_unique<AsyncEvent>(scheduler);
            break;
        case NamedObject::Type::Semaphore:
            held.semaphore = std::make_unique<AsyncSemaphore>(scheduler, m_declared[i].value);
            break;
        case NamedObject::Type::Condition:
            held.condition = std::make_unique<AsyncCondition>(scheduler);
            break;
        case NamedObject::Type::Queue:
            held.queue = std::make_unique<AsyncQueue<PyValue>>(scheduler, m_declared[i].value);
            break;
        }
    }
}

SyncObjects::~SyncObjects()
{
    QObject::disconnect(m_idle);
    if (m_stopListener >= 0)
        m_token->removeListener(m_stopListener);
}

detail::TaskCore *SyncObjects::beginWait()
{
    detail::TaskCore *task = m_scheduler->currentTask();
    if (task)
        m_waiting.push_back(task);
    return task;
}

void SyncObjects::endWait(detail::TaskCore *task)
{
    const auto found = std::find(m_waiting.begin(), m_waiting.end(), task);
    if (found != m_waiting.end())
        m_waiting.erase(found);
}

QString SyncObjects::deadlockReason()
{
    return tr("deadlock: every task left waits for a Lock, Event or Condition that no task "
              "will release, set or notify, or comes after a task that failed");
}

void SyncObjects::cancelWaits(const QString &message)
{
    // A cancelled task leaves the list when it resumes, on a later iteration.
    for (detail::TaskCore *task : std::vector<detail::TaskCore *>(m_waiting))
        task->cancel(message);
}

void SyncObjects::left(int index, int lane)
{
    std::vector<int> &holders = at(index).holders;
    const auto found = std::find(holders.begin(), holders.end(), lane);
    if (found != holders.end())
        holders.erase(found);
}

} // namespace ck
