#pragma once

#include <QString>

namespace ck {

// How a real Python program ended, as the harness's `end` line tells it (docs/python-trace.md).
struct PythonExit
{
    int exitCode = 0;
    QString error;         // the traceback's last line ("ValueError: bad response"), or empty
    QString traceback;     // the whole traceback, or empty
    bool deadlock = false; // nothing could ever run again
    QString stopped;       // why the harness stopped the program ("time limit"), or empty
};

} // namespace ck
