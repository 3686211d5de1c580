#pragma once

#include "routineframe.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace ck {

// One event of a run of the seeds' programs: control passing from one routine to another (a
// call, a return, next(), send(), a yield), or something a routine does while it has control
// (from == to: a print, an assignment, the start and the end of the program).
struct Transfer
{
    enum class Kind { Begin, Call, Assign, Print, Return, Create, Start, Yield, Send, End };

    int sequence = 0; // 0, 1, 2... in the order they happened
    Kind kind = Kind::Begin;
    RoutineRole from = RoutineRole::MainRoutine;
    RoutineRole to = RoutineRole::MainRoutine;
    QString what;             // as in the Python program: "add(1, 2)", "send(2)", "print(3)"
    std::optional<int> value; // the value it carries: the 2 of send(2), the 3 printed
    QStringList targets;      // the variables the carried values land in: "x"; "a", "b"
    QString printed;          // what a print wrote
    int line = 0;             // 1-based line of the Python program it corresponds to
    std::vector<RoutineFrame> frames; // every routine of the program just after it, in columns

    bool movesControl() const { return from != to; }
    // The frame of `role` just after this event; a default frame if the program has no such role.
    RoutineFrame frame(RoutineRole role) const
    {
        for (const RoutineFrame &frame : frames)
            if (frame.role == role)
                return frame;
        return RoutineFrame{role, RoutineFrame::State::NotStarted, {}};
    }
};

} // namespace ck
