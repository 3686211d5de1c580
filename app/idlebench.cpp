#include "idlebench.h"

#include "benchfigures.h"
#include "coro/realclock.h"
#include "coro/scheduler.h"

#include <QCoroTask>
#include <QEventLoop>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ck {

using namespace std::chrono_literals;
using std::chrono::nanoseconds;

namespace {

constexpr nanoseconds kBeat = 10ms;

struct Beats
{
    bool stop = false;
    std::vector<double> latenessMs; // of each wake-up after its deadline; negative: early
};

// user + system time of the whole process.
nanoseconds cpuTime()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto of = [](const timeval &t) {
        return std::chrono::seconds(t.tv_sec) + std::chrono::microseconds(t.tv_usec);
    };
    return of(usage.ru_utime) + of(usage.ru_stime);
}

QCoro::Task<> heartbeat(Scheduler *scheduler, Beats *beats)
{
    while (!beats->stop) {
        const auto deadline = std::chrono::steady_clock::now() + kBeat;
        co_await scheduler->sleep(kBeat);
        const nanoseconds late = std::chrono::steady_clock::now() - deadline;
        beats->latenessMs.push_back(std::chrono::duration<double, std::milli>(late).count());
    }
}

QCoro::Task<> measure(Scheduler *scheduler, nanoseconds seconds, Beats *beats, nanoseconds *cpu,
                      QEventLoop *loop)
{
    auto beating = heartbeat(scheduler, beats);
    co_await scheduler->sleep(50ms); // let the heartbeat settle, as the sleepers bench does
    const nanoseconds before = cpuTime();
    co_await scheduler->sleep(seconds);
    *cpu = cpuTime() - before;
    beats->stop = true;
    co_await beating;
    loop->quit();
}

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = std::size_t(std::ceil(fraction * double(values.size()))) - 1;
    return values[std::min(rank, values.size() - 1)];
}

} // namespace

QJsonObject IdleBench::run(nanoseconds seconds)
{
    Scheduler scheduler(std::make_unique<RealClock>(1.0));
    Beats beats;
    nanoseconds cpu{0};
    QEventLoop loop;
    auto task = measure(&scheduler, seconds, &beats, &cpu, &loop);
    loop.exec();
    const auto early = std::count_if(beats.latenessMs.begin(), beats.latenessMs.end(),
                                     [](double late) { return late < 0; });
    return QJsonObject{
        {QStringLiteral("impl"), QStringLiteral("corokitchen-idle")},
        {QStringLiteral("seconds"), std::chrono::duration<double>(seconds).count()},
        {QStringLiteral("cpu_ms"),
         BenchFigures::rounded(std::chrono::duration<double, std::milli>(cpu).count())},
        {QStringLiteral("wakeups"), qint64(beats.latenessMs.size())},
        {QStringLiteral("early_wakeups"), qint64(early)},
        {QStringLiteral("lateness_ms_median"),
         BenchFigures::rounded(BenchFigures::median(beats.latenessMs))},
        {QStringLiteral("lateness_ms_p99"),
         BenchFigures::rounded(percentile(beats.latenessMs, 0.99))},
        {QStringLiteral("lateness_ms_max"),
         BenchFigures::rounded(BenchFigures::maximum(beats.latenessMs))},
    };
}

} // namespace ck
