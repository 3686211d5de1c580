#pragma once

// Opening the main window on a scenario and mode, and running it to its end on the virtual clock:
// the fixture of the window tests.

#include "launchoptions.h"
#include "mainwindow.h"
#include "runcontroller.h"

#include <QTest>

namespace cktest {

inline ck::LaunchOptions launch(const char *scenario, const char *mode)
{
    ck::LaunchOptions options;
    options.scenario = QString::fromLatin1(scenario);
    options.mode = QString::fromLatin1(mode);
    return options;
}

// Runs the window's scenario on the virtual clock to its end.
inline void runInstantly(ck::MainWindow &window)
{
    window.setInstant(true);
    window.run();
    QTRY_VERIFY(!window.controller()->isRunning());
    QTRY_VERIFY(window.controller()->isSettled());
}

} // namespace cktest
