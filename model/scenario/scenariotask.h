#pragma once

#include "localizedtext.h"
#include "steplist.h"

#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace ck {

// A top-level task of a scenario: what the mode composes (awaits one by one, gathers, ...).
// 64 bytes: what most tasks lack (an order, a result) is kept out of line, shared by copies,
// and a crowd's million tasks have none of it.
struct ScenarioTask
{
    QString name;
    StepList steps; // shared with tasks of the same steps (a crowd), copied on change
    // false: main() creates it as a task and never awaits it (a pitfall: asyncio.run cancels it
    // when main() returns).
    bool awaited = true;

    // Names of tasks that must finish before the first step.
    const QStringList &after() const;
    void setAfter(QStringList after);
    // The same tasks, resolved to Scenario::tasks.
    const std::vector<int> &afterIndices() const;
    void setAfterIndices(std::vector<int> indices);
    // Printed as "Result of <name> : <result>" at the end; null for none (most tasks).
    const LocalizedText *result() const;
    void setResult(LocalizedText result);

private:
    struct Rare
    {
        QStringList after;
        std::vector<int> afterIndices;
        std::optional<LocalizedText> result;
    };

    // The rare parts to change: this task's own (copied if shared, made if none).
    Rare &rare();

    std::shared_ptr<const Rare> m_rare; // null while the task has none of them
};

} // namespace ck
