#include "downloaderror.h"

#include "net/httpclientconnection.h"

namespace ck {

namespace {

// Seconds as Python's f-string writes the generated program's float or int: 1.5, 0.2, 30.
QString secondsText(std::chrono::nanoseconds duration)
{
    return QString::number(std::chrono::duration<double>(duration).count(), 'g', 6);
}

} // namespace

PythonException DownloadError::timedOut(std::chrono::nanoseconds timeout)
{
    return PythonException(QStringLiteral("TimeoutError"),
                           QStringLiteral("timed out: no data for %1 s").arg(secondsText(timeout)));
}

PythonException DownloadError::dropped(qint64 delivered, qint64 size)
{
    return failed(
        QStringLiteral("connection closed after %1 of %2 bytes").arg(delivered).arg(size));
}

PythonException DownloadError::status(int code, const QString &reason)
{
    return failed(QStringLiteral("HTTP %1 %2").arg(code).arg(reason).trimmed());
}

PythonException DownloadError::failed(const QString &message)
{
    return PythonException(QStringLiteral("ConnectionError"), message);
}

PythonException DownloadError::notOpened(const HttpClientConnection &connection,
                                         std::chrono::nanoseconds timeout)
{
    if (connection.timedOut())
        return timedOut(timeout);
    if (connection.wasRefused())
        return PythonException(QStringLiteral("ConnectionRefusedError"), connection.errorString());
    return PythonException(QStringLiteral("OSError"), connection.errorString());
}

PythonException DownloadError::brokenOff(const HttpClientConnection &connection,
                                         std::chrono::nanoseconds timeout)
{
    if (connection.timedOut())
        return timedOut(timeout);
    // A body shorter than its Content-Length: the server closed early, as a simulated
    // drop_after does; both say it alike.
    const HttpResponseParser &response = connection.response();
    if (response.hasFailed() && response.contentLength() > response.bodyBytes())
        return dropped(response.bodyBytes(), response.contentLength());
    return failed(connection.errorString());
}

} // namespace ck
