#pragma once

namespace ck {

class ProgramText;

// What a step kind needs to write itself into a generated program.
struct StepCode
{
    ProgramText &out;
    bool async = true;              // asyncio (or the C++ loop); false: the sync mode
    double speed = 1;               // every duration is divided by it
    bool cancellableSleeps = false; // C++: some task is never awaited, so sleeps can be cancelled
};

} // namespace ck
