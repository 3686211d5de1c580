// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "net/loopbackconnection.h"
#include "net/loopbackserver.h"
#include "net/redirectpolicy.h"
#include "peakmemory.h"
#include "runharness.h"

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

using namespace std::chrono_literals;
using ck::SpanKind;

namespace {

// A server on 127.0.0.1 that answers every request head with whatever the test asks: canned
// bytes, an endless body, a redirect. Its sockets die with it, so nothing outlives the test.
class HostileServer
{
public:
    using Handler = std::function<void(QTcpSocket *socket, const QByteArray &path)>;

    explicit HostileServer(Handler handler) : m_handler(std::move(handler))
    {
        if (!m_server.listen(QHostAddress(QHostAddress::LocalHost)))
            throw std::runtime_error("cannot listen");
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                accept(socket);
        });
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }

    // Canned bytes, then the close.
    static Handler reply(QByteArray bytes)
    {
        return [bytes](QTcpSocket *socket, const QByteArray &) {
            socket->write(bytes);
            socket->disconnectFromHost();
        };
    }
    // A body as fast as the client takes it, `total` bytes then the close (the client sees a
    // body without end), written only while little is queued, so that the server stays small.
    static Handler endless(bool chunked, qint64 total)
    {
        return [chunked, total](QTcpSocket *socket, const QByteArray &) {
            socket->write(chunked ? "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                  : "HTTP/1.1 200 OK\r\n\r\n");
            auto sent = std::make_shared<qint64>(0);
            const auto more = [socket, chunked, total, sent] {
                static const QByteArray block(64 * 1024, 'x');
                while (*sent < total && socket->bytesToWrite() < 1024 * 1024 &&
                       socket->state() == QAbstractSocket::ConnectedState) {
                    if (chunked)
                        socket->write(QByteArray::number(block.size(), 16) + "\r\n");
                    socket->write(block);
                    if (chunked)
                        socket->write("\r\n");
                    *sent += block.size();
                }
                if (*sent >= total)
                    socket->disconnectFromHost();
            };
            QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
            more();
        };
    }

private:
    void accept(QTcpSocket *socket)
    {
        socket->setParent(&m_server);
        auto head = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, head] {
            if (head->contains("\r\n\r\n"))
                return socket->readAll(), void();
            *head += socket->readAll();
            if (head->contains("\r\n\r\n"))
                m_handler(socket, head->split(' ').value(1));
        });
    }

    QTcpServer m_server;
    Handler m_handler;
};

QByteArray scenarioOf(const QString &download, const QByteArray &routines = "[]")
{
    return R"({"format":"corokitchen-scenario/1","id":"d","title":"d","routines":)" + routines +
           R"(,"tasks":[{"name":"get","steps":[{"download":)" + download.toUtf8() + "}]}]}";
}

// A finished gather run on the real clock; its failures as "task: reason".
struct RealRun : cktest::RealRun
{
    explicit RealRun(const QByteArray &json, int waitMs = 30000)
        : cktest::RealRun(cktest::fromJson(json.constData()),
                          cktest::mode(QStringLiteral("gather")), 1.0,
                          std::chrono::milliseconds(waitMs))
    {}
    QString failure() const { return runner->failures().join(QLatin1Char('\n')); }
    qint64 chunkBytes() const
    {
        qint64 total = 0;
        for (const auto &span : runner->recorder()->spans())
            total += span.kind == SpanKind::Chunk ? span.bytes() : 0;
        return total;
    }
    QStringList log() const
    {
        QStringList lines;
        for (const auto &line : runner->recorder()->logLines())
            lines << line.text.english();
        return lines;
    }
};

// Warnings printed while `body` runs (Qt's or ours).
QStringList warningsDuring(const std::function<void()> &body)
{
    static QStringList *sink = nullptr;
    QStringList warnings;
    sink = &warnings;
    const QtMessageHandler previous =
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
            if (type != QtDebugMsg && type != QtInfoMsg && sink)
                sink->append(text);
        });
    body();
    qInstallMessageHandler(previous);
    sink = nullptr;
    return warnings;
}

} // namespace

class TstHostileDownloads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endlessBodyKeepsMemoryBounded();
    void maxBytesFailsTheTask_data();
    void maxBytesFailsTheTask();
    void timeoutMeansNoByteForSoLong();
    void brokenBodiesFailTheirTask_data();
    void brokenBodiesFailTheirTask();
    void serverPathsHaveOneSlash();
    void redirectsAreBoundedAndLogged();
    void redirectPolicy();
    void compressedBodiesAreNeverInflated();
    void nothingOutlivesTheServerOrWarns();
};

void TstHostileDownloads::endlessBodyKeepsMemoryBounded()
{
    // 2 GB by hand (COROKITCHEN_ENDLESS_MB=2048); a few hundred MB keep ctest fast.
    const qint64 megabytes = qEnvironmentVariableIntValue("COROKITCHEN_ENDLESS_MB") > 0
                                 ? qEnvironmentVariableIntValue("COROKITCHEN_ENDLESS_MB")
                                 : 256;
    const qint64 total = megabytes << 20;
    HostileServer server(HostileServer::endless(true, total));
    const bool peakReset = cktest::resetPeak();
    const qint64 before = cktest::statusKb("VmRSS");
    QElapsedTimer clock;
    clock.start();
    RealRun run(scenarioOf(QStringLiteral(R"({"url":"%1","max_bytes":1099511627776})")
                               .arg(server.url(QStringLiteral("/endless")))),
                120000);
    const qint64 growthMb = (cktest::statusKb("VmHWM") - before) / 1024;
    qInfo("%lld MB in %lld ms; peak RSS %lld MB above the start (peak %s)", megabytes,
          qint64(clock.elapsed()), growthMb, peakReset ? "reset before" : "of the process");
    QCOMPARE(run.failure(),
             QStringLiteral("get: ConnectionError: truncated body: connection closed inside the "
                            "chunked body after %1 bytes")
                 .arg(total));
    QCOMPARE(run.chunkBytes(), total); // every byte counted, none kept
    QVERIFY2(growthMb < 200, qPrintable(QString::number(growthMb)));
}

void TstHostileDownloads::maxBytesFailsTheTask_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("reason");
    QTest::newRow("endless")
        << QByteArray("/endless")
        << QStringLiteral("get: ConnectionError: the body exceeds max_bytes (1000000 bytes)");
    QTest::newRow("announced") << QByteArray("/announced")
                               << QStringLiteral(
                                      "get: ConnectionError: the body of 5000000000 bytes "
                                      "exceeds max_bytes (1000000 bytes)");
}

void TstHostileDownloads::maxBytesFailsTheTask()
{
    QFETCH(QByteArray, path);
    QFETCH(QString, reason);
    HostileServer server([](QTcpSocket *socket, const QByteArray &target) {
        if (target == "/announced")
            HostileServer::reply("HTTP/1.1 200 OK\r\nContent-Length: 5000000000\r\n\r\nxx")(socket,
                                                                                            target);
        else
            HostileServer::endless(false, qint64(1) << 30)(socket, target); // bounded anyway
    });
    RealRun run(scenarioOf(QStringLiteral(R"({"url":"%1","max_bytes":1000000})")
                               .arg(server.url(QString::fromLatin1(path)))));
    QCOMPARE(run.failure(), reason);
    QVERIFY(run.chunkBytes() < 1000000 + 2 * 256 * 1024);
}

void TstHostileDownloads::timeoutMeansNoByteForSoLong()
{
    // A chunk every 60 ms for 0.6 s under a timeout of 0.25 s: data flows, so no timeout.
    HostileServer server([](QTcpSocket *socket, const QByteArray &target) {
        if (target == "/silent")
            return; // never a byte
        socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
        auto *ticker = new QTimer(socket);
        auto count = std::make_shared<int>(0);
        QObject::connect(ticker, &QTimer::timeout, socket, [socket, count] {
            socket->write(++*count <= 10 ? QByteArray("3\r\nabc\r\n") : QByteArray("0\r\n\r\n"));
            if (*count > 10)
                socket->disconnectFromHost();
        });
        ticker->start(60);
    });
    RealRun flowing(scenarioOf(
        QStringLiteral(R"({"url":"%1","timeout":0.25})").arg(server.url(QStringLiteral("/slow")))));
    QCOMPARE(flowing.failure(), QString());
    QCOMPARE(flowing.chunkBytes(), qint64(30));
    QElapsedTimer clock;
    clock.start();
    RealRun silent(scenarioOf(QStringLiteral(R"({"url":"%1","timeout":0.25})")
                                  .arg(server.url(QStringLiteral("/silent")))));
    QCOMPARE(silent.failure(), QStringLiteral("get: TimeoutError: timed out: no data for 0.25 s"));
    QVERIFY(clock.elapsed() < 5000);
}

void TstHostileDownloads::brokenBodiesFailTheirTask_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QString>("reason");
    const QByteArray ok = "HTTP/1.1 200 OK\r\n";
    const QByteArray chunked = ok + "Transfer-Encoding: chunked\r\n\r\n";
    QTest::newRow("truncated") << ok + "Content-Length: 1000\r\n\r\n" + QByteArray(500, 'x')
                               << QStringLiteral("connection closed after 500 of 1000 bytes");
    QTest::newRow("truncated chunked")
        << chunked + "400\r\n" + QByteArray(500, 'x')
        << QStringLiteral(
               "truncated body: connection closed inside the chunked body after 500 bytes");
    QTest::newRow("garbage chunked")
        << chunked + "zz\r\nhello\r\n0\r\n\r\n"
        << QStringLiteral("malformed chunked encoding: chunk size 'zz'");
    QTest::newRow("2^64-1 then close")
        << chunked + "ffffffffffffffff\r\nhello"
        << QStringLiteral("malformed chunked encoding: chunk size 'ffffffffffffffff'");
    QTest::newRow("negative length") << ok + "Content-Length: -5\r\n\r\nhello"
                                     << QStringLiteral("malformed Content-Length '-5'");
    QTest::newRow("doubled length") << ok + "Content-Length: 5\r\nContent-Length: 10\r\n\r\nhello"
                                    << QStringLiteral("malformed Content-Length '5, 10'");
    QTest::newRow("no response") << QByteArray()
                                 << QStringLiteral("connection closed without a response");
}

void TstHostileDownloads::brokenBodiesFailTheirTask()
{
    QFETCH(QByteArray, response);
    QFETCH(QString, reason);
    HostileServer server(HostileServer::reply(response));
    RealRun run(
        scenarioOf(QStringLiteral(R"({"url":"%1"})").arg(server.url(QStringLiteral("/x")))));
    QCOMPARE(run.failure(), QStringLiteral("get: ConnectionError: ") + reason);
}

void TstHostileDownloads::serverPathsHaveOneSlash()
{
    // "//host/path" names a host: it is neither a path of the embedded server nor a URL.
    try {
        cktest::fromJson(scenarioOf(QStringLiteral("{\"url\":\"//127.0.0.1:18940/ok\"}")));
        QFAIL("a scheme-relative url was accepted");
    } catch (const std::runtime_error &error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("\"url\" must be an")),
                 error.what());
    }
    QVERIFY(ck::DownloadSpec::isServerPath(QStringLiteral("/bytes/10")));
    QVERIFY(!ck::DownloadSpec::isServerPath(QStringLiteral("//127.0.0.1:18940/ok")));
}

void TstHostileDownloads::redirectsAreBoundedAndLogged()
{
    HostileServer server([](QTcpSocket *socket, const QByteArray &target) {
        // /hop/N redirects to /hop/N-1 (scheme-relative, as hostile servers do); /hop/0 is done.
        const int left = target.mid(5).toInt();
        QByteArray response = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
        if (target == "/ftp")
            response = "HTTP/1.1 302 Found\r\nLocation: ftp://127.0.0.1/x\r\n\r\n";
        else if (left > 0)
            response = "HTTP/1.1 302 Found\r\nLocation: //" +
                       socket->localAddress().toString().toLatin1() + ':' +
                       QByteArray::number(socket->localPort()) + "/hop/" +
                       QByteArray::number(left - 1) + "\r\nContent-Length: 0\r\n\r\n";
        HostileServer::reply(response)(socket, target);
    });
    RealRun five(
        scenarioOf(QStringLiteral(R"({"url":"%1"})").arg(server.url(QStringLiteral("/hop/5")))));
    QCOMPARE(five.failure(), QString());
    QCOMPARE(five.chunkBytes(), qint64(2));
    const QStringList hops = five.log().filter(QStringLiteral("redirect "));
    QCOMPARE(hops.size(), 5);
    QCOMPARE(hops.first(),
             QStringLiteral("redirect 1 of at most 5: %1 -> %2")
                 .arg(server.url(QStringLiteral("/hop/5")), server.url(QStringLiteral("/hop/4"))));

    RealRun six(
        scenarioOf(QStringLiteral(R"({"url":"%1"})").arg(server.url(QStringLiteral("/hop/6")))));
    QCOMPARE(six.failure(),
             QStringLiteral("get: ConnectionError: too many redirects (more than 5)"));
    QCOMPARE(six.log().filter(QStringLiteral("redirect ")).size(), 6);

    RealRun ftp(
        scenarioOf(QStringLiteral(R"({"url":"%1"})").arg(server.url(QStringLiteral("/ftp")))));
    QCOMPARE(ftp.failure(),
             QStringLiteral("get: ConnectionError: redirect to ftp://127.0.0.1/x refused: only "
                            "http and https URLs are followed"));
}

void TstHostileDownloads::redirectPolicy()
{
    using ck::RedirectPolicy;
    const QUrl secure(QStringLiteral("https://example.org/a"));
    QCOMPARE(
        RedirectPolicy::refusal(secure, QUrl(QStringLiteral("https://example.org/b")), 5, true),
        QString());
    QCOMPARE(RedirectPolicy::refusal(secure, QUrl(QStringLiteral("http://example.org/b")), 1, true),
             QStringLiteral("redirect from https to http refused: http://example.org/b"));
    const QUrl site(QStringLiteral("http://example.org/a"));
    for (const char *local :
         {"http://127.0.0.1:8080/", "http://localhost/", "http://LOCALHOST./", "http://10.1.2.3/",
          "http://192.168.0.1/", "http://172.16.5.5/", "http://169.254.169.254/latest",
          "http://[::1]/", "http://0.0.0.0/", "http://[fd00::1]/", "http://[::ffff:127.0.0.1]/"}) {
        const QUrl target(QString::fromLatin1(local));
        QVERIFY2(RedirectPolicy::refusal(site, target, 1, true)
                     .startsWith(QStringLiteral("redirect from a public host to a local address")),
                 local);
        QVERIFY2(
            RedirectPolicy::refusal(QUrl(QStringLiteral("http://127.0.0.1/")), target, 1, false)
                .isEmpty(),
            local); // local to local is the user's own business
    }
    QVERIFY(!RedirectPolicy::isLocalAddress(QHostAddress(QStringLiteral("93.184.216.34"))));
    QVERIFY(!RedirectPolicy::isLocalAddress(QHostAddress(QStringLiteral("2606:2800::1"))));
    // A public name that resolves to a local address is judged by the address connected to.
    QCOMPARE(RedirectPolicy::addressRefusal(QUrl(QStringLiteral("http://rebind.example/")),
                                            QHostAddress(QStringLiteral("127.0.0.1")), true),
             QStringLiteral("redirect from a public host to a local address refused: "
                            "rebind.example is 127.0.0.1"));
}

void TstHostileDownloads::compressedBodiesAreNeverInflated()
{
    // 64 KB of deflate that would inflate to 64 MB: asked for identity, the body is counted as
    // it came, never decompressed, so there is no bomb to defuse.
    QByteArray bomb = qCompress(QByteArray(64 << 20, '\0'), 9).mid(4);
    HostileServer server(
        HostileServer::reply("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: " +
                             QByteArray::number(bomb.size()) + "\r\n\r\n" + bomb));
    const QStringList warnings = warningsDuring([&] {
        RealRun run(
            scenarioOf(QStringLiteral(R"({"url":"%1"})").arg(server.url(QStringLiteral("/gz")))));
        QCOMPARE(run.failure(), QString());
        QCOMPARE(run.chunkBytes(), qint64(bomb.size()));
    });
    QCOMPARE(warnings, QStringList());
}

void TstHostileDownloads::nothingOutlivesTheServerOrWarns()
{
    HostileServer plain(HostileServer::reply("HTTP/1.1 200 OK\r\n\r\nnot tls"));
    QTcpSocket held; // a client still connected when the application quits
    const QStringList warnings = warningsDuring([&] {
        RealRun timedOut(scenarioOf(QStringLiteral(R"({"bytes":10,"latency":5,"timeout":0.1})")));
        QCOMPARE(timedOut.failure(),
                 QStringLiteral("get: TimeoutError: timed out: no data for 0.1 s"));
        // TLS against a server that speaks plain HTTP.
        QString https = plain.url(QStringLiteral("/"));
        https.replace(QStringLiteral("http:"), QStringLiteral("https:"));
        RealRun tls(scenarioOf(QStringLiteral(R"({"url":"%1","timeout":2})").arg(https)));
        QVERIFY2(!tls.failure().isEmpty(), "https to a plain server succeeded");
        qInfo("https to a plain server: %s", qPrintable(tls.failure()));

        const QUrl slow =
            ck::LoopbackServer::bytesUrl(ck::LoopbackServer::shared()->baseUrl(), 10, 0, 5);
        held.connectToHost(QHostAddress::LocalHost, quint16(slow.port()));
        QVERIFY(held.waitForConnected(2000));
        held.write("GET " + slow.path(QUrl::FullyEncoded).toLatin1() + '?' +
                   slow.query(QUrl::FullyEncoded).toLatin1() + " HTTP/1.1\r\n\r\n");
        QTRY_COMPARE(ck::LoopbackConnection::instanceCount(), 1);
        // What the application does when it quits, with exec() or without: no loop turns after.
        ck::LoopbackServer::shutdownShared();
        QCOMPARE(ck::LoopbackConnection::instanceCount(), 0);
    });
    QCOMPARE(warnings, QStringList());
}

QTEST_GUILESS_MAIN(TstHostileDownloads)
#include "tst_hostiledownloads.moc"
