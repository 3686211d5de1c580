#pragma once

#include "httpresponseparser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTimer>
#include <QUrl>

#include <QCoroTask>
#include <chrono>

class QTcpSocket;

namespace ck {

// One GET over its own HTTP/1.1 connection (plain or TLS), read as it arrives through a bounded
// socket buffer into an HttpResponseParser: the body is counted, never kept, so a peer sending
// without end costs no memory, and the framing is checked strictly. Every wait is bounded by a
// timeout that means "no byte for so long". Main thread; owned by the coroutine that uses it.
class HttpClientConnection
{
    Q_DECLARE_TR_FUNCTIONS(HttpClientConnection)

public:
    using Timeout = std::chrono::milliseconds;
    static constexpr qint64 kReadBufferBytes = 256 * 1024; // what the socket may hold unread
    static constexpr qint64 kReadBytes = 64 * 1024;        // taken from it at a time

    explicit HttpClientConnection(QUrl url);
    ~HttpClientConnection();
    HttpClientConnection(const HttpClientConnection &) = delete;
    HttpClientConnection &operator=(const HttpClientConnection &) = delete;

    // Connects (and for https completes the TLS handshake) then sends the request. False with
    // errorString() on failure; timedOut() tells a timeout apart.
    QCoro::Task<bool> open(Timeout timeout);
    // Waits for more of the response and feeds it to response(); returns the body bytes among
    // them. Once the response is done, has failed or timed out, returns 0 at once.
    QCoro::Task<qint64> read(Timeout timeout);
    // Closes at once; a pending open() or read() returns on a later turn of the event loop.
    void abort();

    const HttpResponseParser &response() const { return m_response; }
    bool isFinished() const;
    bool timedOut() const { return m_timedOut; }
    // The peer refused the connection (Python's ConnectionRefusedError).
    bool wasRefused() const { return m_refused; }
    QString errorString() const;
    QUrl url() const { return m_url; }
    // The address actually connected to (what a redirect check must judge, not the name).
    QHostAddress peerAddress() const;

    // GET <target> HTTP/1.1 with Host, asking for the body as is (no compression).
    static QByteArray requestHead(const QUrl &url);

private:
    QCoro::Task<bool> waitForEvent(Timeout timeout);
    void wake();

    QUrl m_url;
    QTcpSocket *m_socket; // deleted later: QCoro may be inside one of its signals
    QTimer m_wake;
    bool m_woken = false;
    bool m_timedOut = false;
    bool m_refused = false;
    QString m_error;
    QByteArray m_buffer;
    HttpResponseParser m_response;
};

} // namespace ck
