#pragma once

#include "coro/asyncsemaphore.h"

#include <QHash>
#include <QPair>

#include <vector>

namespace ck {

class Recorder;
class Scheduler;

// The loop's default executor as a run sees it (concurrent.futures.ThreadPoolExecutor): a fixed
// number of worker threads that take the asyncio.to_thread calls in the order they came, a call
// waiting for a free worker when all are busy. The run simulates the threads (a slot and a timer
// per call): the calls only sleep, so no real thread is needed to be truthful, and the virtual
// clock stays exact. Each worker is drawn on a lane of its own under the task that called it.
class WorkerPool
{
public:
    WorkerPool(Scheduler &scheduler, int threads);

    // A free worker: acquire one before take(), give() it back before release.
    AsyncSemaphore &slots() { return m_slots; }
    int take(); // the free worker with the lowest number (from 1), now busy
    void give(int worker);
    // The lane that draws `worker` under `caller`'s lane, made the first time it is needed.
    int lane(Recorder &recorder, int caller, int worker);
    // A new lane for `worker` under `caller`'s lane (kMainLane: the main program's), named as
    // the engine names it.
    static int addWorkerLane(Recorder &recorder, int caller, int worker);

private:
    AsyncSemaphore m_slots;
    std::vector<bool> m_busy;
    QHash<QPair<int, int>, int> m_lanes; // (caller lane, worker) -> lane
};

} // namespace ck
