#include "exceptstar.h"

#include "exceptiongroup.h"

#include <utility>

namespace ck {

ExceptStar::ExceptStar(std::exception_ptr error)
    : m_error(std::move(error)), m_naked(m_error && !ExceptionGroup::of(m_error))
{
    // A naked exception is matched as ExceptionGroup("", [error]) (BaseExceptionGroup for a
    // CancelledError: the same split).
    m_unhandled = m_naked ? std::make_exception_ptr(ExceptionGroup(QString(), {m_error})) : m_error;
}

std::exception_ptr ExceptStar::take(const QStringList &types)
{
    const ExceptionGroup *group = ExceptionGroup::of(m_unhandled);
    if (!group)
        return nullptr;
    ExceptionGroup::Split parts = group->split(types);
    if (parts.match)
        m_unhandled = std::move(parts.rest);
    return parts.match;
}

void ExceptStar::raised(std::exception_ptr error)
{
    m_raised.push_back(std::move(error));
}

std::exception_ptr ExceptStar::rest() const
{
    if (m_naked) // one clause at most took it
        return m_raised.empty() ? (m_unhandled ? m_error : nullptr) : m_raised.front();
    std::vector<std::exception_ptr> left = m_raised;
    if (m_unhandled)
        left.push_back(m_unhandled);
    if (left.size() <= 1)
        return left.empty() ? nullptr : left.front();
    return std::make_exception_ptr(ExceptionGroup(QString(), std::move(left)));
}

} // namespace ck
