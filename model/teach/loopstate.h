#pragma once

#include "coroutinestate.h"
#include "trace/loopevent.h"

#include <QCoreApplication>

#include <chrono>
#include <cstddef>
#include <utility>
#include <vector>

namespace ck {

class Recorder;

// The event loop of a run at one moment, folded from its loop events: every coroutine's state,
// the ready queue in its order, the pending timers by deadline, who runs or blocks, and whether
// the loop is idle. apply() the events one by one, in the order they were recorded.
class LoopState
{
    Q_DECLARE_TR_FUNCTIONS(LoopState)

public:
    LoopState() = default;
    // Of `recorder`'s run, whose events are applied and whose lanes name what they await; it
    // must outlive the state. The lanes grow if an event names a later one.
    explicit LoopState(const Recorder &recorder);

    void apply(const LoopEvent &event);
    std::size_t applied() const { return m_applied; }
    std::chrono::nanoseconds time() const { return m_time; }

    // main() first, then the lanes in order.
    const std::vector<CoroutineState> &coroutines() const { return m_coroutines; }
    const CoroutineState &coroutine(int lane) const { return m_coroutines[std::size_t(lane + 1)]; }
    const std::vector<int> &readyQueue() const { return m_ready; }
    // Pending timers, earliest first: (lane, deadline).
    std::vector<std::pair<int, std::chrono::nanoseconds>> timers() const;
    // The lane the loop runs or is blocked in, or kNobody.
    int current() const { return m_current; }
    bool isBlocked() const;
    // Nothing runs and nothing is ready: the loop sleeps until a timer fires or data arrives.
    bool isIdle() const;
    bool isFinished() const; // main() has ended

    static constexpr int kNobody = -2;

private:
    CoroutineState &at(int lane);
    void enter(CoroutineState &coroutine, CoroutineState::State state);
    void makeReady(CoroutineState &coroutine);
    // Task.cancel(): a suspended victim is ready at once.
    void cancel(const LoopEvent &event);
    void wakeAwaiters(int finishedLane);
    void suspend(CoroutineState &coroutine, const LoopEvent &event);
    void finish(CoroutineState &coroutine, const LoopEvent &event);
    QString awaitingOf(const LoopEvent &event) const;

    const Recorder *m_recorder = nullptr;
    std::vector<CoroutineState> m_coroutines{1};
    std::vector<int> m_ready;
    std::chrono::nanoseconds m_time{0};
    std::size_t m_applied = 0;
    int m_current = kNobody;
};

} // namespace ck
