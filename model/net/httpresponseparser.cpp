#include "httpresponseparser.h"

#include <algorithm>
#include <cstring>

namespace ck {

namespace {

bool isDigits(const QByteArray &text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isHexDigits(const QByteArray &text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

// A peer-supplied value inside a one-line reason: short, printable ASCII only.
QString quoted(const QByteArray &value)
{
    QByteArray shown = value.left(40);
    for (char &c : shown) {
        if (c < 0x20 || c >= 0x7f)
            c = '?';
    }
    if (value.size() > shown.size())
        shown += "...";
    return QLatin1Char('\'') + QString::fromLatin1(shown) + QLatin1Char('\'');
}

// The comma-separated items of every field named `name`, trimmed, empty ones left out.
QList<QByteArray> listItems(const QList<HttpResponseParser::Header> &headers,
                            const QByteArray &name)
{
    QList<QByteArray> items;
    for (const auto &[field, value] : headers) {
        if (field.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &item : value.split(',')) {
            if (!item.trimmed().isEmpty())
                items.append(item.trimmed());
        }
    }
    return items;
}

} // namespace

qint64 HttpResponseParser::feed(const char *data, qsizetype size)
{
    qint64 body = 0;
    while (size > 0 && (m_state == State::Head || m_state == State::Body)) {
        if (m_state == State::Body) {
            body += feedBody(data, size);
            continue;
        }
        const qsizetype limit = kMaxHeadBytes - m_headBytes;
        if (takeLine(data, size, limit))
            headLine(std::exchange(m_line, {}));
        else if (m_line.size() > limit)
            fail(tr("response head exceeds %1 bytes").arg(kMaxHeadBytes));
    }
    return body;
}

void HttpResponseParser::finishAtClose()
{
    if (m_state == State::Head) {
        fail(m_headBytes == 0 && m_line.isEmpty()
                 ? tr("connection closed without a response")
                 : tr("connection closed inside the response head"));
    } else if (m_state == State::Body && m_framing == Framing::Length) {
        fail(tr("truncated body: %1 of %2 bytes").arg(m_body).arg(m_length));
    } else if (m_state == State::Body && m_framing == Framing::Chunked) {
        fail(tr("truncated body: connection closed inside the chunked body after %1 bytes")
                 .arg(m_body));
    } else if (m_state == State::Body) {
        m_state = State::Done; // the close is the end of such a body
    }
}

QByteArray HttpResponseParser::header(const QByteArray &name) const
{
    for (const auto &[field, value] : m_headers) {
        if (field.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

qint64 HttpResponseParser::feedBody(const char *&data, qsizetype &size)
{
    if (m_framing == Framing::UntilClose)
        return takeBody(data, size, size);
    if (m_framing == Framing::Length) {
        const qint64 taken = takeBody(data, size, m_length - m_body);
        if (m_body == m_length)
            m_state = State::Done;
        return taken;
    }
    if (m_chunkState == ChunkState::Data) {
        const qint64 taken = takeBody(data, size, m_chunkLeft);
        m_chunkLeft -= taken;
        if (m_chunkLeft == 0)
            m_chunkState = ChunkState::DataEnd;
        return taken;
    }
    const qsizetype limit =
        m_chunkState == ChunkState::Trailers ? kMaxHeadBytes - m_headBytes : kMaxLineBytes;
    if (takeLine(data, size, limit))
        chunkLine(std::exchange(m_line, {}));
    else if (m_line.size() > limit)
        fail(tr("malformed chunked encoding: a framing line exceeds %1 bytes").arg(limit));
    return 0;
}

qint64 HttpResponseParser::takeBody(const char *&data, qsizetype &size, qint64 wanted)
{
    const qsizetype taken = qsizetype(std::min<qint64>(size, wanted));
    data += taken;
    size -= taken;
    m_body += taken;
    return taken;
}

// Moves bytes into m_line up to the end of the line, keeping at most limit + 1 of them (one more
// than allowed tells the caller it is too long). True when m_line holds a whole line, its end
// ("\n" or "\r\n") removed.
bool HttpResponseParser::takeLine(const char *&data, qsizetype &size, qsizetype limit)
{
    const auto *newline = static_cast<const char *>(std::memchr(data, '\n', size_t(size)));
    const qsizetype length = newline ? newline - data : size;
    const qsizetype room = std::max<qsizetype>(0, limit + 1 - m_line.size());
    m_line.append(data, std::min(length, room));
    const qsizetype consumed = newline ? length + 1 : size;
    data += consumed;
    size -= consumed;
    m_headBytes += m_state == State::Head || m_chunkState == ChunkState::Trailers ? consumed : 0;
    if (!newline || m_line.size() > limit)
        return false;
    if (m_line.endsWith('\r'))
        m_line.chop(1);
    return true;
}

void HttpResponseParser::headLine(const QByteArray &line)
{
    if (m_status == 0)
        statusLine(line);
    else if (line.isEmpty())
        headEnded();
    else
        headerLine(line);
}

void HttpResponseParser::statusLine(const QByteArray &line)
{
    // HTTP/1.x SP 3DIGIT SP reason-phrase (the reason may be empty)
    const QByteArray code = line.mid(9, 3);
    if (!line.startsWith("HTTP/1.") || line.size() < 12 || line.at(8) != ' ' || !isDigits(code) ||
        (line.size() > 12 && line.at(12) != ' ') || code.toInt() < 100 || code.toInt() > 599) {
        fail(tr("malformed status line %1").arg(quoted(line)));
        return;
    }
    m_status = code.toInt();
    m_reason = line.mid(13).trimmed();
}

void HttpResponseParser::headerLine(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    const QByteArray name = line.left(colon);
    // No folded lines, no space before the colon: both are ways to smuggle fields.
    if (colon <= 0 || name.contains(' ') || name.contains('\t')) {
        fail(tr("malformed header field %1").arg(quoted(line)));
        return;
    }
    if (m_headers.size() >= kMaxHeaders) {
        fail(tr("more than %1 header fields").arg(kMaxHeaders));
        return;
    }
    m_headers.append({name, line.mid(colon + 1).trimmed()});
}

void HttpResponseParser::headEnded()
{
    if (m_status >= 200) {
        chooseFraming();
        return;
    }
    // An interim response (100 Continue, 103 Early Hints): the real one follows.
    if (m_status == 101 || ++m_interim > kMaxInterimResponses) {
        fail(tr("unexpected interim response %1").arg(m_status));
        return;
    }
    m_status = 0;
    m_headers.clear();
}

void HttpResponseParser::chooseFraming()
{
    const QList<QByteArray> encodings = listItems(m_headers, "Transfer-Encoding");
    const QList<QByteArray> lengths = listItems(m_headers, "Content-Length");
    m_state = State::Body;
    if (m_status == 204 || m_status == 304) {
        m_framing = Framing::Length;
        m_length = 0;
        m_state = State::Done;
    } else if (!encodings.isEmpty()) {
        // Transfer-Encoding wins over Content-Length (RFC 9112 6.3); only chunked is asked for.
        if (encodings.size() != 1 || encodings.first().compare("chunked", Qt::CaseInsensitive))
            fail(tr("unsupported transfer encoding %1")
                     .arg(quoted(encodings.join(QByteArrayLiteral(", ")))));
        m_framing = Framing::Chunked;
    } else if (!lengths.isEmpty()) {
        // Repeated values must agree; 18 digits keep the number inside qint64.
        const bool agree = std::all_of(lengths.begin(), lengths.end(), [&](const QByteArray &v) {
            return v == lengths.first() && isDigits(v) && v.size() <= 18;
        });
        if (!agree) {
            fail(tr("malformed Content-Length %1").arg(quoted(lengths.join(", "))));
            return;
        }
        m_framing = Framing::Length;
        m_length = lengths.first().toLongLong();
        if (m_length == 0)
            m_state = State::Done;
    } else {
        m_framing = Framing::UntilClose;
    }
}

void HttpResponseParser::chunkLine(const QByteArray &line)
{
    switch (m_chunkState) {
    case ChunkState::Size: {
        // chunk-size [; extensions]; at most 15 hex digits, so that a size never overflows.
        const qsizetype semicolon = line.indexOf(';');
        const QByteArray digits = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
        if (!isHexDigits(digits) || digits.size() > 15) {
            fail(tr("malformed chunked encoding: chunk size %1").arg(quoted(line)));
            return;
        }
        m_chunkLeft = digits.toLongLong(nullptr, 16);
        m_chunkState = m_chunkLeft == 0 ? ChunkState::Trailers : ChunkState::Data;
        return;
    }
    case ChunkState::DataEnd:
        if (!line.isEmpty())
            fail(tr("malformed chunked encoding: %1 after a chunk").arg(quoted(line)));
        m_chunkState = ChunkState::Size;
        return;
    case ChunkState::Trailers:
        if (line.isEmpty())
            m_state = State::Done; // trailer fields are read and dropped
        return;
    case ChunkState::Data:
        return;
    }
}

void HttpResponseParser::fail(const QString &error)
{
    if (m_state == State::Failed)
        return;
    m_state = State::Failed;
    m_error = error;
    m_line.clear();
}

} // namespace ck
