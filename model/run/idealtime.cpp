#include "idealtime.h"

#include "scenario/scenario.h"
#include "scenario/stepfinder.h"
#include "scenario/steplistmemo.h"
#include "steps/stepkind.h"
#include "steps/stepkinds.h"

#include <algorithm>
#include <queue>

namespace ck {

using std::chrono::nanoseconds;

nanoseconds IdealTime::of(const Scenario &scenario, const Strategy &strategy)
{
    const IdealTime ideal(scenario, strategy.isAsync());
    if (ideal.m_unknown)
        return nanoseconds(-1);
    switch (strategy.kind()) {
    case Strategy::Kind::Sync:
    case Strategy::Kind::Sequential:
        return ideal.sequential();
    case Strategy::Kind::Gather:
    case Strategy::Kind::CreateTask:
    case Strategy::Kind::TaskGroup:
        return ideal.longestPath();
    case Strategy::Kind::Bounded:
        return ideal.bounded(strategy.limit());
    }
    return {};
}

// The ideal counts no wait for a Lock, Semaphore, Condition, Event or Queue: with such objects
// it is only the least gather could take (the lock-event lesson: 2 s; its run 4 s). Nor does it
// know what a raise, a cancellation or a timeout cuts short (the taskgroup lesson: 5 s; its run
// 4 s): then no figure is given. Nor does it count a to_thread call that waits for a worker of
// the default executor (`threads` of them): eight 1 s calls gathered over five workers take 2 s.
IdealTime::Estimate IdealTime::estimate(const Scenario &scenario)
{
    const bool cutShort = !StepFinder::firstWhere(scenario, [](const Step &step) {
                               switch (step.kind) {
                               case Step::Kind::Raise:
                               case Step::Kind::Cancel:
                               case Step::Kind::WaitFor:
                               case Step::Kind::Timeout:
                               case Step::Kind::WaitTasks:
                                   return true;
                               case Step::Kind::Download:
                                   return step.download->dropAfter >= 0;
                               default:
                                   return false;
                               }
                           }).isEmpty();
    if (cutShort)
        return Estimate::None;
    return scenario.objects.empty() && !mayWaitForWorkers(scenario) ? Estimate::Exact
                                                                    : Estimate::AtLeast;
}

bool IdealTime::mayWaitForWorkers(const Scenario &scenario)
{
    // Every task's calls count, those of tasks that share one list of steps too (StepFinder
    // searches a shared list once, so it cannot count them).
    int calls = 0;
    StepListMemo<int> memo;
    for (const ScenarioTask &task : scenario.tasks)
        calls += memo.of(task.steps, &IdealTime::workerCalls);
    for (const Routine &routine : scenario.routines)
        calls += workerCalls(routine.steps);
    // A routine may be awaited any number of times at once: a to_thread in one may queue.
    return calls > scenario.threads || (calls > 0 && !scenario.routines.empty());
}

int IdealTime::workerCalls(const std::vector<Step> &steps)
{
    int calls = 0;
    for (const Step &step : steps) {
        calls += step.kind == Step::Kind::ToThread ? 1 : 0;
        for (const StepBlock &block : step.blocks)
            calls += workerCalls(block.steps);
    }
    return calls;
}

IdealTime::IdealTime(const Scenario &scenario, bool async)
    : m_scenario(scenario), m_async(async), m_routineMemo(scenario.routines.size(), nanoseconds(-1))
{
    m_taskDurations.reserve(scenario.tasks.size());
    StepListMemo<nanoseconds> durations;
    const auto durationOf = [this](const std::vector<Step> &list) { return steps(list); };
    // A task nobody awaits does not hold main() up: asyncio.run cancels it when main() returns.
    for (const ScenarioTask &task : scenario.tasks)
        m_taskDurations.push_back(task.awaited ? durations.of(task.steps, durationOf)
                                               : nanoseconds(0));
}

nanoseconds IdealTime::steps(const std::vector<Step> &steps)
{
    nanoseconds total{0};
    for (const Step &step : steps)
        total += StepKinds::of(step).idealTime(step, *this);
    return total;
}

nanoseconds IdealTime::routine(int index)
{
    nanoseconds &memo = m_routineMemo[std::size_t(index)];
    if (memo.count() < 0)
        memo = steps(m_scenario.routines[std::size_t(index)].steps); // validated: no cycles
    return memo;
}

nanoseconds IdealTime::sequential() const
{
    nanoseconds total{0};
    for (const nanoseconds duration : m_taskDurations)
        total += duration;
    return total;
}

nanoseconds IdealTime::longestPath() const
{
    // Finish times in dependency order; validation guarantees the `after` graph has no cycle.
    std::vector<nanoseconds> finish(m_taskDurations.size(), nanoseconds(-1));
    nanoseconds total{0};
    for (std::size_t task = 0; task < finish.size(); ++task)
        total = std::max(total, finishOf(task, finish));
    return total;
}

nanoseconds IdealTime::finishOf(std::size_t task, std::vector<nanoseconds> &finish) const
{
    if (finish[task].count() >= 0)
        return finish[task];
    nanoseconds start{0};
    for (const int predecessor : m_scenario.tasks[task].afterIndices())
        start = std::max(start, finishOf(std::size_t(predecessor), finish));
    return finish[task] = start + m_taskDurations[task];
}

nanoseconds IdealTime::bounded(int limit) const
{
    // A task queues for a permit once its predecessors are done; the queue is served by the time
    // tasks joined it, then file order. A permit frees when its task ends.
    const std::size_t count = m_taskDurations.size();
    std::vector<std::vector<std::size_t>> successors(count);
    std::vector<int> waitingFor(count, 0);
    for (std::size_t task = 0; task < count; ++task) {
        for (const int predecessor : m_scenario.tasks[task].afterIndices()) {
            successors[std::size_t(predecessor)].push_back(task);
            ++waitingFor[task];
        }
    }
    using Queued = std::pair<nanoseconds, std::size_t>; // (ready since, task)
    std::priority_queue<Queued, std::vector<Queued>, std::greater<>> queue;
    for (std::size_t task = 0; task < count; ++task) {
        if (waitingFor[task] == 0)
            queue.push({nanoseconds(0), task});
    }
    std::priority_queue<nanoseconds, std::vector<nanoseconds>, std::greater<>> permits;
    for (int i = 0; i < limit; ++i)
        permits.push(nanoseconds(0));
    std::vector<nanoseconds> readyAt(count, nanoseconds(0));
    nanoseconds total{0};
    while (!queue.empty()) {
        const auto [ready, task] = queue.top();
        queue.pop();
        const nanoseconds finish = std::max(ready, permits.top()) + m_taskDurations[task];
        permits.pop();
        permits.push(finish);
        total = std::max(total, finish);
        for (const std::size_t next : successors[task]) {
            readyAt[next] = std::max(readyAt[next], finish);
            if (--waitingFor[next] == 0)
                queue.push({readyAt[next], next});
        }
    }
    return total;
}

} // namespace ck
