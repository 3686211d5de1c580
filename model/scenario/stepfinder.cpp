#include "stepfinder.h"

#include "jsonpath.h"
#include "steplistmemo.h"
#include "steps/stepkind.h"
#include "steps/stepkinds.h"

#include <vector>

namespace ck {

namespace {

// One step on the way down to the step found: the index of a step in its list, and the block
// of that step the way goes into (unused for the last, the step found itself).
struct Hop
{
    const Step *step;
    std::size_t index;
    std::size_t block;
};

// Whether a step of `steps`, or of the blocks they hold, matches; the way to the first that
// does is appended to `trail`. No path is written on the way: a crowd's million steps would
// each cost a few strings, for the one path asked for.
bool findIn(const std::vector<Step> &steps, const std::function<bool(const Step &)> &matches,
            std::vector<Hop> &trail)
{
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Step &step = steps[i];
        if (matches(step)) {
            trail.push_back({&step, i, 0});
            return true;
        }
        for (std::size_t b = 0; b < step.blocks.size(); ++b) {
            trail.push_back({&step, i, b});
            if (findIn(step.blocks[b].steps, matches, trail))
                return true;
            trail.pop_back();
        }
    }
    return false;
}

// The path of the step at the end of `trail`, from the list of steps at `list`.
JsonPath pathOf(const std::vector<Hop> &trail, JsonPath list)
{
    for (std::size_t i = 0; i + 1 < trail.size(); ++i) {
        const Hop &hop = trail[i];
        list =
            StepKinds::of(*hop.step).blockPath(*hop.step, list.at(qsizetype(hop.index)), hop.block);
    }
    return list.at(qsizetype(trail.back().index));
}

// Whether the steps match, for a routine's steps.
bool matchIn(const std::vector<Step> &steps, const std::function<bool(const Step &)> &matches,
             std::vector<Hop> &trail, StepListMemo<bool> &)
{
    return findIn(steps, matches, trail);
}

// The same for a task's, which other tasks may share: a shared list that did not match is not
// searched again.
bool matchIn(const StepList &steps, const std::function<bool(const Step &)> &matches,
             std::vector<Hop> &trail, StepListMemo<bool> &searched)
{
    return searched.of(steps,
                       [&](const std::vector<Step> &list) { return findIn(list, matches, trail); });
}

template <typename Owners>
std::optional<JsonPath> firstIn(const Owners &owners, const QString &key,
                                const std::function<bool(const Step &)> &matches)
{
    std::vector<Hop> trail;
    StepListMemo<bool> searched;
    for (std::size_t i = 0; i < owners.size(); ++i) {
        if (matchIn(owners[i].steps, matches, trail, searched))
            return pathOf(trail, JsonPath().key(key).at(qsizetype(i)).key(QStringLiteral("steps")));
    }
    return std::nullopt;
}

} // namespace

QString StepFinder::firstWhere(const Scenario &scenario,
                               const std::function<bool(const Step &)> &matches)
{
    auto found = firstIn(scenario.tasks, QStringLiteral("tasks"), matches);
    if (!found)
        found = firstIn(scenario.routines, QStringLiteral("routines"), matches);
    return found ? found->toString() : QString();
}

} // namespace ck
