#include "loopbackconnection.h"

#include "httprequest.h"

#include <QCoroAbstractSocket>
#include <QCoroTimer>
#include <QPointer>
#include <QTcpSocket>

#include <algorithm>
#include <exception>
#include <optional>

namespace ck {

namespace {

using Clock = std::chrono::steady_clock;

int g_instances = 0; // main thread only, like the server

// Enough for one maximal head and then some; the socket stops reading beyond it, so a client
// cannot make us buffer an unbounded request.
constexpr qint64 kReadBufferBytes = 2 * LoopbackServer::kMaxHeadBytes;
// Unpaced bodies keep at most this much queued in the socket: memory stays bounded at 1 GiB.
constexpr qint64 kHighWaterBytes = 256 * 1024;
// A client that takes none of the queued bytes for this long is dropped.
constexpr std::chrono::milliseconds kStallTimeout{30000};
// QTimer intervals are ints: longer waits are taken in steps.
constexpr std::chrono::milliseconds kMaxPacerStep{24 * 3600 * 1000};
// "Never" for pacing purposes, without overflowing the steady clock.
constexpr double kFarFutureSeconds = 1e9;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    default:
        return QByteArrayLiteral("Error");
    }
}

Clock::time_point after(Clock::time_point start, double seconds)
{
    const std::chrono::duration<double> offset(std::min(seconds, kFarFutureSeconds));
    return start + std::chrono::duration_cast<Clock::duration>(offset);
}

} // namespace

LoopbackConnection::LoopbackConnection(QTcpSocket *socket, std::chrono::milliseconds headTimeout)
    : m_socket(socket), m_headTimeout(headTimeout)
{
    ++g_instances;
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBufferBytes);
    m_pacer.setSingleShot(true);
    m_pacer.setTimerType(Qt::PreciseTimer); // never early; a coarse timer may fire 5 % early
    connect(m_socket, &QAbstractSocket::stateChanged, this, &LoopbackConnection::wakePacer);
}

LoopbackConnection::~LoopbackConnection()
{
    --g_instances;
}

int LoopbackConnection::instanceCount()
{
    return g_instances;
}

void LoopbackConnection::start()
{
    m_acceptedAt = Clock::now();
    run(); // eager: runs to its first suspension; the frame frees itself when it ends
}

void LoopbackConnection::abort()
{
    m_socket->abort();
}

// Top of the coroutine: nobody awaits it, so an exception would be lost here; catch, close.
QCoro::Task<> LoopbackConnection::run()
{
    QPointer<LoopbackConnection> self(this);
    try {
        co_await serve();
    } catch (const std::exception &error) {
        qWarning("loopback server: connection failed: %s", error.what());
    } catch (...) {
        qWarning("loopback server: connection failed");
    }
    if (self)
        finish();
}

QCoro::Task<> LoopbackConnection::serve()
{
    QPointer<LoopbackConnection> self(this);
    const HeadOutcome outcome = co_await readHead();
    if (!self)
        co_return;
    switch (outcome) {
    case HeadOutcome::Closed:
        co_return;
    case HeadOutcome::TimedOut:
        co_await sendText(
            408,
            QStringLiteral("request head not received within %1 ms").arg(m_headTimeout.count()));
        co_return;
    case HeadOutcome::TooLarge:
        co_await sendText(
            431,
            QStringLiteral("request head exceeds %1 bytes").arg(LoopbackServer::kMaxHeadBytes));
        co_return;
    case HeadOutcome::Complete:
        break;
    }
    co_await respond(HttpRequest::parse(m_head));
}

// Reads until the blank line that ends the head, within kMaxHeadBytes and the head timeout
// (counted from accept, so a client trickling one byte at a time gains nothing).
QCoro::Task<LoopbackConnection::HeadOutcome> LoopbackConnection::readHead()
{
    QPointer<LoopbackConnection> self(this);
    const Clock::time_point deadline = m_acceptedAt + m_headTimeout;
    for (;;) {
        if (m_socket->bytesAvailable() > 0)
            m_head += m_socket->read(LoopbackServer::kMaxHeadBytes + 1 - m_head.size());
        const qsizetype length = HttpRequest::headLength(m_head);
        if (length > LoopbackServer::kMaxHeadBytes ||
            (length < 0 && m_head.size() > LoopbackServer::kMaxHeadBytes))
            co_return HeadOutcome::TooLarge;
        if (length >= 0) {
            m_head.truncate(length);
            co_return HeadOutcome::Complete;
        }
        if (!isOpen())
            co_return HeadOutcome::Closed;
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            co_return HeadOutcome::TimedOut;
        co_await qCoro(m_socket).waitForReadyRead(left);
        if (!self)
            co_return HeadOutcome::Closed;
    }
}

QCoro::Task<> LoopbackConnection::respond(HttpRequest request)
{
    m_method = QString::fromLatin1(request.method());
    m_target = request.target();
    if (!request.isValid()) {
        co_await sendText(400, request.errorString());
        co_return;
    }
    if (request.method() != "GET") {
        co_await sendText(405, QStringLiteral("method %1 not allowed: only GET").arg(m_method),
                          QByteArrayLiteral("Allow: GET\r\n"));
        co_return;
    }
    const QString prefix = QStringLiteral("/bytes/");
    const QString path = request.path();
    if (!path.startsWith(prefix) || path.indexOf(u'/', prefix.size()) >= 0) {
        co_await sendText(404, QStringLiteral("not found: %1 (try /bytes/N)").arg(m_target));
        co_return;
    }
    QString error;
    const std::optional<LoopbackServer::BytesRoute> route =
        LoopbackServer::parseBytesRoute(path.mid(prefix.size()), request.query(), &error);
    if (!route) {
        co_await sendText(400, error);
        co_return;
    }
    co_await streamBytes(*route);
}

QCoro::Task<> LoopbackConnection::streamBytes(LoopbackServer::BytesRoute route)
{
    QPointer<LoopbackConnection> self(this);
    const Clock::time_point start = Clock::now();
    // Absolute schedule, so that a late wake-up shortens the next wait instead of delaying every
    // later chunk: the status line at start + latency, and each chunk when the rate has earned
    // all its bytes, at start + latency + (bytes so far + chunk) / rate. Never more than
    // rate * t bytes by time t; the body takes bytes / rate whatever the chunk size.
    const auto dueAt = [&route, start](qint64 bytesSent) {
        const double transfer = route.rate > 0 ? double(bytesSent) / route.rate : 0.0;
        return after(start, route.latency + transfer);
    };
    if (!co_await sleepUntil(dueAt(0)) || !self)
        co_return;
    writeHead(200, QByteArrayLiteral("application/octet-stream"), route.bytes);
    m_socket->flush();
    const qint64 end = route.dropAfter >= 0 ? std::min(route.dropAfter, route.bytes) : route.bytes;
    // Paced: wait until the socket has handed every byte to the kernel, so the rate is the one
    // the client sees rather than the rate we fill a buffer at.
    const qint64 maxQueued = route.rate > 0 ? 0 : kHighWaterBytes;
    for (qint64 sent = 0; sent < end;) {
        const qint64 length = std::min(route.chunk, end - sent);
        if (route.rate > 0 && (!co_await sleepUntil(dueAt(sent + length)) || !self))
            co_return;
        m_socket->write(LoopbackServer::bodyBytesAt(sent), length);
        sent += length;
        if (!co_await drain(maxQueued) || !self)
            co_return;
    }
    if (!co_await drain(0) || !self)
        co_return;
    if (end < route.bytes)
        m_socket->abort(); // drop_after: the client sees the connection cut mid-body
}

QCoro::Task<> LoopbackConnection::sendText(int status, QString reason, QByteArray extraHeaders)
{
    if (!isOpen())
        co_return;
    const QByteArray body = reason.toUtf8() + '\n';
    writeHead(status, QByteArrayLiteral("text/plain; charset=utf-8"), body.size(), extraHeaders);
    if (m_method != u"HEAD") // a HEAD response has the length but never the body
        m_socket->write(body);
    co_await drain(0);
}

QCoro::Task<bool> LoopbackConnection::sleepUntil(Clock::time_point deadline)
{
    QPointer<LoopbackConnection> self(this);
    for (;;) {
        if (!isOpen())
            co_return false;
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            co_return true;
        m_pacer.start(std::min(left, kMaxPacerStep));
        // Not qCoro(&m_pacer, &QTimer::timeout): in QCoro 0.8 its queued call binds the
        // QPrivateSignal argument to a null reference (UBSan reports it); this awaits directly.
        co_await qCoro(m_pacer).waitForTimeout();
        if (!self)
            co_return false;
    }
}

QCoro::Task<bool> LoopbackConnection::drain(qint64 maxQueued)
{
    QPointer<LoopbackConnection> self(this);
    while (isOpen() && m_socket->bytesToWrite() > maxQueued) {
        const std::optional<qint64> written =
            co_await qCoro(m_socket).waitForBytesWritten(kStallTimeout);
        if (!self)
            co_return false;
        if (!written) {
            m_socket->abort(); // the client stopped reading
            co_return false;
        }
    }
    co_return isOpen();
}

void LoopbackConnection::writeHead(int status, const QByteArray &contentType, qint64 length,
                                   const QByteArray &extraHeaders)
{
    m_status = status;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status);
    head += "\r\nServer: CoroKitchen/" COROKITCHEN_VERSION "\r\nContent-Type: " + contentType;
    head += "\r\nContent-Length: " + QByteArray::number(length) + "\r\n" + extraHeaders;
    head += "Cache-Control: no-store\r\nConnection: close\r\n\r\n";
    m_socket->write(head);
}

// A closed socket ends a pacing wait at once rather than when the next chunk would be due.
void LoopbackConnection::wakePacer()
{
    if (!isOpen() && m_pacer.isActive())
        m_pacer.start(0);
}

void LoopbackConnection::finish()
{
    m_pacer.stop();
    if (m_socket->state() != QAbstractSocket::UnconnectedState) {
        // Unread input would turn the close into a reset, which can discard our response.
        m_socket->skip(m_socket->bytesAvailable());
        m_socket->disconnectFromHost();
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->abort();
    }
    deleteLater(); // the socket is our child and goes with us
    Q_EMIT finished(m_method, m_target, m_status);
}

bool LoopbackConnection::isOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

} // namespace ck
