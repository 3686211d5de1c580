#include "stepfinder.h"

#include "jsonpath.h"
#include "steps/stepkind.h"
#include "steps/stepkinds.h"

namespace ck {

namespace {

// The path of a list of steps, made only once a step in it matches: a scenario of a million
// tasks is searched without writing a million paths.
using ListPath = std::function<JsonPath()>;

// The path of the first step of `steps` (the list at `list`), or of the blocks they hold, that
// matches; nullopt when none does.
std::optional<JsonPath> pathWhere(const std::vector<Step> &steps, const ListPath &list,
                                  const std::function<bool(const Step &)> &matches)
{
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Step &step = steps[i];
        if (matches(step))
            return list().at(qsizetype(i));
        for (std::size_t b = 0; b < step.blocks.size(); ++b) {
            const ListPath block = [&list, &step, i, b] {
                return StepKinds::of(step).blockPath(step, list().at(qsizetype(i)), b);
            };
            if (auto found = pathWhere(step.blocks[b].steps, block, matches))
                return found;
        }
    }
    return std::nullopt;
}

template <typename Owners>
std::optional<JsonPath> firstIn(const Owners &owners, const QString &key,
                                const std::function<bool(const Step &)> &matches)
{
    for (std::size_t i = 0; i < owners.size(); ++i) {
        const ListPath list = [&key, i] {
            return JsonPath().key(key).at(qsizetype(i)).key(QStringLiteral("steps"));
        };
        if (auto found = pathWhere(owners[i].steps, list, matches))
            return found;
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
