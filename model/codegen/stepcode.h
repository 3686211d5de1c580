#pragma once

#include <QString>

#include <functional>
#include <vector>

namespace ck {

class ProgramText;
struct Step;

// What a step kind needs to write itself into a generated program.
struct StepCode
{
    ProgramText &out;
    bool async = true;              // asyncio (or the C++ loop); false: the sync mode
    double speed = 1;               // every duration is divided by it
    bool cancellableSleeps = false; // C++: some task is never awaited, so sleeps can be cancelled
    // Writes the steps of a block the step holds (a try's body), each at its own location, at
    // the current indentation.
    std::function<void(const std::vector<Step> &)> writeBlock;
    // C++: whether routine `name`'s function returns a ck::PyValue (else nothing).
    std::function<bool(const QString &)> returnsValue;
    // C++: whether a repeat's "as" outlives its loop (a ck::PyValue of the function).
    std::function<bool(const Step &)> keepsLoopVariable;
};

} // namespace ck
