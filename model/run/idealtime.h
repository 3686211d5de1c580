#pragma once

#include "strategy.h"

#include <chrono>
#include <vector>

namespace ck {

struct Scenario;
struct Step;

// The total a run would take if nothing but the scenario's own waits and blocks took time:
// the sum of the tasks for sync and sequential, the longest `after` path for gather and
// create-task, and first-come-first-served admission for bounded:N. Drawn as the ghost bar
// beside a measured total.
class IdealTime
{
public:
    // -1 when it cannot be known (a download from a URL takes what the network takes).
    static std::chrono::nanoseconds of(const Scenario &scenario, const Strategy &strategy);
    // How far of() tells what a run takes: exactly; at least (tasks may wait for each other's
    // Locks, Events, ..., or for a worker thread); or not at all (a raise, a cancellation or a
    // timeout may cut it short).
    enum class Estimate { Exact, AtLeast, None };
    static Estimate estimate(const Scenario &scenario);

    // For the step kinds: one await of a routine; whether coroutines run (a gather runs its
    // routines at once, a call without await runs nothing) or plain functions (the sync mode);
    // a step whose time cannot be known makes the whole unknown.
    std::chrono::nanoseconds routine(int index);
    bool isAsync() const { return m_async; }
    void markUnknown() { m_unknown = true; }
    // A list of steps one after the other (a try's blocks).
    std::chrono::nanoseconds steps(const std::vector<Step> &steps);

private:
    IdealTime(const Scenario &scenario, bool async);
    // Whether a to_thread call may wait for a free worker (more calls than `threads`).
    static bool mayWaitForWorkers(const Scenario &scenario);
    // The to_thread steps of `steps`, those in their blocks included.
    static int workerCalls(const std::vector<Step> &steps);

    std::chrono::nanoseconds sequential() const;
    std::chrono::nanoseconds longestPath() const;
    // When `task` finishes at the earliest, after the tasks it comes after (`finish` keeps
    // those worked out, -1 for the others).
    std::chrono::nanoseconds finishOf(std::size_t task,
                                      std::vector<std::chrono::nanoseconds> &finish) const;
    std::chrono::nanoseconds bounded(int limit) const;

    const Scenario &m_scenario;
    bool m_async;
    std::vector<std::chrono::nanoseconds> m_routineMemo; // -1: not computed yet
    std::vector<std::chrono::nanoseconds> m_taskDurations;
    bool m_unknown = false;
};

} // namespace ck
