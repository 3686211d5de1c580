#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <chrono>
#include <optional>

class QUrlQuery;

namespace ck {

class LoopbackConnection;

// A small HTTP/1.1 server on 127.0.0.1 for real downloads without the internet. One QCoro
// coroutine per connection (LoopbackConnection). The only route is GET /bytes/N: N bytes of a
// printable pattern (never a file), optionally paced (rate), delayed (latency), cut into writes
// of a given size (chunk) and dropped part-way (drop_after). Every response closes the
// connection. Main thread only.
class LoopbackServer : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxBodyBytes = qint64(1) << 30; // 1 GiB
    static constexpr qint64 kDefaultChunk = 16384;
    static constexpr qint64 kMaxChunk = qint64(1) << 20; // 1 MiB
    static constexpr double kMaxLatencySeconds = 3600;
    static constexpr qsizetype kMaxHeadBytes = 8192;
    // Connections beyond this many are closed as soon as they are accepted.
    static constexpr int kMaxConnections = 64;
    static constexpr std::chrono::milliseconds kDefaultHeadTimeout{10000};
    static constexpr std::chrono::milliseconds kShutdownGrace{1000};

    // The parameters of one GET /bytes/N request.
    struct BytesRoute
    {
        qint64 bytes = 0;
        // Bytes per second of wall time, 0 = as fast as possible. Each chunk is written when the
        // rate has earned all its bytes: chunk k at latency + (bytes up to its end) / rate.
        double rate = 0;
        double latency = 0; // seconds before the status line is sent
        qint64 chunk = kDefaultChunk;
        qint64 dropAfter = -1; // close abruptly after this many body bytes; -1 = never
    };

    explicit LoopbackServer(QObject *parent = nullptr);
    ~LoopbackServer() override; // closes every connection

    // Listens on 127.0.0.1:port (0 = ephemeral). On failure `error` gets one line.
    bool listen(quint16 port = 0, QString *error = nullptr);
    // Stops listening and aborts every open connection; their coroutines end on the next
    // turns of the event loop.
    void close();
    bool isListening() const { return m_server.isListening(); }
    QUrl baseUrl() const; // http://127.0.0.1:<port>, empty when not listening
    quint16 port() const { return m_server.serverPort(); }
    QHostAddress serverAddress() const { return m_server.serverAddress(); }
    int activeConnections() const;

    // The whole time a client may take to send its request head (slowloris guard).
    void setHeadTimeout(std::chrono::milliseconds timeout) { m_headTimeout = timeout; }
    std::chrono::milliseconds headTimeout() const { return m_headTimeout; }

    // The process-wide instance, listening on an ephemeral port from the first call; nullptr if
    // it cannot listen or there is no QCoreApplication. Lives until the application quits.
    static LoopbackServer *shared();
    // Closes and deletes the shared instance, and lets its aborted connections end (a bounded
    // few turns of the event loop): called when the application quits, with exec() or without,
    // so that no connection, socket or coroutine frame outlives it. A later shared() starts anew.
    static void shutdownShared();

    // http://host:port/bytes/N?rate=&latency=&chunk=&drop_after=, leaving out the defaults
    // (rate <= 0, latency <= 0, chunk <= 0, dropAfter < 0).
    static QUrl bytesUrl(const QUrl &base, qint64 bytes, double rate = 0, double latency = 0,
                         qint64 chunk = 0, qint64 dropAfter = -1);
    // Parses the N of /bytes/N and the query; on a bad value returns nothing and a one-line
    // reason (protocol text, English) in `error`.
    static std::optional<BytesRoute> parseBytesRoute(const QString &count, const QUrlQuery &query,
                                                     QString *error);
    // The body byte at `offset` of every /bytes response (a repeating printable pattern).
    static char bodyByteAt(qint64 offset);
    // The body bytes from `offset` on, readable for kMaxChunk bytes (a static block).
    static const char *bodyBytesAt(qint64 offset);

Q_SIGNALS:
    // One per response sent; `path` is the request target as sent (path and query), empty when
    // no request line was read (408, 431).
    void requestServed(const QString &path, int status);
    // The same with the method, for access logs ("200 GET /bytes/100").
    void requestLogged(const QString &method, const QString &target, int status);

private:
    void acceptPending();
    void connectionFinished(LoopbackConnection *connection, const QString &method,
                            const QString &target, int status);

    QTcpServer m_server;
    QList<QPointer<LoopbackConnection>> m_connections;
    std::chrono::milliseconds m_headTimeout = kDefaultHeadTimeout;
};

} // namespace ck
