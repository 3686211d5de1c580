#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

namespace ck {

// One HTTP/1.x request head (request line and header fields) as the loopback server receives
// it. A value type: parse() never throws and names the first fault in one line. Faults are
// protocol text sent back in a 400 body, so they stay English whatever the UI language.
class HttpRequest
{
public:
    using Header = std::pair<QByteArray, QByteArray>;

    // Length of the head at the start of `buffer`, blank line included; -1 while incomplete.
    // Accepts CRLF and bare LF line ends.
    static qsizetype headLength(const QByteArray &buffer);
    // Parses a complete head (as delimited by headLength()).
    static HttpRequest parse(const QByteArray &head);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    QByteArray method() const { return m_method; }
    // The request target as sent, e.g. "/bytes/10?rate=5".
    QString target() const { return m_target; }
    // The percent-decoded path of the target, e.g. "/bytes/10".
    QString path() const { return m_path; }
    QUrlQuery query() const { return m_query; }
    QByteArray version() const { return m_version; }
    QList<Header> headers() const { return m_headers; }
    // The first field named `name` (case-insensitive), trimmed; empty if absent.
    QByteArray header(const QByteArray &name) const;

private:
    bool parseRequestLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line);
    bool fail(const QString &error);

    QByteArray m_method;
    QString m_target;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_version;
    QList<Header> m_headers;
    QString m_error;
};

} // namespace ck
