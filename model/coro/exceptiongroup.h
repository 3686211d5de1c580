#pragma once

#include "pythonexception.h"

#include <QString>
#include <QStringList>

#include <exception>
#include <vector>

namespace ck {

// Python 3.11's ExceptionGroup (BaseExceptionGroup when a member is not an Exception; C++ has no
// such split): what a TaskGroup raises with the errors of its tasks, in the order they were
// recorded (taskgroups.py 132). It is a PythonException whose message is its str(): "unhandled
// errors in a TaskGroup (2 sub-exceptions)", so it travels, ends spans and is caught whole by
// `except ExceptionGroup` / `except Exception` as any raised exception; it keeps its members for
// `except*` (split()).
class ExceptionGroup : public PythonException
{
public:
    ExceptionGroup(QString message, std::vector<std::exception_ptr> exceptions);

    // What Python calls eg.message: the message alone, without the count.
    const QString &groupMessage() const { return m_groupMessage; }
    const std::vector<std::exception_ptr> &exceptions() const { return m_exceptions; }

    // BaseExceptionGroup.split(types) with a type condition: the members (nested groups searched
    // too) that are instances of one of `types`, and the others, each kept in groups of the same
    // shape and messages as this one; null where nothing is left.
    struct Split
    {
        std::exception_ptr match;
        std::exception_ptr rest;
    };
    Split split(const QStringList &types) const;

    // The group inside `error`, or nullptr when it is not one.
    static const ExceptionGroup *of(const std::exception_ptr &error);

private:
    static QString strOf(const QString &message, std::size_t count);

    QString m_groupMessage;
    std::vector<std::exception_ptr> m_exceptions;
};

} // namespace ck
