#include "sleepersbench.h"

#include "benchfigures.h"
#include "benchheartbeat.h"
#include "coro/asyncevent.h"
#include "coro/detachedcoroutine.h"
#include "coro/realclock.h"
#include "coro/scheduler.h"

#include <QCoroTask>
#include <QEventLoop>

#include <algorithm>

namespace ck {

using namespace std::chrono_literals;
using std::chrono::nanoseconds;

namespace {

// Sleepers made between two looks at the slice's budget.
constexpr int kCheckEvery = 256;

// What every sleeper shares, passed as one pointer: each parameter is copied into each frame.
struct Countdown
{
    Scheduler *scheduler;
    nanoseconds seconds;
    std::size_t left;
    AsyncEvent done;
};

DetachedCoroutine sleeper(Countdown *countdown)
{
    co_await countdown->scheduler->sleep(countdown->seconds);
    if (--countdown->left == 0)
        countdown->done.set();
}

QCoro::Task<nanoseconds> gathered(Scheduler *scheduler, int count, nanoseconds seconds)
{
    co_await scheduler->sleep(50ms); // let the heartbeat settle, as the asyncio script does
    Countdown countdown{scheduler, seconds, std::size_t(count), AsyncEvent(*scheduler)};
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < count; ++i) {
        sleeper(&countdown); // suspended at its sleep, its frame freed when it returns
        // In slices of the scheduler's budget, so that the heartbeat keeps its beat.
        if (i % kCheckEvery == kCheckEvery - 1 && scheduler->sliceSpent())
            co_await scheduler->yieldNow();
    }
    if (count > 0)
        co_await countdown.done.wait();
    co_return std::chrono::steady_clock::now() - start;
}

QCoro::Task<> measure(Scheduler *scheduler, int count, nanoseconds seconds, BenchHeartbeat *beat,
                      nanoseconds *makespan, QEventLoop *loop)
{
    auto beating = beat->beat(scheduler);
    *makespan = co_await gathered(scheduler, count, seconds);
    beat->stop();
    co_await beating;
    loop->quit();
}

double milliseconds(nanoseconds duration)
{
    return BenchFigures::rounded(std::chrono::duration<double, std::milli>(duration).count());
}

} // namespace

QJsonObject SleepersBench::run(int count, nanoseconds seconds)
{
    Scheduler scheduler(std::make_unique<RealClock>(1.0));
    BenchHeartbeat beat;
    nanoseconds makespan{0};
    QEventLoop loop;
    auto task = measure(&scheduler, count, seconds, &beat, &makespan, &loop);
    loop.exec();
    return QJsonObject{
        {QStringLiteral("impl"), QStringLiteral("corokitchen-qcoro")},
        {QStringLiteral("count"), count},
        {QStringLiteral("seconds"), std::chrono::duration<double>(seconds).count()},
        {QStringLiteral("makespan_ms"), milliseconds(makespan)},
        {QStringLiteral("overhead_ms"), milliseconds(makespan - seconds)},
        {QStringLiteral("peak_rss_kb"), qint64(BenchFigures::peakRssKb())},
        {QStringLiteral("max_loop_lag_ms"),
         BenchFigures::rounded(std::max(0.0, BenchFigures::maximum(beat.latenessMs())))},
    };
}

} // namespace ck
