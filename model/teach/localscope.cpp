#include "localscope.h"

#include "transferlog.h"

namespace ck {

LocalScope::LocalScope(TransferLog &log, RoutineRole role) : m_log(log), m_role(role)
{
    m_log.enter(m_role);
}

LocalScope::~LocalScope()
{
    m_log.leave(m_role);
}

void LocalScope::set(const QString &name, const QString &value)
{
    m_log.setLocal(m_role, name, value);
}

} // namespace ck
