#pragma once

namespace ck {

// The routines of the seeds' two programs: calc() and the add() it calls, and the top-level
// code that drives number_coroutine(). The seed calls both calc and the top level "main routine".
enum class RoutineRole { MainRoutine, Subroutine, Caller, Coroutine };

} // namespace ck
