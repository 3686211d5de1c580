#pragma once

#include <QStringList>
#include <vector>

namespace ck {

struct Step;

// Steps a step holds: a try's body, one of its `except` or `except*` clauses or its `finally`. The
// steps are those of the task or routine the step belongs to (their CodeLocation is its owner's).
struct StepBlock
{
    enum class Role { Body, Except, Finally, ExceptStar };

    Role role = Role::Body;
    QStringList exceptionTypes; // Except, ExceptStar: the types it catches, as Python names them
    std::vector<Step> steps;
};

} // namespace ck
