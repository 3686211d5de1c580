#pragma once

#include "localizedtext.h"
#include "steplist.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace ck {

// A top-level task of a scenario: what the mode composes (awaits one by one, gathers, ...).
struct ScenarioTask
{
    QString name;
    QStringList after;             // names of tasks that must finish before the first step
    std::vector<int> afterIndices; // the same tasks, resolved to Scenario::tasks
    // Printed as "Result of <name> : <result>" at the end; null for none (most tasks: kept out of
    // line, a crowd's million tasks have none).
    std::shared_ptr<const LocalizedText> result;
    // false: main() creates it as a task and never awaits it (a pitfall: asyncio.run cancels it
    // when main() returns).
    bool awaited = true;
    StepList steps; // shared with tasks of the same steps (a crowd), copied on change
};

} // namespace ck
