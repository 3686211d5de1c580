#pragma once

#include <QString>

namespace ck {

// How `corokitchen [--scenario ID|FILE] [--mode M] [--autorun] [--lang en|ko] [--present]` opens
// the window.
struct LaunchOptions
{
    QString scenario; // built-in id or file path; empty = the last one used
    QString mode;     // "sequential", "gather", "create-task", "bounded:N", "compare"; empty = last
    bool autorun = false; // start a run as soon as the window is up
    QString language;     // "en" or "ko"; empty = the stored choice, else the system's
    bool present = false; // open in presentation mode (`--present`)
};

} // namespace ck
