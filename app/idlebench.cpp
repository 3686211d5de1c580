#include "idlebench.h"

#include "benchfigures.h"
#include "benchheartbeat.h"
#include "coro/realclock.h"
#include "coro/scheduler.h"

#include <QCoroTask>
#include <QEventLoop>

#include <sys/resource.h>

#include <algorithm>
#include <vector>

namespace ck {

using namespace std::chrono_literals;
using std::chrono::nanoseconds;

namespace {

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

QCoro::Task<> measure(Scheduler *scheduler, nanoseconds seconds, BenchHeartbeat *beats,
                      nanoseconds *cpu, QEventLoop *loop)
{
    auto beating = beats->beat(scheduler);
    co_await scheduler->sleep(50ms); // let the heartbeat settle, as the sleepers bench does
    const nanoseconds before = cpuTime();
    co_await scheduler->sleep(seconds);
    *cpu = cpuTime() - before;
    beats->stop();
    co_await beating;
    loop->quit();
}

} // namespace

QJsonObject IdleBench::run(nanoseconds seconds)
{
    Scheduler scheduler(std::make_unique<RealClock>(1.0));
    BenchHeartbeat beats;
    nanoseconds cpu{0};
    QEventLoop loop;
    auto task = measure(&scheduler, seconds, &beats, &cpu, &loop);
    loop.exec();
    const std::vector<double> &lateness = beats.latenessMs();
    const auto early =
        std::count_if(lateness.begin(), lateness.end(), [](double late) { return late < 0; });
    return QJsonObject{
        {QStringLiteral("impl"), QStringLiteral("corokitchen-idle")},
        {QStringLiteral("seconds"), std::chrono::duration<double>(seconds).count()},
        {QStringLiteral("cpu_ms"),
         BenchFigures::rounded(std::chrono::duration<double, std::milli>(cpu).count())},
        {QStringLiteral("wakeups"), qint64(lateness.size())},
        {QStringLiteral("early_wakeups"), qint64(early)},
        {QStringLiteral("lateness_ms_median"),
         BenchFigures::rounded(BenchFigures::median(lateness))},
        {QStringLiteral("lateness_ms_p99"),
         BenchFigures::rounded(BenchFigures::percentile(lateness, 0.99))},
        {QStringLiteral("lateness_ms_max"), BenchFigures::rounded(BenchFigures::maximum(lateness))},
    };
}

} // namespace ck
