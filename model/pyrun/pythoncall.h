#pragma once

#include <QString>
#include <QtGlobal>

namespace ck {

// One call of the program's functions that a task is in (a `call` line of the Python trace not
// yet ended by its `return`).
struct PythonCall
{
    qint64 id = 0; // the trace's
    int span = -1; // its span, -1 when it has none (too deep)
    int lane = -1; // the lane it runs on
    QString function;
};

} // namespace ck
