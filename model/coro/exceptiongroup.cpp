#include "exceptiongroup.h"

#include <utility>

namespace ck {

ExceptionGroup::ExceptionGroup(QString message, std::vector<std::exception_ptr> exceptions)
    : m_message(std::move(message)), m_exceptions(std::move(exceptions))
{
    // BaseExceptionGroup.__str__: the message and the count, "sub-exception" when one.
    const auto count = m_exceptions.size();
    m_what = QStringLiteral("%1 (%2 sub-exception%3)")
                 .arg(m_message)
                 .arg(count)
                 .arg(count == 1 ? QString() : QStringLiteral("s"))
                 .toUtf8();
}

} // namespace ck
