#include "barmerger.h"

#include <algorithm>
#include <cmath>

namespace ck {

std::optional<BarMerger::Bar> BarMerger::add(double x0, double x1, int style, int item)
{
    if (x1 < x0)
        std::swap(x0, x1);
    if (x1 - x0 >= 1.0) {
        auto finished = replacePending({x0, x1, style, item});
        m_pendingIsColumns = false;
        return finished;
    }
    const double column = std::floor(x0);
    if (m_hasPending) {
        if (column < m_pending.x1)
            return std::nullopt; // the column already shows something
        if (m_pendingIsColumns && column == m_pending.x1 && style == m_pending.style) {
            m_pending.x1 = column + 1; // the next column, in the same look
            return std::nullopt;
        }
    }
    auto finished = replacePending({column, column + 1, style, item});
    m_pendingIsColumns = true;
    return finished;
}

std::optional<BarMerger::Bar> BarMerger::take()
{
    if (!m_hasPending)
        return std::nullopt;
    m_hasPending = false;
    return m_pending;
}

std::optional<BarMerger::Bar> BarMerger::replacePending(const Bar &bar)
{
    std::optional<Bar> finished;
    if (m_hasPending)
        finished = m_pending;
    m_pending = bar;
    m_hasPending = true;
    return finished;
}

} // namespace ck
