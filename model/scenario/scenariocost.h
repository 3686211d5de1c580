#pragma once

#include <cstddef>
#include <vector>

namespace ck {

struct Scenario;
struct Step;

// An upper bound on what a run of a resolved scenario does, whatever the mode: the steps it
// executes (a routine's each time it is awaited, a download's chunks one each) and the seconds
// of scenario time its waits, blocks and downloads add up to (what the one-by-one modes take).
// A file of a few hundred bytes can describe a run of 10^60 steps (routines that gather
// routines that gather...) or of more seconds than the nanosecond clock holds; the validator
// refuses those with ScenarioLimits::maxRunSteps and maxRunSeconds.
class ScenarioCost
{
public:
    struct Cost
    {
        double steps = 0;
        double seconds = 0;
    };

    // The routines must be free of cycles, their chains no deeper than maxCallDepth (the
    // recursion follows them).
    explicit ScenarioCost(const Scenario &scenario);

    Cost task(std::size_t index);

private:
    Cost steps(const std::vector<Step> &steps);
    Cost routine(int index);
    Cost download(const Step &step);

    const Scenario &m_scenario;
    std::vector<Cost> m_routineMemo;
    std::vector<bool> m_known;
};

} // namespace ck
