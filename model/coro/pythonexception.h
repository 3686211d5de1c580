#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace ck {

// A Python exception (not CancelledError, which is CancelledError): its built-in type's name
// and its message, e.g. ValueError("bad response"). text() is the last line of the traceback
// CPython prints for it: "ValueError: bad response", or only "ValueError" when the message is
// empty (traceback.py, format_exception_only). A scenario's raise step throws one; the
// synchronisation primitives throw SyncUsageError, one of them.
class PythonException : public std::exception
{
public:
    PythonException(QString pythonType, QString message)
        : m_pythonType(std::move(pythonType)), m_message(std::move(message)),
          m_what(text().toUtf8())
    {}

    const QString &pythonType() const { return m_pythonType; }
    const QString &message() const { return m_message; }
    QString text() const
    {
        return m_message.isEmpty() ? m_pythonType
                                   : QStringLiteral("%1: %2").arg(m_pythonType, m_message);
    }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    QString m_pythonType;
    QString m_message;
    QByteArray m_what;
};

} // namespace ck
