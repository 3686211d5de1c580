#pragma once

#include <QByteArray>
#include <QString>

#include <stdexcept>

namespace ck {

// A synchronisation primitive used against its rules, which asyncio reports with RuntimeError
// (Lock.release() of an unlocked lock, Condition.wait()/notify() without the lock: locks.py 140,
// 260, 311) or ValueError (Queue.task_done() called too often: queues.py 201). pythonType() is
// that name and what() CPython's own message, so a trace can print the line Python prints.
// A logic_error: a correct program never raises it.
class SyncUsageError : public std::logic_error
{
public:
    SyncUsageError(const char *pythonType, const char *message)
        : std::logic_error(message), m_pythonType(pythonType)
    {}

    QString pythonType() const { return QString::fromLatin1(m_pythonType); }
    QString message() const { return QString::fromUtf8(what()); }

private:
    const char *m_pythonType; // a literal
};

} // namespace ck
