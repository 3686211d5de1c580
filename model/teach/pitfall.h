#pragma once

#include "run/strategy.h"

#include <QString>
#include <optional>

namespace ck {

// A mistake a run shows, with its lesson: "Missed concurrency: awaiting one by one took 9.00 s;
// gather would take ≈ 3.00 s."
struct Pitfall
{
    // NeverAwaited: a task; CoroutineNeverAwaited: a coroutine object (Python's RuntimeWarning).
    enum class Kind { MissedConcurrency, BlockingCall, NeverAwaited, CoroutineNeverAwaited };

    Kind kind;
    QString message;             // translated, one or two sentences
    std::optional<Strategy> fix; // the mode to re-run in, when changing the mode is the fix
};

} // namespace ck
