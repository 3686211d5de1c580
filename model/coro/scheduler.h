#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include "breatheawaiter.h"
#include "clock.h"
#include "precisewake.h"
#include "readyitem.h"
#include "sleepawaiter.h"
#include "timerqueue.h"
#include "yieldawaiter.h"

#include <chrono>
#include <coroutine>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace ck {

class CancelToken;

namespace detail {
class TaskCore;
}

// The one event-loop scheduler of scenario time: a min-heap of sleeps in front of one precise
// wake-up (a timerfd on the real clock, see PreciseWake), and a ready queue run in asyncio-style
// iterations. Each iteration first
// moves the due timers to the ready queue (deadline order, FIFO on ties), then runs exactly the
// items that were ready when it began; what they make ready runs in the next iteration. Work is
// done from the Qt event loop in slices with a wall-time budget, never inline.
class Scheduler : public QObject
{
    Q_OBJECT

public:
    explicit Scheduler(std::unique_ptr<Clock> clock, QObject *parent = nullptr);
    ~Scheduler() override;

    Clock &clock() { return *m_clock; }
    const Clock &clock() const { return *m_clock; }
    // Settles the sleeps awaiting it (see addSleep): none is ever set later than this reading.
    std::chrono::nanoseconds now() const
    {
        return m_unsettled.empty() ? m_clock->now() : settleSleeps();
    }

    // The duration is taken by reference: GCC would keep a copy of it in the sleeping frame.
    SleepAwaiter sleep(const std::chrono::nanoseconds &duration)
    {
        return SleepAwaiter(m_plainSleep, durationOf(duration));
    }
    SleepAwaiter sleep(const std::chrono::nanoseconds &duration, const CancelToken *token)
    {
        return SleepAwaiter(optionsOf(token), durationOf(duration));
    }
    // `options` must outlive the sleep and name this scheduler (see SleepOptions).
    SleepAwaiter sleep(const std::chrono::nanoseconds &duration, const SleepOptions *options);
    YieldAwaiter yieldNow() { return YieldAwaiter(*this); }
    BreatheAwaiter breathe() { return BreatheAwaiter(*this); }
    YieldAwaiter iterationEnd() { return YieldAwaiter(*this, YieldAwaiter::Until::IterationEnd); }
    // time.sleep: holds the loop (real clock) or advances time with nothing else running.
    void block(std::chrono::nanoseconds duration)
    {
        settle(); // they were set before the loop was held
        m_clock->block(duration);
    }

    void callSoon(ReadyItem::Function function, void *context);
    void resumeSoon(std::coroutine_handle<> handle);
    // Within dispatch: whether the slice has used up its budget; then callFirstAfterEvents()
    // ends it and runs `item` first when the next one begins, in the same iteration.
    bool sliceSpent() const;
    void callFirstAfterEvents(ReadyItem item);
    // Runs `item` when the running iteration has run all its items (see YieldAwaiter).
    void callAtIterationEnd(ReadyItem item);
    // The Task whose step is running (asyncio.current_task()), null outside any.
    detail::TaskCore *currentTask() const { return m_currentTask; }
    // For TaskCore's step: makes `task` the current one and gives the one it replaces.
    detail::TaskCore *enterTask(detail::TaskCore *task)
    {
        return std::exchange(m_currentTask, task);
    }
    void addTimer(SleepAwaiter *sleeper, std::chrono::nanoseconds deadline)
    {
        settle(); // set before this one: their sequences come first
        m_timers.push(TimerEntry{deadline, m_sequence++, sleeper});
        if (!m_dispatching) // dispatch() re-arms when its slice ends
            scheduleWake();
    }
    // A sleep of `duration` from now (asyncio's call_later). On the real clock, a ready item
    // that sets many (a crowd's creator, each of its coroutines sleeping at once) would read
    // the clock for each, which is a third of what a sleep costs: within dispatch, the sleep
    // waits instead, unsettled, for the next reading, which is taken once kSettleEvery wait,
    // when the item returns, or when anything reads the time, sets another timer or looks at
    // the queue. Its deadline is that reading plus its duration: never earlier than asyncio's,
    // later by what the item did after setting it (microseconds for a creator of sleepers), and
    // in the same order, since the readings only grow, the unsettled keep their order, and every
    // one is settled before the clock is read for anything else (as if they had been set at the
    // instant of that reading).
    void addSleep(SleepAwaiter *sleeper, std::chrono::nanoseconds duration)
    {
        if (m_virtualClock || !m_dispatching) {
            addTimer(sleeper, now() + duration);
            return;
        }
        m_unsettled.push_back(UnsettledSleep{sleeper, duration});
        if (m_unsettled.size() == kSettleEvery)
            settleSleeps();
    }
    static constexpr std::size_t kSettleEvery = 64;
    // A cancelled sleep: its timer is gone, the loop no longer wakes for it. False when it was
    // not queued (it fired: its item may wait in the ready queue).
    bool removeTimer(SleepAwaiter *sleeper);
    void wakeCancelled(const CancelToken *token);
    // Re-arms the wake-up timer after the clock changed speed.
    void clockChanged();

    // loop.stop() for good, as asyncio.run leaves a loop whose main() raised: the running item
    // is the last, no timer wakes it again.
    void stop();

    void setSliceBudget(std::chrono::microseconds budget) { m_sliceBudget = budget; }
    bool hasWork() const
    {
        return !m_ready.empty() || !m_timers.empty() || !m_unsettled.empty() ||
               !m_atIterationEnd.empty();
    }
    std::size_t timerCount() const { return m_timers.size() + m_unsettled.size(); }
    std::uint64_t iterations() const { return m_iterations; }
    // 1, 2, 3…: numbers what happens on this loop, so that the runs sharing it can be told
    // apart in the order they ran (the virtual clock gives many the same time).
    std::uint64_t nextEventNumber() { return ++m_eventNumbers; }
    // Unique in the process: runs recorded with the same one shared one loop.
    std::uint64_t id() const { return m_id; }

Q_SIGNALS:
    // Nothing is ready and no timer is pending.
    void idle();

private:
    void dispatch();
    // Whether an item of the running iteration is left, else the next iteration's first.
    bool nextItem();
    void endIteration();
    bool startIteration();
    // On the real clock: whether the timers to fire together are all due; else the wake-up
    // brings the loop back when they are.
    bool realTimersDue();
    void moveDueTimers(std::chrono::nanoseconds now);
    void scheduleWake();
    void armWake(std::chrono::nanoseconds deadline);
    static std::int64_t durationOf(std::chrono::nanoseconds duration)
    {
        return duration.count() > 0 ? duration.count() : -1;
    }
    // Reads the clock and queues the unsettled sleeps' timers from that reading, which it gives.
    std::chrono::nanoseconds settleSleeps() const;
    // settleSleeps() if any sleep is unsettled.
    void settle() const
    {
        if (!m_unsettled.empty())
            settleSleeps();
    }
    const SleepOptions &optionsOf(const CancelToken *token);
    const SleepOptions &foreignOptions(const CancelToken *token);

    struct UnsettledSleep
    {
        SleepAwaiter *sleeper;
        std::chrono::nanoseconds duration;
    };

    std::unique_ptr<Clock> m_clock;
    bool m_virtualClock;
    SleepOptions m_plainSleep{this};
    // Those of tokens made for no scheduler or another one: this one never hears them cancel.
    std::deque<SleepOptions> m_foreignTokens;
    // Settling the unsettled sleeps, which reading the time does, queues their timers.
    mutable TimerQueue m_timers;
    mutable std::vector<UnsettledSleep> m_unsettled; // in the order they were set
    std::deque<ReadyItem> m_ready;
    std::vector<ReadyItem> m_atIterationEnd;
    detail::TaskCore *m_currentTask = nullptr;
    std::size_t m_leftInIteration = 0;
    mutable std::uint64_t m_sequence = 0;
    std::uint64_t m_iterations = 0;
    std::uint64_t m_eventNumbers = 0;
    std::uint64_t m_id;
    std::chrono::microseconds m_sliceBudget{8000};
    QTimer m_wakeTimer; // for work that is ready now
    PreciseWake m_preciseWake;
    // Timers due within a millisecond of the first fire together (asyncio's selector sleeps in
    // whole milliseconds): once the first is due, the loop waits for the latest of them.
    std::optional<std::chrono::nanoseconds> m_groupDeadline;
    std::optional<std::chrono::nanoseconds> m_armedFor; // the deadline m_preciseWake is set for
    bool m_dispatching = false;
    bool m_endSlice = false;
    bool m_stopped = false;
    QElapsedTimer m_slice;
};

} // namespace ck
