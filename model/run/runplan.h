#pragma once

#include "runrefusal.h"
#include "strategy.h"

#include <chrono>
#include <memory>
#include <vector>

namespace ck {

class Clock;
struct Scenario;

// What starting a scenario under some strategies works out from its tasks, once: whether each
// strategy may run it and on which clock, its ideal totals and how many spans it records. Each
// is a walk over every task (a crowd's million take about 10 ms a walk), so the window works the
// plan out once per scenario and mode, or off its thread with a large scenario's build, and
// every Run of them reads it. Plain data: made on any thread, read on any.
class RunPlan
{
public:
    static std::shared_ptr<const RunPlan> of(const Scenario &scenario,
                                             const std::vector<Strategy> &strategies);
    // The first refusal among the strategies on `clock` (RunPreflight::check of each in turn),
    // Kind::None when all can run.
    RunRefusal refusalOn(const Clock &clock) const;
    // The strategy's own rule (RunPreflight's first check): empty when it may run the scenario.
    // `strategy` is one of the plan's.
    QString orderRefusal(const Strategy &strategy) const;
    const std::vector<Strategy> &strategies() const { return m_strategies; }
    // The ideal total of each strategy's run, -1 where it is not told (IdealTime::estimate).
    std::chrono::nanoseconds ideal(std::size_t run) const { return m_ideals[run]; }
    // The ideal even where it is not told (a heartbeat's period follows it).
    std::chrono::nanoseconds rawIdeal(std::size_t run) const { return m_rawIdeals[run]; }
    // Whether the ideals are only lower bounds: tasks may also wait for each other's Locks,
    // Events, Conditions and Queues, or for a worker thread (IdealTime::Estimate::AtLeast),
    // which no formula tells.
    bool idealIsLowerBound() const { return m_idealIsLowerBound; }
    std::size_t spans() const { return m_spans; }
    // Whether some step cancels a task (main() then keeps the tasks' handles).
    bool cancels() const { return m_cancels; }
    // The tasks main() creates and never awaits, in file order (asyncio.run cancels them).
    const std::vector<int> &unawaited() const { return m_unawaited; }
    // The tasks main() awaits that have a result to print at its end, in file order.
    const std::vector<int> &resulted() const { return m_resulted; }
    // Whether some step, nested ones too, downloads (the window shows its Downloads dock).
    bool downloads() const { return m_downloads; }

private:
    RunPlan() = default;
    // The spans a run records at least: one per task, and one per wait or block of a flat task
    // (a crowd: exactly two per task).
    static std::size_t expectedSpans(const Scenario &scenario);

    std::vector<Strategy> m_strategies;
    std::vector<RunRefusal> m_orderRefusals; // per strategy
    RunRefusal m_realClockRefusal;           // steps only the real clock can run
    std::vector<std::chrono::nanoseconds> m_ideals;
    std::vector<std::chrono::nanoseconds> m_rawIdeals;
    std::size_t m_spans = 0;
    bool m_idealIsLowerBound = false;
    bool m_downloads = false;
    bool m_cancels = false;
    std::vector<int> m_unawaited;
    std::vector<int> m_resulted;
};

} // namespace ck
