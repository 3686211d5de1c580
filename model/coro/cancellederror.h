#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace ck {

// asyncio.CancelledError: raised in a cancelled task at the await point it is suspended on
// (Task::cancel), and kept as the task's exception when the task lets it through, so that whoever
// awaits the task gets it too. A coroutine may catch it and go on (asyncio 3.11 leaves the task
// running then). The message is Task::cancel's `msg`, empty when none was given.
class CancelledError : public std::exception
{
public:
    explicit CancelledError(QString message = {})
        : m_message(std::move(message)), m_what(m_message.toUtf8())
    {}

    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_what.constData(); }

    // Whether `error` holds a CancelledError: Task.cancelled() of a done task.
    static bool holds(const std::exception_ptr &error);

private:
    QString m_message;
    QByteArray m_what;
};

} // namespace ck
