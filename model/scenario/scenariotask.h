#pragma once

#include "localizedtext.h"
#include "steplist.h"

#include <QStringList>
#include <optional>
#include <vector>

namespace ck {

// A top-level task of a scenario: what the mode composes (awaits one by one, gathers, ...).
struct ScenarioTask
{
    QString name;
    QStringList after;                   // names of tasks that must finish before the first step
    std::vector<int> afterIndices;       // the same tasks, resolved to Scenario::tasks
    std::optional<LocalizedText> result; // printed as "Result of <name> : <result>" at the end
    // false: main() creates it as a task and never awaits it (a pitfall: asyncio.run cancels it
    // when main() returns).
    bool awaited = true;
    StepList steps; // shared with tasks of the same steps (a crowd), copied on change
};

} // namespace ck
