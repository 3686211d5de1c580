// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "corotest.h"
#include "net/httprequest.h"
#include "net/loopbackconnection.h"
#include "net/loopbackserver.h"
#include "net/servecommand.h"
#include "timingbounds.h"

#include <QCoroNetworkReply>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QUrlQuery>

#include <cmath>
#include <csignal>
#include <memory>
#include <vector>

using namespace std::chrono_literals;
using ck::LoopbackConnection;
using ck::LoopbackServer;

namespace {

// The body contract, written out independently of the server's code.
const QByteArray kPattern =
    QByteArrayLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_");

QByteArray expectedBody(qint64 size)
{
    QByteArray body;
    body.reserve(size);
    while (body.size() < size)
        body += kPattern.left(size - body.size());
    return body;
}

struct Fetched
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QByteArray contentLength;
    QByteArray allow;
    double firstByteMs = -1;
    double elapsedMs = -1;
};

QCoro::Task<Fetched> fetchTask(QNetworkAccessManager *nam, QUrl url, QByteArray verb)
{
    Fetched result;
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = nam->sendCustomRequest(QNetworkRequest(url), verb);
    const auto connection = QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        if (result.firstByteMs < 0)
            result.firstByteMs = clock.nsecsElapsed() / 1e6;
        result.body += reply->readAll();
    });
    co_await reply;
    QObject::disconnect(connection);
    result.elapsedMs = clock.nsecsElapsed() / 1e6;
    result.body += reply->readAll();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.contentType = reply->rawHeader("Content-Type");
    result.contentLength = reply->rawHeader("Content-Length");
    result.allow = reply->rawHeader("Allow");
    reply->deleteLater(); // never delete: we are inside its finished() emission
    co_return result;
}

Fetched fetch(QNetworkAccessManager *nam, const QUrl &url,
              const QByteArray &verb = QByteArrayLiteral("GET"))
{
    return cktest::runSync(fetchTask(nam, url, verb), 5s);
}

QUrl urlOf(const LoopbackServer &server, const QString &target)
{
    return QUrl(server.baseUrl().toString() + target);
}

struct Exchange
{
    QByteArray received;
    bool closedByServer = false;
    qint64 elapsedMs = 0;

    int status() const { return received.mid(9, 3).toInt(); } // "HTTP/1.1 200 ..."
    QByteArray body() const { return received.mid(received.indexOf("\r\n\r\n") + 4); }
};

// Sends `request` on a raw socket once connected and collects everything until the server
// closes the connection (or the timeout).
Exchange exchange(quint16 port, const QByteArray &request, std::chrono::milliseconds timeout = 2s)
{
    Exchange result;
    QTcpSocket socket;
    QEventLoop loop;
    QElapsedTimer clock;
    QObject::connect(&socket, &QTcpSocket::connected, [&] { socket.write(request); });
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { result.received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    clock.start();
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    loop.exec();
    result.elapsedMs = clock.elapsed();
    result.received += socket.readAll();
    result.closedByServer = socket.state() == QAbstractSocket::UnconnectedState;
    return result;
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return 0;
    return probe.serverPort();
}

} // namespace

class TstLoopbackServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void parsesRequestHead();
    void buildsBytesUrls_data();
    void buildsBytesUrls();
    void boundToLoopbackOnly();
    void listenFailureIsOneLine();
    void servesExactBytes_data();
    void servesExactBytes();
    void servesLargeBodyWithBoundedBuffer();
    void unknownPathIsNotFound_data();
    void unknownPathIsNotFound();
    void otherMethodsAreNotAllowed_data();
    void otherMethodsAreNotAllowed();
    void badParametersAreBadRequests_data();
    void badParametersAreBadRequests();
    void malformedRequestsAreBadRequests_data();
    void malformedRequestsAreBadRequests();
    void headOverLimitIs431();
    void slowHeadTimesOut();
    void refusesConnectionsBeyondLimit();
    void latencyDelaysFirstByte();
    void throttleHoldsRate_data();
    void throttleHoldsRate();
    void dropAfterCutsTheBody_data();
    void dropAfterCutsTheBody();
    void signalsEachResponse();
    void sharedInstanceIsOneListeningServer();
    void destroyingWithOpenConnectionsIsClean();
    void serveCommandLogsUntilSignal();
    void serveCommandReportsBusyPort();

private:
    QNetworkAccessManager *m_nam = nullptr;
};

void TstLoopbackServer::initTestCase()
{
    m_nam = new QNetworkAccessManager(this); // long-lived: replies are never outlived by it
    m_nam->setProxy(QNetworkProxy::NoProxy);
}

void TstLoopbackServer::cleanup()
{
    // Every connection coroutine has ended and freed its connection object.
    QTRY_COMPARE_WITH_TIMEOUT(LoopbackConnection::instanceCount(), 0, 2000);
}

void TstLoopbackServer::parsesRequestHead()
{
    const QByteArray head = "GET /bytes/%31%30?rate=5&chunk=2 HTTP/1.1\r\n"
                            "Host: 127.0.0.1\r\nX-Thing:  spaced  \r\n\r\n";
    QCOMPARE(ck::HttpRequest::headLength(head + "trailing body"), head.size());
    QCOMPARE(ck::HttpRequest::headLength(head.left(head.size() - 1)), -1);
    QCOMPARE(ck::HttpRequest::headLength("GET / HTTP/1.0\n\nx"), 16);

    const ck::HttpRequest request = ck::HttpRequest::parse(head);
    QVERIFY2(request.isValid(), qPrintable(request.errorString()));
    QCOMPARE(request.method(), QByteArray("GET"));
    QCOMPARE(request.target(), QStringLiteral("/bytes/%31%30?rate=5&chunk=2"));
    QCOMPARE(request.path(), QStringLiteral("/bytes/10"));
    QCOMPARE(request.query().queryItemValue(QStringLiteral("chunk")), QStringLiteral("2"));
    QCOMPARE(request.version(), QByteArray("HTTP/1.1"));
    QCOMPARE(request.header("x-thing"), QByteArray("spaced"));
    QCOMPARE(request.headers().size(), 2);
}

void TstLoopbackServer::buildsBytesUrls_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("latency");
    QTest::addColumn<qint64>("chunk");
    QTest::addColumn<qint64>("dropAfter");
    QTest::addColumn<QString>("expected");

    const QString base = QStringLiteral("http://127.0.0.1:8080/bytes/");
    QTest::newRow("defaults") << qint64(100) << 0.0 << 0.0 << qint64(0) << qint64(-1)
                              << base + QStringLiteral("100");
    QTest::newRow("rate") << qint64(100000) << 50000.0 << 0.0 << qint64(0) << qint64(-1)
                          << base + QStringLiteral("100000?rate=50000");
    QTest::newRow("everything")
        << qint64(1000) << 1e6 << 0.25 << qint64(4096) << qint64(500)
        << base + QStringLiteral("1000?rate=1000000&latency=0.25&chunk=4096&drop_after=500");
    QTest::newRow("fractional rate, drop at 0")
        << qint64(10) << 0.5 << 0.0 << qint64(0) << qint64(0)
        << base + QStringLiteral("10?rate=0.5&drop_after=0");
}

void TstLoopbackServer::buildsBytesUrls()
{
    QFETCH(qint64, bytes);
    QFETCH(double, rate);
    QFETCH(double, latency);
    QFETCH(qint64, chunk);
    QFETCH(qint64, dropAfter);
    QFETCH(QString, expected);

    const QUrl base(QStringLiteral("http://127.0.0.1:8080/ignored?x=1#frag"));
    const QUrl url = LoopbackServer::bytesUrl(base, bytes, rate, latency, chunk, dropAfter);
    QCOMPARE(url.toString(), expected);

    // What the URL says is what the server parses.
    QString error;
    const auto route = LoopbackServer::parseBytesRoute(url.path().mid(7), QUrlQuery(url), &error);
    QVERIFY2(route.has_value(), qPrintable(error));
    QCOMPARE(route->bytes, bytes);
    QCOMPARE(route->rate, rate);
    QCOMPARE(route->latency, latency);
    QCOMPARE(route->chunk, chunk > 0 ? chunk : LoopbackServer::kDefaultChunk);
    QCOMPARE(route->dropAfter, dropAfter);
}

void TstLoopbackServer::boundToLoopbackOnly()
{
    LoopbackServer server;
    QVERIFY(server.baseUrl().isEmpty());
    QVERIFY(server.listen());
    QCOMPARE(server.serverAddress(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(server.port() != 0);
    QCOMPARE(server.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));
    QCOMPARE(server.activeConnections(), 0);
}

void TstLoopbackServer::listenFailureIsOneLine()
{
    LoopbackServer first;
    QVERIFY(first.listen());
    LoopbackServer second;
    QString error;
    QVERIFY(!second.listen(first.port(), &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot listen on 127.0.0.1:%1: ").arg(first.port())),
             qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
    QVERIFY(!first.listen(0, &error));
    QVERIFY(error.contains(QStringLiteral("already listening")));
}

void TstLoopbackServer::servesExactBytes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<qint64>("chunk");

    QTest::newRow("empty") << qint64(0) << qint64(0);
    QTest::newRow("one") << qint64(1) << qint64(0);
    QTest::newRow("one period") << qint64(64) << qint64(0);
    QTest::newRow("100 kB") << qint64(100000) << qint64(0);
    QTest::newRow("100 kB in 1000-byte writes") << qint64(100000) << qint64(1000);
    QTest::newRow("odd chunk") << qint64(1000) << qint64(7);
}

void TstLoopbackServer::servesExactBytes()
{
    QFETCH(qint64, bytes);
    QFETCH(qint64, chunk);
    LoopbackServer server;
    QVERIFY(server.listen());

    const Fetched got =
        fetch(m_nam, LoopbackServer::bytesUrl(server.baseUrl(), bytes, 0, 0, chunk));
    QCOMPARE(got.error, QNetworkReply::NoError);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.contentType, QByteArray("application/octet-stream"));
    QCOMPARE(got.contentLength, QByteArray::number(bytes));
    QCOMPARE(got.body.size(), bytes);
    QVERIFY(got.body == expectedBody(bytes));
    for (qint64 i = 0; i < qMin<qint64>(bytes, 64); ++i)
        QCOMPARE(got.body.at(i), LoopbackServer::bodyByteAt(i));
}

void TstLoopbackServer::servesLargeBodyWithBoundedBuffer()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    const qint64 bytes = 8 * 1024 * 1024;
    const Fetched got =
        fetch(m_nam, LoopbackServer::bytesUrl(server.baseUrl(), bytes, 0, 0, 1024 * 1024));
    QCOMPARE(got.status, 200);
    QCOMPARE(got.body.size(), bytes);
    QVERIFY(got.body == expectedBody(bytes));
    qInfo("8 MiB unpaced in %.1f ms", got.elapsedMs);
}

void TstLoopbackServer::unknownPathIsNotFound_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("root") << QStringLiteral("/");
    QTest::newRow("other") << QStringLiteral("/nothing");
    QTest::newRow("route without N") << QStringLiteral("/bytes");
    QTest::newRow("deeper") << QStringLiteral("/bytes/10/more");
    QTest::newRow("a file path") << QStringLiteral("/files/etc/passwd");
}

void TstLoopbackServer::unknownPathIsNotFound()
{
    QFETCH(QString, target);
    LoopbackServer server;
    QVERIFY(server.listen());
    const Fetched got = fetch(m_nam, urlOf(server, target));
    QCOMPARE(got.status, 404);
    QCOMPARE(got.error, QNetworkReply::ContentNotFoundError);
    QCOMPARE(got.contentType, QByteArray("text/plain; charset=utf-8"));
    QCOMPARE(got.body, QStringLiteral("not found: %1 (try /bytes/N)\n").arg(target).toUtf8());
}

void TstLoopbackServer::otherMethodsAreNotAllowed_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::newRow("POST") << QByteArray("POST");
    QTest::newRow("PUT") << QByteArray("PUT");
    QTest::newRow("DELETE") << QByteArray("DELETE");
    QTest::newRow("HEAD, without a body") << QByteArray("HEAD");
}

void TstLoopbackServer::otherMethodsAreNotAllowed()
{
    QFETCH(QByteArray, verb);
    LoopbackServer server;
    QVERIFY(server.listen());
    const Fetched got = fetch(m_nam, urlOf(server, QStringLiteral("/bytes/10")), verb);
    QCOMPARE(got.status, 405);
    QCOMPARE(got.allow, QByteArray("GET"));
    const QByteArray reason = "method " + verb + " not allowed: only GET\n";
    QCOMPARE(got.body, verb == "HEAD" ? QByteArray() : reason);
    QCOMPARE(got.contentLength, QByteArray::number(reason.size()));
}

void TstLoopbackServer::badParametersAreBadRequests_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("reason");

    QTest::newRow("N not a number")
        << QStringLiteral("/bytes/abc")
        << QStringLiteral("invalid byte count 'abc': expected a whole number, 0 or more");
    QTest::newRow("N negative")
        << QStringLiteral("/bytes/-1")
        << QStringLiteral("invalid byte count '-1': expected a whole number, 0 or more");
    QTest::newRow("N over 1 GiB")
        << QStringLiteral("/bytes/1073741825")
        << QStringLiteral("byte count '1073741825' exceeds the limit of 1073741824 (1 GiB)");
    QTest::newRow("N absurd")
        << QStringLiteral("/bytes/99999999999999999999999")
        << QStringLiteral(
               "byte count '99999999999999999999999' exceeds the limit of 1073741824 (1 GiB)");
    QTest::newRow("rate not a number")
        << QStringLiteral("/bytes/10?rate=fast")
        << QStringLiteral("invalid rate 'fast': expected bytes per second, 0 or more");
    QTest::newRow("rate negative")
        << QStringLiteral("/bytes/10?rate=-1")
        << QStringLiteral("invalid rate '-1': expected bytes per second, 0 or more");
    QTest::newRow("latency negative")
        << QStringLiteral("/bytes/10?latency=-0.5")
        << QStringLiteral("invalid latency '-0.5': expected seconds from 0 to 3600");
    QTest::newRow("chunk zero")
        << QStringLiteral("/bytes/10?chunk=0")
        << QStringLiteral("invalid chunk '0': expected bytes per write from 1 to 1048576");
    QTest::newRow("chunk over 1 MiB")
        << QStringLiteral("/bytes/10?chunk=2000000")
        << QStringLiteral("invalid chunk '2000000': expected bytes per write from 1 to 1048576");
    QTest::newRow("drop_after negative")
        << QStringLiteral("/bytes/10?drop_after=-5")
        << QStringLiteral("invalid drop_after '-5': expected a byte count, 0 or more");
    QTest::newRow("unknown parameter")
        << QStringLiteral("/bytes/10?speed=1")
        << QStringLiteral("unknown parameter 'speed' (known: rate, latency, chunk, drop_after)");
    QTest::newRow("duplicate parameter") << QStringLiteral("/bytes/10?rate=1&rate=2")
                                         << QStringLiteral("duplicate parameter 'rate'");
}

void TstLoopbackServer::badParametersAreBadRequests()
{
    QFETCH(QString, target);
    QFETCH(QString, reason);
    LoopbackServer server;
    QVERIFY(server.listen());
    const Fetched got = fetch(m_nam, urlOf(server, target));
    QCOMPARE(got.status, 400);
    QCOMPARE(QString::fromUtf8(got.body), reason + u'\n');
}

void TstLoopbackServer::malformedRequestsAreBadRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("no target") << QByteArray("HELLO\r\n\r\n") << 400
                               << QByteArray("malformed request line\n");
    QTest::newRow("no version") << QByteArray("GET /bytes/1\r\n\r\n") << 400
                                << QByteArray("malformed request line\n");
    QTest::newRow("double space") << QByteArray("GET  /bytes/1 HTTP/1.1\r\n\r\n") << 400
                                  << QByteArray("malformed request line\n");
    QTest::newRow("HTTP/2.0") << QByteArray("GET /bytes/1 HTTP/2.0\r\n\r\n") << 400
                              << QByteArray("unsupported HTTP version HTTP/2.0\n");
    QTest::newRow("control bytes in the version")
        << QByteArray("GET /bytes/1 HTTP/1.1\r\0\0\n\r\n", 27) << 400
        << QByteArray("malformed request line\n");
    QTest::newRow("relative target") << QByteArray("GET bytes/1 HTTP/1.1\r\n\r\n") << 400
                                     << QByteArray("request target must start with '/'\n");
    QTest::newRow("header without colon")
        << QByteArray("GET /bytes/1 HTTP/1.1\r\nno colon here\r\n\r\n") << 400
        << QByteArray("malformed header line\n");
    QTest::newRow("blank line only")
        << QByteArray("\r\n") << 400 << QByteArray("malformed request line\n");
    QTest::newRow("bare LF, HTTP/1.0 is fine")
        << QByteArray("GET /bytes/3 HTTP/1.0\n\n") << 200 << QByteArray("012");
}

void TstLoopbackServer::malformedRequestsAreBadRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    LoopbackServer server;
    QVERIFY(server.listen());
    const Exchange got = exchange(server.port(), request);
    QVERIFY(got.closedByServer);
    QCOMPARE(got.status(), status);
    QCOMPARE(got.body(), body);
}

void TstLoopbackServer::headOverLimitIs431()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    // A head of exactly the limit is served; one byte more is refused.
    const QByteArray start = "GET /bytes/2 HTTP/1.1\r\nX-Fill: ";
    const QByteArray end = "\r\n\r\n";
    const QByteArray fill(LoopbackServer::kMaxHeadBytes - start.size() - end.size(), 'a');
    const Exchange atLimit = exchange(server.port(), start + fill + end);
    QCOMPARE(atLimit.status(), 200);
    QCOMPARE(atLimit.body(), QByteArray("01"));

    const Exchange over = exchange(server.port(), start + fill + 'a' + end);
    QVERIFY(over.closedByServer);
    QCOMPARE(over.status(), 431);
    QCOMPARE(over.body(), QByteArray("request head exceeds 8192 bytes\n"));

    const Exchange huge = exchange(server.port(), start + QByteArray(64 * 1024, 'a'));
    QVERIFY(huge.closedByServer);
    QCOMPARE(huge.status(), 431);
}

void TstLoopbackServer::slowHeadTimesOut()
{
    LoopbackServer server;
    server.setHeadTimeout(200ms);
    QVERIFY(server.listen());
    const Exchange got = exchange(server.port(), "GET /bytes/1 HTTP/1.1\r\nHost: slow\r\n");
    QVERIFY(got.closedByServer);
    QVERIFY2(got.elapsedMs >= 200 && got.elapsedMs < 800,
             qPrintable(QString::number(got.elapsedMs)));
    QCOMPARE(got.status(), 408);
    QCOMPARE(got.body(), QByteArray("request head not received within 200 ms\n"));
}

void TstLoopbackServer::refusesConnectionsBeyondLimit()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < LoopbackServer::kMaxConnections; ++i) {
        held.push_back(std::make_unique<QTcpSocket>());
        held.back()->connectToHost(QHostAddress(QHostAddress::LocalHost), server.port());
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.activeConnections(), 64, 3000);

    QTcpSocket extra;
    QSignalSpy closed(&extra, &QTcpSocket::disconnected);
    extra.connectToHost(QHostAddress(QHostAddress::LocalHost), server.port());
    QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 1000);
    QCOMPARE(server.activeConnections(), 64);
    for (const auto &socket : held)
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);

    // A freed slot serves again.
    held.front()->abort();
    QTRY_COMPARE(server.activeConnections(), 63);
    QCOMPARE(fetch(m_nam, LoopbackServer::bytesUrl(server.baseUrl(), 3)).body, QByteArray("012"));
    // The server goes away with 63 connections open (see cleanup()).
}

void TstLoopbackServer::latencyDelaysFirstByte()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    const Fetched got = fetch(m_nam, LoopbackServer::bytesUrl(server.baseUrl(), 10, 0, 0.3));
    QCOMPARE(got.status, 200);
    QCOMPARE(got.body, expectedBody(10));
    QVERIFY2(got.firstByteMs >= 300, qPrintable(QString::number(got.firstByteMs)));
    // Late by at most 200 ms when run alone (a latency twice as long is 300 ms late), 1 s beside
    // other tests (tests/support/timingbounds.h).
    QVERIFY2(got.elapsedMs < 300 + cktest::lateBound(200, 1000),
             qPrintable(QString::number(got.elapsedMs)));
}

void TstLoopbackServer::throttleHoldsRate_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<double>("rate");
    QTest::addColumn<qint64>("chunk");

    QTest::newRow("200 kB at 1 MB/s") << qint64(200000) << 1e6 << qint64(10000);
    QTest::newRow("100 kB at 400 kB/s, 4 KiB writes") << qint64(100000) << 4e5 << qint64(4096);
    QTest::newRow("300 kB at 1.5 MB/s, 50 kB writes") << qint64(300000) << 1.5e6 << qint64(50000);
}

void TstLoopbackServer::throttleHoldsRate()
{
    QFETCH(qint64, bytes);
    QFETCH(double, rate);
    QFETCH(qint64, chunk);
    LoopbackServer server;
    QVERIFY(server.listen());

    const Fetched got =
        fetch(m_nam, LoopbackServer::bytesUrl(server.baseUrl(), bytes, rate, 0, chunk));
    QCOMPARE(got.status, 200);
    QCOMPARE(got.body.size(), bytes);
    // Wall time from request to finished against bytes / rate (the last chunk leaves when the
    // rate has earned all its bytes).
    const double nominalMs = 1000.0 * double(bytes) / rate;
    const double wallRate = double(bytes) / (got.elapsedMs / 1000.0);
    // From the first chunk to the last, what the client sees of the pacing itself.
    const double steadyRate = double(bytes - chunk) / ((got.elapsedMs - got.firstByteMs) / 1000.0);
    qInfo("%s: %.1f ms for nominal %.0f ms; wall rate %.0f B/s, steady rate %.0f B/s (%+.1f %%)",
          QTest::currentDataTag(), got.elapsedMs, nominalMs, wallRate, steadyRate,
          100.0 * (steadyRate - rate) / rate);
    // Never more than 10 % faster than the rate. Slower by what a loaded machine's lateness
    // costs: at most half as long again alone (a rate half as fast takes twice as long), twice
    // as long beside other tests (tests/support/timingbounds.h).
    const double slower = cktest::lateBound(0.5, 2.0);
    QVERIFY2(got.elapsedMs >= 0.9 * nominalMs && got.elapsedMs <= (1 + slower) * nominalMs,
             qPrintable(QString::number(got.elapsedMs)));
    // A first chunk the machine held makes the rest look faster: never faster is measured from
    // when the first chunk was due (the rate has earned it).
    const double chunkMs = 1000.0 * double(chunk) / rate;
    const double fromFirstDue = double(bytes - chunk) / ((got.elapsedMs - chunkMs) / 1000.0);
    QVERIFY2(fromFirstDue <= 1.1 * rate, qPrintable(QString::number(fromFirstDue)));
    QVERIFY2(steadyRate >= rate / (1 + slower), qPrintable(QString::number(steadyRate)));
}

void TstLoopbackServer::dropAfterCutsTheBody_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<qint64>("dropAfter");

    QTest::newRow("unpaced, 30000") << 0.0 << qint64(30000);
    QTest::newRow("unpaced, before any byte") << 0.0 << qint64(0);
    QTest::newRow("paced, 50000") << 1e6 << qint64(50000);
}

void TstLoopbackServer::dropAfterCutsTheBody()
{
    QFETCH(double, rate);
    QFETCH(qint64, dropAfter);
    LoopbackServer server;
    QVERIFY(server.listen());
    const QUrl url = LoopbackServer::bytesUrl(server.baseUrl(), 100000, rate, 0, 0, dropAfter);

    // On the wire: the full head, then exactly dropAfter bytes, then the server closes.
    const Exchange raw =
        exchange(server.port(), "GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                                    " HTTP/1.1\r\n\r\n");
    QVERIFY(raw.closedByServer);
    QCOMPARE(raw.status(), 200);
    QVERIFY(raw.received.contains("\r\nContent-Length: 100000\r\n"));
    QCOMPARE(raw.body().size(), dropAfter);

    // A client sees a short body; once the body has begun, QNAM also reports the close (with
    // no body byte at all, Qt 6.4 sometimes finishes the reply without an error).
    const Fetched got = fetch(m_nam, url);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.contentLength, QByteArray("100000"));
    QCOMPARE(got.body.size(), dropAfter);
    QVERIFY(got.body == expectedBody(dropAfter));
    if (dropAfter > 0)
        QCOMPARE(got.error, QNetworkReply::RemoteHostClosedError);
}

void TstLoopbackServer::signalsEachResponse()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    QSignalSpy served(&server, &LoopbackServer::requestServed);
    QSignalSpy logged(&server, &LoopbackServer::requestLogged);

    fetch(m_nam, urlOf(server, QStringLiteral("/bytes/10?rate=1000")));
    QTRY_COMPARE(served.count(), 1);
    QCOMPARE(served.at(0).at(0).toString(), QStringLiteral("/bytes/10?rate=1000"));
    QCOMPARE(served.at(0).at(1).toInt(), 200);

    fetch(m_nam, urlOf(server, QStringLiteral("/missing")), "POST");
    QTRY_COMPARE(logged.count(), 2);
    QCOMPARE(logged.at(1),
             QVariantList({QStringLiteral("POST"), QStringLiteral("/missing"), QVariant(405)}));

    exchange(server.port(), "GARBAGE\r\n\r\n");
    QTRY_COMPARE(served.count(), 3);
    QCOMPARE(served.at(2), QVariantList({QString(), QVariant(400)}));
}

void TstLoopbackServer::sharedInstanceIsOneListeningServer()
{
    LoopbackServer *shared = LoopbackServer::shared();
    QVERIFY(shared);
    QCOMPARE(LoopbackServer::shared(), shared);
    QVERIFY(shared->isListening());
    QCOMPARE(shared->serverAddress(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(shared->parent(), QCoreApplication::instance());
    const Fetched got = fetch(m_nam, LoopbackServer::bytesUrl(shared->baseUrl(), 5));
    QCOMPARE(got.body, QByteArray("01234"));
}

void TstLoopbackServer::destroyingWithOpenConnectionsIsClean()
{
    auto server = std::make_unique<LoopbackServer>();
    QVERIFY(server->listen());
    const QUrl base = server->baseUrl();
    // Head sent, first chunk due in 8 s; mid-body at 20 kB/s; in a 30 s latency; and a client
    // still sending its head.
    QNetworkReply *waiting =
        m_nam->get(QNetworkRequest(LoopbackServer::bytesUrl(base, 100000, 2000)));
    QNetworkReply *midBody =
        m_nam->get(QNetworkRequest(LoopbackServer::bytesUrl(base, 100000, 20000, 0, 1000)));
    QNetworkReply *late = m_nam->get(QNetworkRequest(LoopbackServer::bytesUrl(base, 10, 0, 30)));
    QTcpSocket slow;
    slow.connectToHost(QHostAddress(QHostAddress::LocalHost), server->port());
    QVERIFY(slow.waitForConnected(1000));
    slow.write("GET /bytes/1 HTTP/1.1\r\n");
    QTRY_COMPARE(server->activeConnections(), 4);
    QTRY_VERIFY(waiting->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
    QTRY_VERIFY(midBody->bytesAvailable() > 0);

    QElapsedTimer clock;
    clock.start();
    server.reset();
    QTRY_COMPARE_WITH_TIMEOUT(LoopbackConnection::instanceCount(), 0, 1000);
    QTRY_VERIFY_WITH_TIMEOUT(waiting->isFinished() && midBody->isFinished() && late->isFinished(),
                             1000);
    QTRY_COMPARE_WITH_TIMEOUT(slow.state(), QAbstractSocket::UnconnectedState, 1000);
    // Nobody waited for the next chunk or the latency to end.
    QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
    for (QNetworkReply *reply : {waiting, midBody, late}) {
        QVERIFY(reply->error() != QNetworkReply::NoError);
        reply->deleteLater();
    }
}

void TstLoopbackServer::serveCommandLogsUntilSignal()
{
    const quint16 port = freePort();
    QVERIFY(port != 0);
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    QObject guard; // ends the pending timers with the test
    QNetworkReply *reply = nullptr;
    QTimer::singleShot(0, &guard, [&] {
        reply = m_nam->get(QNetworkRequest(
            QUrl(QStringLiteral("http://127.0.0.1:%1/bytes/100?rate=1000").arg(port))));
        QObject::connect(reply, &QNetworkReply::finished, &guard, [] { std::raise(SIGINT); });
    });
    QTimer::singleShot(5000, &guard, [] { QCoreApplication::exit(1); }); // a hang fails here

    QCOMPARE(ck::ServeCommand::run(port, out, err), 0);
    const QStringList lines = outText.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0),
             QStringLiteral("Serving on http://127.0.0.1:%1 (Ctrl+C to stop)").arg(port));
    QCOMPARE(lines.value(1),
             QStringLiteral("try: curl http://127.0.0.1:%1/bytes/100000?rate=50000").arg(port));
    QCOMPARE(lines.value(2), QStringLiteral("200 GET /bytes/100?rate=1000"));
    QCOMPARE(lines.value(3), QStringLiteral("Stopped."));
    QCOMPARE(lines.size(), 4);
    QVERIFY(errText.isEmpty());
    QVERIFY(reply);
    QCOMPARE(reply->readAll(), expectedBody(100));
    reply->deleteLater();
}

void TstLoopbackServer::serveCommandReportsBusyPort()
{
    LoopbackServer busy;
    QVERIFY(busy.listen());
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    QCOMPARE(ck::ServeCommand::run(busy.port(), out, err), 2);
    QVERIFY(outText.isEmpty());
    QVERIFY2(errText.startsWith(
                 QStringLiteral("corokitchen: Cannot listen on 127.0.0.1:%1: ").arg(busy.port())),
             qPrintable(errText));
    QCOMPARE(errText.count(u'\n'), 1);
}

QTEST_GUILESS_MAIN(TstLoopbackServer)
#include "tst_loopbackserver.moc"
