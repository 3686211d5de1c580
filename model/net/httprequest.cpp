#include "httprequest.h"

#include <QUrl>

#include <algorithm>

namespace ck {

namespace {

// RFC 9110 token characters (method and field names).
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(const QByteArray &text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

// A request target is visible ASCII only: no spaces, controls or raw 8-bit bytes.
bool isVisibleAscii(const QByteArray &text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

QByteArray withoutCarriageReturn(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

qsizetype HttpRequest::headLength(const QByteArray &buffer)
{
    qsizetype lineStart = 0;
    while (lineStart < buffer.size()) {
        const qsizetype newline = buffer.indexOf('\n', lineStart);
        if (newline < 0)
            return -1;
        const qsizetype lineLength = newline - lineStart;
        if (lineLength == 0 || (lineLength == 1 && buffer.at(lineStart) == '\r'))
            return newline + 1;
        lineStart = newline + 1;
    }
    return -1;
}

HttpRequest HttpRequest::parse(const QByteArray &head)
{
    HttpRequest request;
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty() || !request.parseRequestLine(withoutCarriageReturn(lines.first())))
        return request;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = withoutCarriageReturn(lines.at(i));
        if (line.isEmpty())
            break; // the blank line that ends the head
        if (!request.parseHeaderLine(line))
            return request;
    }
    return request;
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const Header &field : m_headers) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            return field.second;
    }
    return {};
}

bool HttpRequest::parseRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || !isVisibleAscii(parts.at(1)) ||
        parts.at(1).isEmpty())
        return fail(QStringLiteral("malformed request line"));
    const QByteArray &target = parts.at(1);
    m_version = parts.at(2);
    // Visible and short, since a fault quotes it in one line (the fuzzer sent "HTTP/1.1\r\0...").
    if (!m_version.startsWith("HTTP/") || !isVisibleAscii(m_version) || m_version.size() > 16)
        return fail(QStringLiteral("malformed request line"));
    if (m_version != "HTTP/1.1" && m_version != "HTTP/1.0")
        return fail(QStringLiteral("unsupported HTTP version %1").arg(QLatin1String(m_version)));
    if (!target.startsWith('/'))
        return fail(QStringLiteral("request target must start with '/'"));
    m_method = parts.at(0);
    m_target = QString::fromLatin1(target);
    const qsizetype question = target.indexOf('?');
    m_path = QUrl::fromPercentEncoding(target.left(question < 0 ? target.size() : question));
    if (question >= 0)
        m_query = QUrlQuery(QString::fromLatin1(target.mid(question + 1)));
    return true;
}

bool HttpRequest::parseHeaderLine(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    const QByteArray name = line.left(colon);
    if (colon <= 0 || !isToken(name))
        return fail(QStringLiteral("malformed header line"));
    m_headers.append(Header{name, line.mid(colon + 1).trimmed()});
    return true;
}

bool HttpRequest::fail(const QString &error)
{
    m_error = error;
    return false;
}

} // namespace ck
