// N C++20 coroutines that each wait S seconds on a steady_timer, spawned on one io_context: the
// sleepers benchmark (../../shared/bench/asyncio_sleepers.py) on standalone asio (libasio-dev).
// The last sleeper to wake stops the clock; io_context::run() returns when all are done.
// Prints one JSON line.
// Usage: sleepers COUNT [SECONDS]
#include <asio.hpp>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace {

using Clock = std::chrono::steady_clock;

struct Countdown
{
    std::chrono::nanoseconds sleep;
    std::size_t left;
    Clock::time_point lastWake;
};

asio::awaitable<void> sleeper(Countdown *countdown)
{
    asio::steady_timer timer(co_await asio::this_coro::executor, countdown->sleep);
    co_await timer.async_wait(asio::use_awaitable);
    if (--countdown->left == 0)
        countdown->lastWake = Clock::now();
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char **argv)
{
    const std::size_t count = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 100000;
    const double seconds = argc > 2 ? std::strtod(argv[2], nullptr) : 1.0;
    Countdown countdown{std::chrono::duration_cast<std::chrono::nanoseconds>(
                            std::chrono::duration<double>(seconds)),
                        count, Clock::now()};

    asio::io_context context(1);
    const auto start = Clock::now();
    for (std::size_t i = 0; i < count; ++i)
        asio::co_spawn(context, sleeper(&countdown), asio::detached);
    context.run();
    const double makespanMs =
        std::chrono::duration<double, std::milli>(countdown.lastWake - start).count();

    std::printf("{\"impl\": \"asio\", \"count\": %zu, \"seconds\": %g, \"makespan_ms\": %.3f, "
                "\"overhead_ms\": %.3f, \"peak_rss_kb\": %ld}\n",
                count, seconds, makespanMs, makespanMs - seconds * 1000.0, peakRssKb());
}
