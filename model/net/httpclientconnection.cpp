#include "httpclientconnection.h"

#include <QCoroTimer>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>

namespace ck {

namespace {

using Clock = std::chrono::steady_clock;

// QTimer intervals are ints: longer waits are taken in steps.
constexpr std::chrono::milliseconds kMaxWaitStep{24 * 3600 * 1000};

bool isHttps(const QUrl &url)
{
    return url.scheme() == QLatin1String("https");
}

} // namespace

HttpClientConnection::HttpClientConnection(QUrl url)
    : m_url(std::move(url)),
      m_socket(isHttps(m_url) && QSslSocket::supportsSsl() ? new QSslSocket : new QTcpSocket)
{
    // Deleted later, and at the latest with the application: a run that ends the process right
    // after its last download leaves no turn of the event loop for the deferred delete.
    m_socket->setParent(QCoreApplication::instance());
    m_socket->setReadBufferSize(kReadBufferBytes); // TCP flow control holds back the rest
    m_wake.setSingleShot(true);
    m_wake.setTimerType(Qt::PreciseTimer);
    const auto wake = [this] { this->wake(); };
    QObject::connect(m_socket, &QAbstractSocket::readyRead, &m_wake, wake);
    QObject::connect(m_socket, &QAbstractSocket::stateChanged, &m_wake, wake);
    QObject::connect(m_socket, &QAbstractSocket::errorOccurred, &m_wake, wake);
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
        QObject::connect(ssl, &QSslSocket::encrypted, &m_wake, wake);
}

HttpClientConnection::~HttpClientConnection()
{
    QObject::disconnect(m_socket, nullptr, &m_wake, nullptr);
    m_socket->abort();
    m_socket->deleteLater();
}

QCoro::Task<bool> HttpClientConnection::open(Timeout timeout)
{
    const QString host = m_url.host();
    const quint16 port = quint16(m_url.port(isHttps(m_url) ? 443 : 80));
    auto *ssl = qobject_cast<QSslSocket *>(m_socket);
    if (isHttps(m_url) && !ssl) {
        m_error = tr("https is not available: no TLS support in this Qt");
        co_return false;
    }
    if (ssl)
        ssl->connectToHostEncrypted(host, port);
    else
        m_socket->connectToHost(host, port);
    const auto ready = [this, ssl] {
        return m_socket->state() == QAbstractSocket::ConnectedState && (!ssl || ssl->isEncrypted());
    };
    while (!ready() && m_socket->state() != QAbstractSocket::UnconnectedState) {
        if (!co_await waitForEvent(timeout)) {
            m_timedOut = true;
            m_socket->abort();
            co_return false;
        }
    }
    if (!ready()) {
        m_refused = m_socket->error() == QAbstractSocket::ConnectionRefusedError;
        m_error = m_socket->error() == QAbstractSocket::ConnectionRefusedError
                      ? tr("connection refused: %1").arg(m_url.toDisplayString())
                      : m_socket->errorString();
        co_return false;
    }
    m_socket->write(requestHead(m_url));
    co_return true;
}

QCoro::Task<qint64> HttpClientConnection::read(Timeout timeout)
{
    for (;;) {
        if (isFinished())
            co_return 0;
        if (m_socket->bytesAvailable() > 0) {
            m_buffer.resize(kReadBytes);
            const qint64 length = m_socket->read(m_buffer.data(), m_buffer.size());
            co_return m_response.feed(m_buffer.constData(), qsizetype(std::max<qint64>(length, 0)));
        }
        if (m_socket->state() != QAbstractSocket::ConnectedState) {
            m_response.finishAtClose();
            co_return 0;
        }
        if (!co_await waitForEvent(timeout)) {
            m_timedOut = true;
            m_socket->abort();
            co_return 0;
        }
    }
}

void HttpClientConnection::abort()
{
    m_socket->abort();
}

bool HttpClientConnection::isFinished() const
{
    return m_timedOut || m_response.isDone() || m_response.hasFailed();
}

QString HttpClientConnection::errorString() const
{
    return m_response.hasFailed() ? m_response.errorString() : m_error;
}

QHostAddress HttpClientConnection::peerAddress() const
{
    return m_socket->peerAddress();
}

QByteArray HttpClientConnection::requestHead(const QUrl &url)
{
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    const QByteArray host =
        url.adjusted(QUrl::RemoveUserInfo).authority(QUrl::FullyEncoded).toLatin1();
    return "GET " + target + " HTTP/1.1\r\nHost: " + host +
           "\r\nUser-Agent: CoroKitchen/" COROKITCHEN_VERSION
           "\r\nAccept: */*\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n";
}

// True when something happened on the socket, false after `timeout` of nothing.
QCoro::Task<bool> HttpClientConnection::waitForEvent(Timeout timeout)
{
    const Clock::time_point deadline = Clock::now() + timeout;
    m_woken = false;
    while (!m_woken) {
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            co_return false;
        m_wake.start(std::min(left, kMaxWaitStep));
        co_await qCoro(m_wake).waitForTimeout();
    }
    co_return true;
}

void HttpClientConnection::wake()
{
    m_woken = true;
    m_wake.start(0);
}

} // namespace ck
