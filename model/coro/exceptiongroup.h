#pragma once

#include <QByteArray>
#include <QString>

#include <exception>
#include <vector>

namespace ck {

// Python 3.11's ExceptionGroup (BaseExceptionGroup when a member is not an Exception; C++ has no
// such split): what a TaskGroup raises with the errors of its tasks, in the order they were
// recorded (taskgroups.py 132). what() is its str(): "unhandled errors in a TaskGroup
// (2 sub-exceptions)".
class ExceptionGroup : public std::exception
{
public:
    ExceptionGroup(QString message, std::vector<std::exception_ptr> exceptions);

    const QString &message() const { return m_message; }
    const std::vector<std::exception_ptr> &exceptions() const { return m_exceptions; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    QString m_message;
    std::vector<std::exception_ptr> m_exceptions;
    QByteArray m_what;
};

} // namespace ck
