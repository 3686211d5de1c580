#include "scheduler.h"

#include "canceltoken.h"

#include <QElapsedTimer>
#include <algorithm>
#include <atomic>
#include <limits>
#include <utility>

namespace ck {

namespace {

void resumeHandle(void *address)
{
    std::coroutine_handle<>::from_address(address).resume();
}

// How many ready items run between two looks at the slice's wall-time budget.
constexpr int kItemsPerBudgetCheck = 64;

// asyncio's selector sleeps in whole milliseconds, rounded up, so timers due within a
// millisecond of the first one fire in the same iteration; on the real clock, timers due at one
// scenario instant but set in different iterations are microseconds apart, and must too.
constexpr std::chrono::milliseconds kCoalesceWindow{1};

std::atomic<std::uint64_t> schedulersMade{0};

} // namespace

Scheduler::Scheduler(std::unique_ptr<Clock> clock, QObject *parent)
    : QObject(parent), m_clock(std::move(clock)), m_virtualClock(m_clock->isVirtual()),
      m_id(++schedulersMade)
{
    m_unsettled.reserve(kSettleEvery);
    m_wakeTimer.setSingleShot(true);
    m_wakeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_wakeTimer, &QTimer::timeout, this, &Scheduler::dispatch);
    connect(&m_preciseWake, &PreciseWake::woken, this, &Scheduler::dispatch);
}

Scheduler::~Scheduler() = default;

void Scheduler::callSoon(ReadyItem::Function function, void *context)
{
    m_ready.push_back(ReadyItem{function, context});
    scheduleWake();
}

void Scheduler::resumeSoon(std::coroutine_handle<> handle)
{
    callSoon(&resumeHandle, handle.address());
}

SleepAwaiter Scheduler::sleep(const std::chrono::nanoseconds &duration, const SleepOptions *options)
{
    if (!options)
        return sleep(duration);
    Q_ASSERT(options->scheduler == this);
    return SleepAwaiter(*options, durationOf(duration));
}

std::chrono::nanoseconds Scheduler::settleSleeps() const
{
    const auto now = m_clock->now();
    for (const UnsettledSleep &sleep : m_unsettled)
        m_timers.push(TimerEntry{now + sleep.duration, m_sequence++, sleep.sleeper});
    m_unsettled.clear();
    return now;
}

const SleepOptions &Scheduler::optionsOf(const CancelToken *token)
{
    if (!token)
        return m_plainSleep;
    const SleepOptions *own = token->sleepOptions();
    return own->scheduler == this ? *own : foreignOptions(token);
}

const SleepOptions &Scheduler::foreignOptions(const CancelToken *token)
{
    const auto known = std::find_if(m_foreignTokens.begin(), m_foreignTokens.end(),
                                    [token](const SleepOptions &o) { return o.token == token; });
    if (known != m_foreignTokens.end())
        return *known;
    return m_foreignTokens.emplace_back(SleepOptions{this, token});
}

bool Scheduler::sliceSpent() const
{
    return m_dispatching &&
           m_slice.nsecsElapsed() > std::chrono::nanoseconds(m_sliceBudget).count();
}

void Scheduler::callFirstAfterEvents(ReadyItem item)
{
    m_ready.push_front(item);
    ++m_leftInIteration; // it belongs to the iteration that is running
    m_endSlice = true;
}

void Scheduler::callAtIterationEnd(ReadyItem item)
{
    m_atIterationEnd.push_back(item);
    scheduleWake();
}

bool Scheduler::removeTimer(SleepAwaiter *sleeper)
{
    settle();
    const bool removed = m_timers.remove(sleeper);
    scheduleWake();
    return removed;
}

void Scheduler::wakeCancelled(const CancelToken *token)
{
    // Woken in the order the timers would have fired, so cancellation stays deterministic.
    settle();
    const auto woken =
        m_timers.extract([token](const TimerEntry &e) { return e.sleeper->token() == token; });
    for (const TimerEntry &entry : woken)
        entry.sleeper->wakeByToken();
    scheduleWake();
}

void Scheduler::clockChanged()
{
    m_armedFor.reset(); // the same deadline is another wall instant now
    scheduleWake();
}

void Scheduler::dispatch()
{
    if (m_dispatching)
        return; // a nested event loop inside a resumed coroutine must not re-enter
    m_dispatching = true;
    m_slice.start();
    const qint64 budgetNs = std::chrono::nanoseconds(m_sliceBudget).count();
    int sinceCheck = 0;
    while (nextItem()) {
        const ReadyItem item = m_ready.front();
        m_ready.pop_front();
        --m_leftInIteration;
        item.invoke(item.context);
        settle(); // as the item returns
        if (std::exchange(m_endSlice, false))
            break;
        if (++sinceCheck == kItemsPerBudgetCheck) {
            sinceCheck = 0;
            if (m_slice.nsecsElapsed() > budgetNs)
                break;
        }
    }
    m_dispatching = false;
    scheduleWake();
    if (!hasWork())
        Q_EMIT idle();
}

void Scheduler::stop()
{
    m_stopped = true;
    m_wakeTimer.stop();
    m_preciseWake.disarm();
}

bool Scheduler::nextItem()
{
    if (m_stopped)
        return false;
    if (m_leftInIteration > 0)
        return true;
    endIteration();
    return startIteration();
}

void Scheduler::endIteration()
{
    // What they make ready belongs to the next iteration, as it would after loop.stop().
    for (const ReadyItem &item : std::exchange(m_atIterationEnd, {}))
        item.invoke(item.context);
    settle();
}

bool Scheduler::startIteration()
{
    if (m_ready.empty()) {
        if (m_timers.empty())
            return false;
        if (m_clock->isVirtual())
            m_clock->idleUntil(m_timers.top().deadline);
        else if (!realTimersDue())
            return false; // the wake-up brings us back in time
    }
    m_groupDeadline.reset();
    moveDueTimers(now());
    m_leftInIteration = m_ready.size();
    ++m_iterations;
    return m_leftInIteration > 0;
}

bool Scheduler::realTimersDue()
{
    const auto now = this->now();
    if (!m_groupDeadline) {
        if (now < m_timers.top().deadline)
            return false;
        const auto window = std::chrono::nanoseconds(std::int64_t(
            double(std::chrono::nanoseconds(kCoalesceWindow).count()) * m_clock->speed()));
        m_groupDeadline = m_timers.latestDueBy(now + window);
    }
    return now >= *m_groupDeadline;
}

void Scheduler::moveDueTimers(std::chrono::nanoseconds now)
{
    while (!m_timers.empty() && m_timers.top().deadline <= now)
        m_ready.push_back(ReadyItem{&SleepAwaiter::fire, m_timers.pop().sleeper});
}

void Scheduler::scheduleWake()
{
    if (m_stopped)
        return;
    if (m_dispatching)
        return;                    // dispatch() re-arms when its slice ends
    Q_ASSERT(m_unsettled.empty()); // settled as each item returned
    if (!m_ready.empty() || !m_atIterationEnd.empty()) {
        if (!m_wakeTimer.isActive() || m_wakeTimer.remainingTime() > 0)
            m_wakeTimer.start(0);
        return;
    }
    if (m_timers.empty()) {
        m_wakeTimer.stop();
        m_preciseWake.disarm();
        m_groupDeadline.reset();
        return;
    }
    armWake(m_groupDeadline.value_or(m_timers.top().deadline));
}

void Scheduler::armWake(std::chrono::nanoseconds deadline)
{
    if (m_preciseWake.isArmed() && m_armedFor == deadline)
        return; // a slice ended with the same timer first: no system call
    // A timer's wall instant is read after its delay: late by nanoseconds, never early.
    const auto delay = m_clock->wallDelayUntil(deadline);
    m_armedFor.reset();
    if (delay.count() <= 0 || !m_preciseWake.arm(std::chrono::steady_clock::now() + delay)) {
        m_wakeTimer.start(int(std::min<qint64>(
            std::chrono::ceil<std::chrono::milliseconds>(delay).count(),
            std::numeric_limits<int>::max()))); // no timerfd: whole milliseconds, never early
        return;
    }
    m_armedFor = deadline;
    m_wakeTimer.stop();
}

} // namespace ck
