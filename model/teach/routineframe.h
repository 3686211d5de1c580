#pragma once

#include "routinerole.h"

#include <QString>
#include <vector>

namespace ck {

// One routine as it stands at a moment of a run: whether it is running, paused or gone, and the
// local variables it holds (Python's repr of each value).
struct RoutineFrame
{
    enum class State {
        NotStarted, // not called yet, or a coroutine object whose body has not run
        Running,
        Paused, // waiting for a call to return, or a coroutine paused at its yield
        Finished,
    };

    struct Variable
    {
        QString name;
        QString value;

        bool operator==(const Variable &) const = default;
    };

    RoutineRole role = RoutineRole::MainRoutine;
    State state = State::NotStarted;
    std::vector<Variable> locals;

    bool isAlive() const { return state == State::Running || state == State::Paused; }
    // The value of local `name`, empty if it has none.
    QString value(const QString &name) const
    {
        for (const Variable &variable : locals)
            if (variable.name == name)
                return variable.value;
        return {};
    }

    bool operator==(const RoutineFrame &) const = default;
};

} // namespace ck
