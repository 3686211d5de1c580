#include "loopbackserver.h"

#include "loopbackconnection.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLocale>
#include <QSet>
#include <QTcpSocket>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ck {

namespace {

// 64 printable characters: the body of /bytes/N is this pattern repeated from offset 0.
constexpr char kPattern[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
constexpr qint64 kPatternPeriod = sizeof(kPattern) - 1;

// Digits only (no sign, no spaces); saturates instead of overflowing so that range checks
// can report "too large" for absurdly long numbers.
std::optional<qint64> parseWhole(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    if (!std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    if (text.size() > 18)
        return std::numeric_limits<qint64>::max();
    return text.toLongLong();
}

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// A client-supplied value inside a one-line reason: short, no control characters.
QString quoted(const QString &value)
{
    QString shown = value.left(40);
    for (QChar &c : shown) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u'?';
    }
    if (value.size() > shown.size())
        shown += QStringLiteral("...");
    return QLatin1Char('\'') + shown + QLatin1Char('\'');
}

bool fail(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return false;
}

QString decimal(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

bool parseRate(const QString &value, double *rate, QString *error)
{
    const std::optional<double> number = parseNumber(value);
    if (!number || *number < 0)
        return fail(error, QStringLiteral("invalid rate %1: expected bytes per second, 0 or more")
                               .arg(quoted(value)));
    *rate = *number;
    return true;
}

bool parseLatency(const QString &value, double *latency, QString *error)
{
    const std::optional<double> number = parseNumber(value);
    if (!number || *number < 0 || *number > LoopbackServer::kMaxLatencySeconds)
        return fail(error, QStringLiteral("invalid latency %1: expected seconds from 0 to %2")
                               .arg(quoted(value))
                               .arg(LoopbackServer::kMaxLatencySeconds));
    *latency = *number;
    return true;
}

bool parseChunk(const QString &value, qint64 *chunk, QString *error)
{
    const std::optional<qint64> number = parseWhole(value);
    if (!number || *number < 1 || *number > LoopbackServer::kMaxChunk)
        return fail(error, QStringLiteral("invalid chunk %1: expected bytes per write from 1 to %2")
                               .arg(quoted(value))
                               .arg(LoopbackServer::kMaxChunk));
    *chunk = *number;
    return true;
}

bool parseDropAfter(const QString &value, qint64 *dropAfter, QString *error)
{
    const std::optional<qint64> number = parseWhole(value);
    if (!number)
        return fail(error, QStringLiteral("invalid drop_after %1: expected a byte count, 0 or more")
                               .arg(quoted(value)));
    *dropAfter = *number;
    return true;
}

bool applyParameter(LoopbackServer::BytesRoute &route, const QString &name, const QString &value,
                    QString *error)
{
    if (name == u"rate")
        return parseRate(value, &route.rate, error);
    if (name == u"latency")
        return parseLatency(value, &route.latency, error);
    if (name == u"chunk")
        return parseChunk(value, &route.chunk, error);
    if (name == u"drop_after")
        return parseDropAfter(value, &route.dropAfter, error);
    return fail(error, QStringLiteral("unknown parameter %1 (known: rate, latency, chunk, "
                                      "drop_after)")
                           .arg(quoted(name)));
}

} // namespace

LoopbackServer::LoopbackServer(QObject *parent) : QObject(parent)
{
    // Room for the connection limit and then some: extra clients must reach accept() to be
    // refused at once instead of waiting in the kernel's queue.
    m_server.setListenBacklogSize(2 * kMaxConnections);
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackServer::acceptPending);
}

LoopbackServer::~LoopbackServer()
{
    close();
}

bool LoopbackServer::listen(quint16 port, QString *error)
{
    if (m_server.isListening()) {
        return fail(error,
                    tr("The loopback server is already listening on port %1.").arg(this->port()));
    }
    if (m_server.listen(QHostAddress(QHostAddress::LocalHost), port))
        return true;
    return fail(error,
                tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(m_server.errorString()));
}

void LoopbackServer::close()
{
    m_server.close();
    const QList<QPointer<LoopbackConnection>> connections = std::exchange(m_connections, {});
    for (const QPointer<LoopbackConnection> &connection : connections) {
        if (!connection)
            continue;
        disconnect(connection, nullptr, this, nullptr);
        connection->abort();
    }
}

QUrl LoopbackServer::baseUrl() const
{
    if (!m_server.isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

int LoopbackServer::activeConnections() const
{
    return int(std::count_if(m_connections.begin(), m_connections.end(),
                             [](const QPointer<LoopbackConnection> &c) { return !c.isNull(); }));
}

namespace {

QPointer<LoopbackServer> g_shared; // main thread only

} // namespace

LoopbackServer *LoopbackServer::shared()
{
    QPointer<LoopbackServer> &instance = g_shared;
    QCoreApplication *app = QCoreApplication::instance();
    if (instance || !app)
        return instance;
    Q_ASSERT(QThread::currentThread() == app->thread());
    auto *server = new LoopbackServer(app);
    QString error;
    if (!server->listen(0, &error)) {
        qWarning("%s", qUtf8Printable(error));
        delete server;
        return nullptr;
    }
    // aboutToQuit comes only after exec(); the CLI runs without it, and the post routine runs
    // first thing in ~QCoreApplication, while timers still work.
    connect(app, &QCoreApplication::aboutToQuit, server, &LoopbackServer::shutdownShared);
    static const bool routineAdded = [] {
        qAddPostRoutine(&LoopbackServer::shutdownShared);
        return true;
    }();
    Q_UNUSED(routineAdded);
    instance = server;
    return server;
}

void LoopbackServer::shutdownShared()
{
    LoopbackServer *server = std::exchange(g_shared, nullptr);
    if (!server)
        return;
    server->close();
    // The aborted connections end on later turns of the event loop, and at exit no loop turns
    // any more: turn it here, within a bound, or they would leak with their coroutine frames.
    QDeadlineTimer deadline(kShutdownGrace);
    while (LoopbackConnection::instanceCount() > 0 && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    delete server;
}

QUrl LoopbackServer::bytesUrl(const QUrl &base, qint64 bytes, double rate, double latency,
                              qint64 chunk, qint64 dropAfter)
{
    QUrlQuery query;
    if (rate > 0)
        query.addQueryItem(QStringLiteral("rate"), decimal(rate));
    if (latency > 0)
        query.addQueryItem(QStringLiteral("latency"), decimal(latency));
    if (chunk > 0)
        query.addQueryItem(QStringLiteral("chunk"), QString::number(chunk));
    if (dropAfter >= 0)
        query.addQueryItem(QStringLiteral("drop_after"), QString::number(dropAfter));
    QUrl url = base;
    url.setPath(QStringLiteral("/bytes/%1").arg(bytes));
    url.setQuery(query.isEmpty() ? QString() : query.query());
    url.setFragment(QString());
    return url;
}

std::optional<LoopbackServer::BytesRoute>
LoopbackServer::parseBytesRoute(const QString &count, const QUrlQuery &query, QString *error)
{
    BytesRoute route;
    const std::optional<qint64> bytes = parseWhole(count);
    if (!bytes) {
        fail(error, QStringLiteral("invalid byte count %1: expected a whole number, 0 or more")
                        .arg(quoted(count)));
        return std::nullopt;
    }
    if (*bytes > kMaxBodyBytes) {
        fail(error, QStringLiteral("byte count %1 exceeds the limit of %2 (1 GiB)")
                        .arg(quoted(count))
                        .arg(kMaxBodyBytes));
        return std::nullopt;
    }
    route.bytes = *bytes;
    QSet<QString> seen;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (name.isEmpty())
            continue; // "?&rate=1" or a trailing '&'
        if (seen.contains(name)) {
            fail(error, QStringLiteral("duplicate parameter %1").arg(quoted(name)));
            return std::nullopt;
        }
        seen.insert(name);
        if (!applyParameter(route, name, value, error))
            return std::nullopt;
    }
    return route;
}

char LoopbackServer::bodyByteAt(qint64 offset)
{
    return kPattern[offset % kPatternPeriod];
}

const char *LoopbackServer::bodyBytesAt(qint64 offset)
{
    static const QByteArray block = [] {
        QByteArray bytes;
        bytes.reserve(kMaxChunk + kPatternPeriod);
        while (bytes.size() < kMaxChunk + kPatternPeriod)
            bytes.append(kPattern, kPatternPeriod);
        return bytes;
    }();
    return block.constData() + offset % kPatternPeriod;
}

void LoopbackServer::acceptPending()
{
    QPointer<LoopbackServer> self(this);
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (activeConnections() >= kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *connection = new LoopbackConnection(socket, m_headTimeout);
        m_connections.append(connection);
        connect(connection, &LoopbackConnection::finished, this,
                [this, connection](const QString &method, const QString &target, int status) {
                    connectionFinished(connection, method, target, status);
                });
        connection->start();
        if (!self)
            return; // a slot of requestServed deleted the server
    }
}

void LoopbackServer::connectionFinished(LoopbackConnection *connection, const QString &method,
                                        const QString &target, int status)
{
    m_connections.removeIf([connection](const QPointer<LoopbackConnection> &c) {
        return c.isNull() || c.data() == connection;
    });
    if (status == 0)
        return; // closed before a response
    QPointer<LoopbackServer> self(this);
    Q_EMIT requestServed(target, status);
    if (self)
        Q_EMIT requestLogged(method, target, status);
}

} // namespace ck
