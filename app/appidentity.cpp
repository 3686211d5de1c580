#include "appidentity.h"

#include <QCoreApplication>

namespace ck {

void AppIdentity::apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CoroKitchen"));
    QCoreApplication::setApplicationName(QStringLiteral("corokitchen"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COROKITCHEN_VERSION));
}

} // namespace ck
