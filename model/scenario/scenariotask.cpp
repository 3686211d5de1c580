#include "scenariotask.h"

namespace ck {

const QStringList &ScenarioTask::after() const
{
    static const QStringList none;
    return m_rare ? m_rare->after : none;
}

void ScenarioTask::setAfter(QStringList after)
{
    if (after.isEmpty() && !m_rare)
        return;
    rare().after = std::move(after);
}

const std::vector<int> &ScenarioTask::afterIndices() const
{
    static const std::vector<int> none;
    return m_rare ? m_rare->afterIndices : none;
}

void ScenarioTask::setAfterIndices(std::vector<int> indices)
{
    if (indices.empty() && !m_rare)
        return;
    rare().afterIndices = std::move(indices);
}

const LocalizedText *ScenarioTask::result() const
{
    return m_rare && m_rare->result ? &*m_rare->result : nullptr;
}

void ScenarioTask::setResult(LocalizedText result)
{
    rare().result = std::move(result);
}

ScenarioTask::Rare &ScenarioTask::rare()
{
    // Copies of a task share its rare parts until one of them changes them.
    auto own = m_rare ? std::make_shared<Rare>(*m_rare) : std::make_shared<Rare>();
    Rare &parts = *own;
    m_rare = std::move(own);
    return parts;
}

} // namespace ck
