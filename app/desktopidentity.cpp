#include "desktopidentity.h"

#include <QGuiApplication>
#include <QIcon>

namespace ck {

QString DesktopIdentity::appId()
{
    return QStringLiteral(COROKITCHEN_APP_ID);
}

void DesktopIdentity::apply()
{
    QGuiApplication::setDesktopFileName(appId());
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(appId())));
}

} // namespace ck
