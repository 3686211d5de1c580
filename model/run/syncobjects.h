#pragma once

#include "coro/asynccondition.h"
#include "coro/asyncevent.h"
#include "coro/asynclock.h"
#include "coro/asyncqueue.h"
#include "coro/asyncsemaphore.h"
#include "pyvalue.h"
#include "scenario/namedobject.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QString>

#include <memory>
#include <vector>

namespace ck {

class CancelToken;
class Scheduler;
namespace detail {
class TaskCore;
}

// The engine objects of one run, one per object the scenario declares ("objects"), made when the
// run begins as the Python program makes them at module level; and, for the views, the lanes
// that hold each Lock, Semaphore or Condition at the moment (whom a waiter waits for).
// It also keeps the tasks that wait for one of them, or for a task they come `after` (one that
// failed never sets its done event): nothing but another task wakes such a wait,
// so when the run stops (the stop button, or asyncio.run cancelling what main() left) they are
// cancelled, and a run on the virtual clock whose loop has nothing left to do while some of them
// wait is a deadlock (CPython's loop would wait forever): they are cancelled then too, so that
// the run ends.
class SyncObjects
{
    Q_DECLARE_TR_FUNCTIONS(SyncObjects)

public:
    SyncObjects(Scheduler &scheduler, std::vector<NamedObject> objects, CancelToken &token);
    ~SyncObjects();
    SyncObjects(const SyncObjects &) = delete;
    SyncObjects &operator=(const SyncObjects &) = delete;

    // How the object at `index` was declared: Scenario::objects, then the one a mode adds (the
    // bounded mode's "semaphore").
    const NamedObject &declared(int index) const { return m_declared[std::size_t(index)]; }

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

    // The task running now begins or ends a wait for an object.
    detail::TaskCore *beginWait();
    void endWait(detail::TaskCore *task);
    // The reason a deadlocked wait is cancelled with.
    static QString deadlockReason();

private:
    // Cancels every task that waits for an object.
    void cancelWaits(const QString &message);

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

    Scheduler *m_scheduler;
    CancelToken *m_token;
    std::vector<NamedObject> m_declared;
    std::vector<Held> m_objects;
    std::vector<detail::TaskCore *> m_waiting;
    QMetaObject::Connection m_idle;
    int m_stopListener = -1;
};

} // namespace ck
