#include <QTest>

#include "coro/detachedcoroutine.h"
#include "coro/framepool.h"
#include "coro/scheduler.h"
#include "coro/task.h"
#include "coro/virtualclock.h"

#include <QEventLoop>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cstring>
#include <vector>

using ck::FramePool;
using namespace std::chrono_literals;

namespace {

struct Block
{
    std::byte *address;
    std::size_t size;
    std::byte fill;
};

bool holdsItsFill(const Block &block)
{
    return std::all_of(block.address, block.address + block.size,
                       [&](std::byte b) { return b == block.fill; });
}

// Runs the loop until the scheduler has nothing left to do (at most ten seconds).
void runUntilIdle(ck::Scheduler &scheduler)
{
    QEventLoop loop;
    QObject::connect(&scheduler, &ck::Scheduler::idle, &loop, &QEventLoop::quit);
    QTimer::singleShot(10s, &loop, &QEventLoop::quit);
    if (scheduler.hasWork())
        loop.exec();
}

ck::DetachedCoroutine sleepThenCount(ck::Scheduler *scheduler, int *woken)
{
    co_await scheduler->sleep(1s);
    ++*woken;
}

ck::Task<int> answer(ck::Scheduler *scheduler)
{
    co_await scheduler->sleep(10ms);
    co_return 42;
}

} // namespace

class TstFramePool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocksAreAlignedApartAndKeepTheirBytes();
    void emptySlabsGoBackButTheOneInUse();
    void detachedCoroutinesFreeTheirFramesWhenTheyReturn();
    void tasksLiveInThePool();
};

void TstFramePool::blocksAreAlignedApartAndKeepTheirBytes()
{
    // Blocks of every size, freed in random order while others are made: each keeps what was
    // written into it, so no two overlap, and each is aligned as operator new's are.
    QRandomGenerator random(11);
    std::vector<Block> live;
    for (int round = 0; round < 20000; ++round) {
        if (!live.empty() && random.bounded(3) == 0) {
            const auto index = std::size_t(random.bounded(int(live.size())));
            QVERIFY(holdsItsFill(live[index]));
            FramePool::deallocate(live[index].address, live[index].size);
            live.erase(live.begin() + std::ptrdiff_t(index));
            continue;
        }
        const auto size = std::size_t(1 + random.bounded(700)); // some past the largest class
        auto *address = static_cast<std::byte *>(FramePool::allocate(size));
        QCOMPARE(reinterpret_cast<std::uintptr_t>(address) % alignof(std::max_align_t), 0u);
        const auto fill = std::byte(random.bounded(256));
        std::memset(address, int(fill), size);
        live.push_back(Block{address, size, fill});
    }
    for (const Block &block : live) {
        QVERIFY(holdsItsFill(block));
        FramePool::deallocate(block.address, block.size);
    }
}

void TstFramePool::emptySlabsGoBackButTheOneInUse()
{
    if (!FramePool::isPooled())
        QSKIP("AddressSanitizer: blocks come from operator new");
    const std::size_t before = FramePool::slabCount();
    constexpr std::size_t size = 48; // a size class no other test here uses
    std::vector<void *> blocks(100000);
    for (void *&block : blocks)
        block = FramePool::allocate(size);
    const std::size_t perSlab = FramePool::kSlabBytes / size;
    QVERIFY(FramePool::slabCount() - before >= blocks.size() / perSlab);
    // Freed in the order they were made, as a crowd's sleepers end: every full slab goes back.
    for (void *block : blocks)
        FramePool::deallocate(block, size);
    QVERIFY(FramePool::slabCount() <= before + 1);
    // The slab kept is used again.
    void *again = FramePool::allocate(size);
    QVERIFY(FramePool::slabCount() <= before + 1);
    FramePool::deallocate(again, size);
}

void TstFramePool::detachedCoroutinesFreeTheirFramesWhenTheyReturn()
{
    ck::Scheduler scheduler(std::make_unique<ck::VirtualClock>());
    const std::size_t before = FramePool::slabCount();
    int woken = 0;
    for (int i = 0; i < 50000; ++i)
        sleepThenCount(&scheduler, &woken);
    QCOMPARE(woken, 0); // each waits at its sleep, nobody holding it
    if (FramePool::isPooled())
        QVERIFY(FramePool::slabCount() > before);
    runUntilIdle(scheduler);
    QCOMPARE(woken, 50000);
    QCOMPARE(scheduler.now(), std::chrono::nanoseconds(1s));
    QVERIFY(FramePool::slabCount() <= before + 1);
}

void TstFramePool::tasksLiveInThePool()
{
    ck::Scheduler scheduler(std::make_unique<ck::VirtualClock>());
    const std::size_t before = FramePool::slabCount();
    std::vector<ck::Task<int>> tasks;
    for (int i = 0; i < 20000; ++i)
        tasks.push_back(std::move(answer(&scheduler).start(scheduler)));
    if (FramePool::isPooled())
        QVERIFY(FramePool::slabCount() > before);
    runUntilIdle(scheduler);
    QVERIFY(std::all_of(tasks.begin(), tasks.end(),
                        [](const ck::Task<int> &task) { return task.result() == 42; }));
    tasks.clear();
    QVERIFY(FramePool::slabCount() <= before + 1);
}

QTEST_GUILESS_MAIN(TstFramePool)
#include "tst_framepool.moc"
