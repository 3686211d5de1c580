#pragma once

#include <QByteArray>
#include <QString>
#include <exception>

namespace ck {

// Why a task stopped before its end: a failed step, a failed dependency, or cancellation.
class RunFailure : public std::exception
{
public:
    explicit RunFailure(QString reason, bool cancelled = false)
        : m_reason(std::move(reason)), m_what(m_reason.toUtf8()), m_cancelled(cancelled)
    {}

    const QString &reason() const { return m_reason; }
    bool isCancelled() const { return m_cancelled; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    QString m_reason;
    QByteArray m_what;
    bool m_cancelled;
};

} // namespace ck
