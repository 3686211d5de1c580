#include "exceptiongroup.h"

#include "exceptiontypes.h"

#include <utility>

namespace ck {

ExceptionGroup::ExceptionGroup(QString message, std::vector<std::exception_ptr> exceptions)
    : PythonException(QStringLiteral("ExceptionGroup"), strOf(message, exceptions.size())),
      m_groupMessage(std::move(message)), m_exceptions(std::move(exceptions))
{}

QString ExceptionGroup::strOf(const QString &message, std::size_t count)
{
    // BaseExceptionGroup.__str__: the message and the count, "sub-exception" when one.
    return QStringLiteral("%1 (%2 sub-exception%3)")
        .arg(message)
        .arg(count)
        .arg(count == 1 ? QString() : QStringLiteral("s"));
}

ExceptionGroup::Split ExceptionGroup::split(const QStringList &types) const
{
    std::vector<std::exception_ptr> match;
    std::vector<std::exception_ptr> rest;
    for (const std::exception_ptr &member : m_exceptions) {
        if (const ExceptionGroup *nested = of(member)) {
            const Split parts = nested->split(types);
            if (parts.match)
                match.push_back(parts.match);
            if (parts.rest)
                rest.push_back(parts.rest);
        } else {
            (ExceptionTypes::catches(member, types) ? match : rest).push_back(member);
        }
    }
    // Python's split gives the group itself when all of it matches; a copy reads the same.
    const auto partOf = [this](std::vector<std::exception_ptr> members) -> std::exception_ptr {
        if (members.empty())
            return nullptr;
        return std::make_exception_ptr(ExceptionGroup(m_groupMessage, std::move(members)));
    };
    return {partOf(std::move(match)), partOf(std::move(rest))};
}

const ExceptionGroup *ExceptionGroup::of(const std::exception_ptr &error)
{
    if (!error)
        return nullptr;
    try {
        std::rethrow_exception(error);
    } catch (const ExceptionGroup &group) {
        return &group; // the exception object lives as long as `error` does
    } catch (...) {
        return nullptr;
    }
}

} // namespace ck
