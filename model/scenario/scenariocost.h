#pragma once

#include <cstddef>
#include <vector>

namespace ck {

struct Scenario;
struct Step;

// An upper bound on what a run of a resolved scenario does, whatever the mode: the steps it
// executes (a routine's each time it is awaited, a download's chunks one each), the seconds of
// scenario time its waits, blocks and downloads add up to (what the one-by-one modes take), and
// what it costs in memory and time beyond steps: the coroutines it starts, the spans and log
// lines the recorder keeps, and the characters of text it makes. A file of a few kilobytes can
// describe a run of 10^60 steps (routines that gather routines that gather...), a million
// coroutines or more seconds than the nanosecond clock holds; the validator refuses those with
// ScenarioLimits.
class ScenarioCost
{
public:
    struct Cost
    {
        double steps = 0;
        double seconds = 0;
        double coroutines = 0; // tasks, and routines each time they are awaited
        double spans = 0;      // tasks, routines, waits, blocks, gathers, downloads, chunks
        double logLines = 0;   // log steps and result lines
        // Characters the run writes: log lines and the names of the lanes of gathered
        // routines ("main/a/b"). A lane's name is counted here
        // without the name of the lane the steps run on; `lanes` adds that when it is known.
        double text = 0;
        double lanes = 0; // gathered routines: each runs on a lane of its own

        Cost &operator+=(const Cost &other);
        Cost times(double factor) const;
    };

    // The routines must be free of cycles, their chains no deeper than maxCallDepth (the
    // recursion follows them).
    explicit ScenarioCost(const Scenario &scenario);

    Cost task(std::size_t index);
    // One await of a routine: its steps, and a coroutine and a span of its own.
    Cost awaited(int index);
    // Routines each run as a task on a lane of its own (gather, a task group, wait_for): each
    // await, its lane, and "/<name>" in its lane's name and in the name of every lane below it.
    Cost onOwnLanes(const std::vector<int> &routines);
    const Scenario &scenario() const { return m_scenario; }
    // A list of steps, each with what it holds (a try's blocks add their steps' costs).
    Cost steps(const std::vector<Step> &steps);

private:
    Cost routine(int index);

    const Scenario &m_scenario;
    std::vector<Cost> m_routineMemo;
    std::vector<bool> m_known;
};

} // namespace ck
