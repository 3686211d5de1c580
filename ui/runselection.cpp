#include "runselection.h"

namespace ck {

RunSelection RunSelection::compare()
{
    RunSelection selection(Strategy(Strategy::Kind::Gather));
    selection.m_compare = true;
    return selection;
}

std::optional<RunSelection> RunSelection::parse(const QString &text)
{
    if (text == QLatin1String("compare"))
        return compare();
    const std::optional<Strategy> strategy = Strategy::parse(text);
    if (!strategy || !strategy->isAsync())
        return std::nullopt;
    return RunSelection(*strategy);
}

std::vector<Strategy> RunSelection::strategies() const
{
    if (m_compare)
        return {Strategy(Strategy::Kind::Sequential), m_strategy};
    return {m_strategy};
}

QString RunSelection::name() const
{
    return m_compare ? QStringLiteral("compare") : m_strategy.name();
}

QString RunSelection::label() const
{
    return m_compare ? tr("Compare") : m_strategy.label();
}

} // namespace ck
