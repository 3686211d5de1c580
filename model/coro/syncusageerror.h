#pragma once

#include "pythonexception.h"

namespace ck {

// A synchronisation primitive used against its rules, which asyncio reports with RuntimeError
// (Lock.release() of an unlocked lock, Condition.wait()/notify() without the lock: locks.py 140,
// 260, 311) or ValueError (Queue.task_done() called too often: queues.py 201). pythonType() is
// that name and message() CPython's own message, so a trace can print the line Python prints.
// A correct program never raises it.
class SyncUsageError : public PythonException
{
public:
    SyncUsageError(const char *pythonType, const char *message)
        : PythonException(QString::fromLatin1(pythonType), QString::fromUtf8(message))
    {}
};

} // namespace ck
