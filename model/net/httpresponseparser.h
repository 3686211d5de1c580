#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace ck {

// The response side of an HTTP/1.x download, fed bytes as they arrive from the socket. It keeps
// no body: it counts the body bytes, checks their framing (Content-Length, chunked, or until the
// close) and names the first fault in one line. Everything it holds is bounded (the head, one
// line of chunk framing), whatever the peer sends. Never throws.
class HttpResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)

public:
    using Header = std::pair<QByteArray, QByteArray>;
    enum class State { Head, Body, Done, Failed };

    static constexpr qsizetype kMaxHeadBytes = 64 * 1024; // status line, fields and trailers
    static constexpr qsizetype kMaxHeaders = 100;
    static constexpr qsizetype kMaxLineBytes = 8192; // one line of chunk framing
    static constexpr int kMaxInterimResponses = 8;   // 1xx heads before the real one

    // Takes `size` more bytes of the response; returns how many of them are body bytes. Bytes
    // past the end of the response are ignored.
    qint64 feed(const char *data, qsizetype size);
    // The peer closed the connection: ends a body delimited by the close, fails a cut-off one.
    void finishAtClose();

    State state() const { return m_state; }
    bool isHeadComplete() const { return m_state == State::Body || m_state == State::Done; }
    bool isDone() const { return m_state == State::Done; }
    bool hasFailed() const { return m_state == State::Failed; }
    QString errorString() const { return m_error; }

    int status() const { return m_status; }
    QByteArray reasonPhrase() const { return m_reason; }
    // The first field named `name` (case-insensitive), trimmed; empty if absent.
    QByteArray header(const QByteArray &name) const;
    // The announced body length; -1 for a chunked body or one delimited by the close.
    qint64 contentLength() const { return m_framing == Framing::Length ? m_length : -1; }
    qint64 bodyBytes() const { return m_body; }

private:
    enum class Framing { None, Length, Chunked, UntilClose };
    enum class ChunkState { Size, Data, DataEnd, Trailers };

    qint64 feedBody(const char *&data, qsizetype &size);
    qint64 takeBody(const char *&data, qsizetype &size, qint64 wanted);
    bool takeLine(const char *&data, qsizetype &size, qsizetype limit);
    void headLine(const QByteArray &line);
    void statusLine(const QByteArray &line);
    void headerLine(const QByteArray &line);
    void headEnded();
    void chooseFraming();
    void chunkLine(const QByteArray &line);
    void fail(const QString &error);

    State m_state = State::Head;
    QString m_error;
    QByteArray m_line; // the line being read, without its end
    qsizetype m_headBytes = 0;
    int m_interim = 0;
    int m_status = 0;
    QByteArray m_reason;
    QList<Header> m_headers;
    Framing m_framing = Framing::None;
    ChunkState m_chunkState = ChunkState::Size;
    qint64 m_length = -1;   // Content-Length
    qint64 m_chunkLeft = 0; // of the current chunk
    qint64 m_body = 0;
};

} // namespace ck
