#include "jsonpath.h"

namespace ck {

JsonPath JsonPath::key(const QString &name) const
{
    return JsonPath(isRoot() ? name : m_text + QLatin1Char('.') + name);
}

JsonPath JsonPath::at(qsizetype index) const
{
    return JsonPath(m_text + QLatin1Char('[') + QString::number(index) + QLatin1Char(']'));
}

} // namespace ck
