#pragma once

// Widget tests keep their QSettings away from the user's: ~/.qttest/config/CoroKitchen/<app>.

#include <QCoreApplication>
#include <QStandardPaths>

namespace cktest {

inline void useIsolatedSettings(const QString &application)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CoroKitchen"));
    QCoreApplication::setApplicationName(application);
}

} // namespace cktest
