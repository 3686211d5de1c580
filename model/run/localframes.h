#pragma once

#include "pyvalue.h"

#include <QHash>
#include <QString>

#include <map>
#include <optional>
#include <utility>

namespace ck {

// The local variables of the functions running in a run, as Python keeps them in each frame:
// one frame per function call, found by the lane it runs on and the depth of its steps (a lane
// runs one chain of calls at a time, each a level deeper). Frames are made when a variable is
// first bound or a value returned, so that a crowd of tasks that bind nothing costs nothing.
class LocalFrames
{
public:
    struct Frame
    {
        QHash<QString, PyValue> variables;
        std::optional<PyValue> returned; // set by a return step: the function ends
    };

    // A function begins at (lane, depth): what an earlier call left there is forgotten.
    void enter(int lane, int depth);
    Frame &at(int lane, int depth);
    const Frame *find(int lane, int depth) const;
    bool hasReturned(int lane, int depth) const;
    // What the function at (lane, depth) has returned so far (None without a return step).
    PyValue returnedAt(int lane, int depth) const;
    // The function at (lane, depth) has ended: its value (None without a return step), and its
    // frame is freed.
    PyValue leave(int lane, int depth);

    // An f-string's text rendered with the variables of the frame at (lane, depth), in each
    // language (the validator has checked its names).
    LocalizedText format(const LocalizedText &text, int lane, int depth) const;
    // What a return step's text gives: the variable itself for "{name}", else the str.
    PyValue evaluate(const LocalizedText &text, bool formatted, int lane, int depth) const;

private:
    std::map<std::pair<int, int>, Frame> m_frames;
};

} // namespace ck
