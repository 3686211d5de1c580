#pragma once

#include "transfer.h"

#include <QStringList>
#include <map>
#include <vector>

namespace ck {

// Records a run of one of the seed's programs as it happens. The routines call record() just
// before they do what the event says (call, send, yield, print...), so the events come out in the
// order the real C++ code ran them. The frames kept with an event are those in place when the
// next event begins, i.e. just after this one took effect: "send(2)" shows the coroutine with
// x = 2. The routines' locals come from LocalScope objects living in the routines themselves,
// so a subroutine's end and a coroutine's pause are what C++ really does to them.
class TransferLog
{
public:
    // `roles`: the routines of the program, in the order of the diagram's columns.
    explicit TransferLog(std::vector<RoutineRole> roles);

    Transfer &record(Transfer::Kind kind, RoutineRole from, RoutineRole to, int line,
                     const QString &what);
    // Records print(`argument`) by `who`, then prints `output`.
    void print(RoutineRole who, int line, const QString &argument, const QString &output);
    // print() of a number: it is the value the event carries.
    void print(RoutineRole who, int line, int number);
    // Closes the last event; call before the routines are torn down.
    void finish();

    const std::vector<Transfer> &transfers() const { return m_transfers; }
    const QStringList &printed() const { return m_printed; }

    // For LocalScope: a routine's frame begins, changes and ends.
    void enter(RoutineRole role);
    void setLocal(RoutineRole role, const QString &name, const QString &value);
    void leave(RoutineRole role);

private:
    struct Live
    {
        bool alive = false;
        bool ended = false;
        std::vector<RoutineFrame::Variable> locals;
    };

    void closePending();
    RoutineFrame frameOf(RoutineRole role, RoutineRole active) const;

    std::vector<RoutineRole> m_roles;
    std::map<RoutineRole, Live> m_live;
    std::vector<Transfer> m_transfers;
    QStringList m_printed;
    bool m_pending = false;
};

} // namespace ck
