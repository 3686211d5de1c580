#pragma once

#include "routinerole.h"

#include <QString>

namespace ck {

class TransferLog;

// Lives among a routine's locals and mirrors them into a TransferLog: made when the routine's
// body begins, gone when its frame goes. In a subroutine that is its return; in a coroutine the
// scope sits in the coroutine frame, so it, like the locals, survives every pause at a yield.
class LocalScope
{
public:
    LocalScope(TransferLog &log, RoutineRole role);
    ~LocalScope();
    LocalScope(const LocalScope &) = delete;
    LocalScope &operator=(const LocalScope &) = delete;

    void set(const QString &name, const QString &value);
    void set(const QString &name, int value) { set(name, QString::number(value)); }

private:
    TransferLog &m_log;
    RoutineRole m_role;
};

} // namespace ck
