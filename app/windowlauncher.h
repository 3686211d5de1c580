#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ck {

// Opens the CoroKitchen window for `corokitchen [--scenario S] [--mode M] [--autorun]
// [--lang en|ko]`, with the translations the user chose, and runs the application.
class WindowLauncher
{
    Q_DECLARE_TR_FUNCTIONS(WindowLauncher)

public:
    static int exec(int &argc, char **argv, const QStringList &arguments);

private:
    static bool hasDisplay();
};

} // namespace ck
