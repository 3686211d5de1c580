#pragma once

#include <QString>
#include <QStringList>

#include <exception>

namespace ck {

// Python's built-in exception classes that a scenario can raise or catch, with their bases as
// CPython 3.11 has them (ConnectionRefusedError < ConnectionError < OSError < Exception <
// BaseException; asyncio.CancelledError < BaseException), so that `except OSError:` catches a
// ConnectionError as Python's does.
class ExceptionTypes
{
public:
    // The Python class of `error`: a PythonException's type, CancelledError, TimeoutError or
    // ExceptionGroup; empty for the app's own failures (a stop, a failed `after`), which no
    // except clause catches.
    static QString nameOf(const std::exception_ptr &error);
    // What it says, as the last line of its traceback does: "ValueError: bad response",
    // "CancelledError"; empty as nameOf().
    static QString textOf(const std::exception_ptr &error);
    // Whether `type` is `base` or derives from it.
    static bool isA(const QString &type, const QString &base);
    // Whether an `except (types...)` clause catches `error`.
    static bool catches(const std::exception_ptr &error, const QStringList &types);
    // Every class known here, for an except clause.
    static QStringList names();
    // How a program spells it: "asyncio.CancelledError", else the built-in's own name.
    static QString pythonName(const QString &type);
};

} // namespace ck
