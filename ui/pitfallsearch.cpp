#include "pitfallsearch.h"

#include "pooljob.h"
#include "teach/pitfallfinder.h"

#include <numeric>

namespace ck {

PitfallSearch::PitfallSearch(QObject *parent) : QObject(parent) {}

PitfallSearch::~PitfallSearch()
{
    cancel();
}

std::vector<Pitfall> PitfallSearch::of(const Scenario &scenario, const std::vector<Run> &runs)
{
    std::vector<Pitfall> found;
    const bool comparing = runs.size() > 1;
    for (const Run &run : runs) {
        for (Pitfall &pitfall : PitfallFinder::find(scenario, run.strategy, *run.recorder)) {
            if (comparing && pitfall.kind == Pitfall::Kind::MissedConcurrency)
                continue;
            if (comparing) // both runs may teach the same: say which run
                pitfall.message = tr("%1: %2", "run: pitfall").arg(run.label, pitfall.message);
            found.push_back(std::move(pitfall));
        }
    }
    return found;
}

void PitfallSearch::start(std::shared_ptr<const Scenario> scenario, std::vector<Run> runs)
{
    cancel();
    const std::size_t spans = std::accumulate(
        runs.begin(), runs.end(), std::size_t(0),
        [](std::size_t sum, const Run &run) { return sum + run.recorder->spans().size(); });
    if (spans <= kElsewhereFromSpans) {
        Q_EMIT found(of(*scenario, runs));
        return;
    }
    // The job holds the records and the scenario: if it is their last holder, they are let go
    // on the pool thread too.
    m_job = PoolJob<std::vector<Pitfall>>::start(
        this,
        [scenario = std::move(scenario), runs = std::move(runs)](
            const QPromise<std::vector<Pitfall>> &) { return of(*scenario, runs); },
        [this](const std::vector<Pitfall> &pitfalls) {
            m_job.clear();
            Q_EMIT found(pitfalls);
        });
}

void PitfallSearch::cancel()
{
    PoolJob<std::vector<Pitfall>>::drop(m_job);
    m_job.clear();
}

} // namespace ck
