#pragma once

#include <QStringList>

#include <exception>
#include <vector>

namespace ck {

// The `except*` clauses of one try statement, as CPython 3.11 runs them (PEP 654; ceval's
// _PyExc_PrepReraiseStar): each clause in order takes the members of what the body raised that
// match its types (take()), and its handler runs once if it took any; the handlers' own
// exceptions are noted (raised()); what travels on afterwards is rest():
// - a naked exception (not a group) is wrapped in a group for the matching only: unmatched, it
//   goes on as it was; matched, only what its handler raised goes on;
// - for a group: nothing when every member was handled; the unhandled members alone, in a group
//   with the original message and shape; else ExceptionGroup("", [raised..., unhandled]), or the
//   one exception when it is the only one.
class ExceptStar
{
public:
    explicit ExceptStar(std::exception_ptr error);

    // What the clause `except* (types):` takes (null when it does not match): those members
    // leave the unhandled part.
    std::exception_ptr take(const QStringList &types);
    // The handler of a clause raised `error`.
    void raised(std::exception_ptr error);
    // What the try statement raises on after its clauses.
    std::exception_ptr rest() const;
    // Whether the clauses so far took all of what the body raised (whatever their handlers
    // raise then): it was handled.
    bool tookAll() const { return m_error && !m_unhandled; }

private:
    std::exception_ptr m_error;
    std::exception_ptr m_unhandled; // a group
    bool m_naked = false;
    std::vector<std::exception_ptr> m_raised;
};

} // namespace ck
