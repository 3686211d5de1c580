#pragma once

#include <QString>

namespace ck {

// Why a run cannot start, as a value: the kind says what to do about it (pick another mode, use
// the real clock, pick a scenario), the reason says it to the user in one line.
struct RunRefusal
{
    enum class Kind {
        None,           // the run can go
        NothingToRun,   // no scenario
        Order,          // the mode's own rule: `after` points forward in a one-by-one mode
        NeedsRealClock, // a download from a URL on the virtual clock
    };

    Kind kind = Kind::None;
    QString reason;

    explicit operator bool() const { return kind != Kind::None; }
};

} // namespace ck
