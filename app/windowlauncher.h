#pragma once

#include "clirequest.h"

#include <QCoreApplication>

namespace ck {

// Opens the CoroKitchen window for `corokitchen [--scenario S] [--mode M] [--autorun]
// [--lang en|ko]`, with the translations the user chose, and runs the application.
class WindowLauncher
{
    Q_DECLARE_TR_FUNCTIONS(WindowLauncher)

public:
    // `request` is the command line's, parsed by main(): a window request.
    static int exec(int &argc, char **argv, const CliRequest &request);

private:
    static bool hasDisplay();
};

} // namespace ck
