#include <QTest>

#include "net/httpresponseparser.h"

using ck::HttpResponseParser;

namespace {

struct Outcome
{
    HttpResponseParser::State state;
    qint64 body = 0;
    QString error;
};

// Feeds the response in pieces of `step` bytes (0: all at once), then closes if `close`.
Outcome parse(const QByteArray &response, qsizetype step, bool close)
{
    HttpResponseParser parser;
    qint64 body = 0;
    const qsizetype piece = step > 0 ? step : std::max<qsizetype>(response.size(), 1);
    for (qsizetype at = 0; at < response.size(); at += piece)
        body += parser.feed(response.constData() + at, std::min(piece, response.size() - at));
    if (close)
        parser.finishAtClose();
    if (body != parser.bodyBytes())
        return {HttpResponseParser::State::Failed, -1, QStringLiteral("body count mismatch")};
    return {parser.state(), body, parser.errorString()};
}

} // namespace

class TstHttpResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framing_data();
    void framing();
    void headFieldsAndStatus();
    void boundedWhateverThePeerSends();
};

void TstHttpResponseParser::framing_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<bool>("close");
    QTest::addColumn<qint64>("body");
    QTest::addColumn<QString>("error"); // empty: the response is complete and sound

    const QByteArray ok = "HTTP/1.1 200 OK\r\n";
    const QByteArray chunked = ok + "Transfer-Encoding: chunked\r\n\r\n";
    QTest::newRow("length") << ok + "Content-Length: 5\r\n\r\nhello" << false << qint64(5)
                            << QString();
    QTest::newRow("length, extra bytes ignored")
        << ok + "Content-Length: 2\r\n\r\nhello" << false << qint64(2) << QString();
    QTest::newRow("same length twice") << ok + "Content-Length: 5\r\nContent-Length: 5\r\n\r\nhello"
                                       << false << qint64(5) << QString();
    QTest::newRow("bare LF") << QByteArray("HTTP/1.0 200 OK\nContent-Length: 1\n\nx") << false
                             << qint64(1) << QString();
    QTest::newRow("until close") << ok + "\r\nabc" << true << qint64(3) << QString();
    QTest::newRow("chunked") << chunked + "5\r\nhello\r\n3;x=y\r\nabc\r\n0\r\nT: 1\r\n\r\n"
                             << false << qint64(8) << QString();
    QTest::newRow("interim 100") << "HTTP/1.1 100 Continue\r\n\r\n" + ok +
                                        "Content-Length: 1\r\n\r\nx"
                                 << false << qint64(1) << QString();
    QTest::newRow("204 has no body")
        << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << false << qint64(0) << QString();

    QTest::newRow("truncated") << ok + "Content-Length: 1000\r\n\r\n" + QByteArray(500, 'x') << true
                               << qint64(500)
                               << QStringLiteral("truncated body: 500 of 1000 bytes");
    QTest::newRow("truncated chunked")
        << chunked + "a\r\nhello" << true << qint64(5)
        << QStringLiteral(
               "truncated body: connection closed inside the chunked body after 5 bytes");
    QTest::newRow("chunked without its last chunk")
        << chunked + "5\r\nhello\r\n"
        << true << qint64(5)
        << QStringLiteral(
               "truncated body: connection closed inside the chunked body after 5 bytes");
    QTest::newRow("garbage chunk size")
        << chunked + "zz\r\nhello\r\n"
        << true << qint64(0) << QStringLiteral("malformed chunked encoding: chunk size 'zz'");
    QTest::newRow("chunk size 2^64-1")
        << chunked + "ffffffffffffffff\r\nhello" << true << qint64(0)
        << QStringLiteral("malformed chunked encoding: chunk size 'ffffffffffffffff'");
    QTest::newRow("negative chunk size")
        << chunked + "-5\r\nhello" << true << qint64(0)
        << QStringLiteral("malformed chunked encoding: chunk size '-5'");
    QTest::newRow("no CRLF after a chunk")
        << chunked + "2\r\nhello\r\n0\r\n\r\n"
        << true << qint64(2) << QStringLiteral("malformed chunked encoding: 'llo' after a chunk");
    QTest::newRow("negative length") << ok + "Content-Length: -5\r\n\r\nhello" << true << qint64(0)
                                     << QStringLiteral("malformed Content-Length '-5'");
    QTest::newRow("two lengths") << ok + "Content-Length: 5\r\nContent-Length: 10\r\n\r\nhello"
                                 << true << qint64(0)
                                 << QStringLiteral("malformed Content-Length '5, 10'");
    QTest::newRow("length past qint64")
        << ok + "Content-Length: 99999999999999999999\r\n\r\n"
        << true << qint64(0) << QStringLiteral("malformed Content-Length '99999999999999999999'");
    QTest::newRow("gzip transfer coding")
        << ok + "Transfer-Encoding: gzip, chunked\r\n\r\n"
        << true << qint64(0) << QStringLiteral("unsupported transfer encoding 'gzip, chunked'");
    QTest::newRow("nothing") << QByteArray() << true << qint64(0)
                             << QStringLiteral("connection closed without a response");
    QTest::newRow("half a head") << QByteArray("HTTP/1.1 200 OK\r\nConte") << true << qint64(0)
                                 << QStringLiteral("connection closed inside the response head");
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n") << true << qint64(0)
                              << QStringLiteral("malformed status line 'SSH-2.0-OpenSSH'");
    QTest::newRow("folded field") << ok + "A: 1\r\n  folded\r\n\r\n"
                                  << true << qint64(0)
                                  << QStringLiteral("malformed header field '  folded'");
    QTest::newRow("101") << QByteArray("HTTP/1.1 101 Switching Protocols\r\n\r\n") << true
                         << qint64(0) << QStringLiteral("unexpected interim response 101");
}

void TstHttpResponseParser::framing()
{
    QFETCH(QByteArray, response);
    QFETCH(bool, close);
    QFETCH(qint64, body);
    QFETCH(QString, error);
    // Whole, then byte by byte: the outcome never depends on how the bytes were cut.
    for (const qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(3)}) {
        const Outcome outcome = parse(response, step, close);
        QCOMPARE(outcome.error, error);
        QCOMPARE(outcome.state, error.isEmpty() ? HttpResponseParser::State::Done
                                                : HttpResponseParser::State::Failed);
        QCOMPARE(outcome.body, body);
    }
}

void TstHttpResponseParser::headFieldsAndStatus()
{
    HttpResponseParser parser;
    const QByteArray head = "HTTP/1.1 302 Found\r\nlocation:  /next \r\nContent-Length: 0\r\n\r\n";
    QCOMPARE(parser.feed(head.constData(), head.size()), qint64(0));
    QVERIFY(parser.isDone());
    QCOMPARE(parser.status(), 302);
    QCOMPARE(parser.reasonPhrase(), QByteArray("Found"));
    QCOMPARE(parser.header("Location"), QByteArray("/next"));
    QCOMPARE(parser.contentLength(), qint64(0));
}

void TstHttpResponseParser::boundedWhateverThePeerSends()
{
    // A head that never ends, a chunk-size line that never ends, endless header fields.
    const QByteArray endless(1 << 20, 'a');
    HttpResponseParser head;
    head.feed("HTTP/1.1 200 OK\r\nX: ", 20);
    head.feed(endless.constData(), endless.size());
    QCOMPARE(head.errorString(), QStringLiteral("response head exceeds 65536 bytes"));

    HttpResponseParser sizeLine;
    const QByteArray start = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1";
    sizeLine.feed(start.constData(), start.size());
    sizeLine.feed(endless.constData(), endless.size());
    QCOMPARE(sizeLine.errorString(),
             QStringLiteral("malformed chunked encoding: a framing line exceeds 8192 bytes"));

    HttpResponseParser fields;
    QByteArray many = "HTTP/1.1 200 OK\r\n";
    for (int i = 0; i < 200; ++i)
        many += "X: 1\r\n";
    fields.feed(many.constData(), many.size());
    QCOMPARE(fields.errorString(), QStringLiteral("more than 100 header fields"));

    // A body without end is counted, never kept.
    HttpResponseParser body;
    const QByteArray open = "HTTP/1.1 200 OK\r\n\r\n";
    body.feed(open.constData(), open.size());
    for (int i = 0; i < 64; ++i)
        body.feed(endless.constData(), endless.size());
    QCOMPARE(body.bodyBytes(), qint64(64) << 20);
    QCOMPARE(body.state(), HttpResponseParser::State::Body);
}

QTEST_GUILESS_MAIN(TstHttpResponseParser)
#include "tst_httpresponseparser.moc"
