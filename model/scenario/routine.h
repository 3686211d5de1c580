#pragma once

#include "step.h"

#include <QString>
#include <vector>

namespace ck {

// A helper coroutine that tasks and other routines await by name (`call`, `gather`).
struct Routine
{
    QString name;
    std::vector<Step> steps;
};

} // namespace ck
