#pragma once

#include "step.h"

#include <vector>

namespace ck {

// The steps of a task or routine with those their steps hold (StepBlock), visited in the order
// a generated program writes their lines: a step, then the steps of its blocks in order. The
// parser bounds how deep blocks nest (ScenarioLimits::maxBlockNesting), so recursion is safe.
class StepTree
{
public:
    template <typename Steps, typename Visit> static void forEach(Steps &steps, Visit &&visit)
    {
        for (auto &step : steps) {
            visit(step);
            for (auto &block : step.blocks)
                forEach(block.steps, visit);
        }
    }

    // Numbers the steps in that order (Step::order).
    static void number(std::vector<Step> &steps)
    {
        int order = 0;
        forEach(steps, [&order](Step &step) { step.order = order++; });
    }
};

} // namespace ck
