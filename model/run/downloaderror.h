#pragma once

#include "coro/pythonexception.h"

#include <QString>

#include <chrono>

namespace ck {

class HttpClientConnection;

// A failed download as the Python exception the generated program raises for it, so that it
// travels as asyncio's exceptions do (gather, return_exceptions, except, TaskGroup, main()):
// no data within the timeout -> TimeoutError; a refused connection -> ConnectionRefusedError;
// a body cut short, an error status or any other fault of the exchange -> ConnectionError
// (a subclass of OSError, as TimeoutError is). The messages are Python's text, the same in
// every language, as the generated programs print them.
class DownloadError
{
public:
    // "timed out: no data for 1.5 s".
    static PythonException timedOut(std::chrono::nanoseconds timeout);
    // "connection closed after 4096 of 200000 bytes".
    static PythonException dropped(qint64 delivered, qint64 size);
    // "HTTP 404 Not Found".
    static PythonException status(int code, const QString &reason);
    // Whatever else went wrong on the way (a malformed response, a refused redirect, a body over
    // max_bytes): a ConnectionError that says it.
    static PythonException failed(const QString &message);
    // A connection that did not open: refused, timed out, or another socket error (OSError).
    static PythonException notOpened(const HttpClientConnection &connection,
                                     std::chrono::nanoseconds timeout);
    // A connection whose response ended in a fault: timed out, cut short, or malformed.
    static PythonException brokenOff(const HttpClientConnection &connection,
                                     std::chrono::nanoseconds timeout);
};

} // namespace ck
