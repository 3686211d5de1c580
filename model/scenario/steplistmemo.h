#pragma once

#include "steplist.h"

#include <unordered_map>

namespace ck {

// What a walk over every task's steps works out once per shared list: a crowd's million tasks
// share 251 lists, so a walk that would visit a million steps visits 251. A list of one task's
// own is worked out each time, without being kept.
template <typename Value> class StepListMemo
{
public:
    template <typename Compute> Value of(const StepList &steps, Compute &&compute)
    {
        if (!steps.isShared())
            return compute(steps.list());
        const auto [kept, added] = m_values.try_emplace(steps.identity());
        if (added)
            kept->second = compute(steps.list());
        return kept->second;
    }

private:
    std::unordered_map<const void *, Value> m_values;
};

} // namespace ck
