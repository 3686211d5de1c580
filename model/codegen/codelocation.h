#pragma once

#include <compare>

namespace ck {

// A place in a scenario's program that generated code has a line for: a step of a task or a
// routine, the header of its function, or the main program's line for a task.
struct CodeLocation
{
    enum class Owner { Main, Task, Routine };

    Owner owner = Owner::Main;
    int index = -1; // Task: Scenario::tasks index; Routine: Scenario::routines index; Main: -1
    int step = -1;  // Task/Routine: index into its steps, -1 for the function's header line;
                    // Main: the task whose line of main() it is, -1 for main's header line

    static CodeLocation main(int task = -1) { return {Owner::Main, -1, task}; }
    static CodeLocation task(int task, int step = -1) { return {Owner::Task, task, step}; }
    static CodeLocation routine(int routine, int step = -1)
    {
        return {Owner::Routine, routine, step};
    }
    bool isValid() const { return owner == Owner::Main || index >= 0; }

    auto operator<=>(const CodeLocation &) const = default;
};

} // namespace ck
