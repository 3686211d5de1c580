#pragma once

#include "demolisting.h"
#include "transfer.h"

#include <QStringList>
#include <array>
#include <vector>

namespace ck {

// Runs one of the seed's two programs for real and keeps every transfer of control it made.
// (a) calc() calls add(1, 2): two plain C++ functions; add's locals end when it returns.
// (b) number_coroutine() receives 1, 2, 3: a C++20 ReceivingCoroutine driven by start() and
// send(); its locals stay in its frame while it waits at each yield. Both record as they go,
// from inside the routines, so the events are the order in which the C++ code really ran.
class ControlTransferDemo
{
public:
    enum class Program { Subroutine, Coroutine };

    static ControlTransferDemo run(Program program);

    Program program() const { return m_program; }
    const DemoListing &listing() const { return m_listing; }
    const std::vector<Transfer> &transfers() const { return m_transfers; }
    // The lines the program printed, in order.
    const QStringList &printed() const { return m_printed; }
    // The two routines, left column first: the caller side, then the callee side.
    std::array<RoutineRole, 2> roles() const;

private:
    ControlTransferDemo(Program program, DemoListing listing);

    Program m_program;
    DemoListing m_listing;
    std::vector<Transfer> m_transfers;
    QStringList m_printed;
};

} // namespace ck
