#pragma once

#include <QJsonObject>

namespace ck {

// `corokitchen bench window`: opens the real window offscreen (width x height) in gather mode,
// picks the crowd of `count` sleepers and runs it live on the real clock at `speed` (or instantly
// on the virtual clock), as a user would by pressing Run, then moves on to the kitchen, which
// retires the crowd's run. With `teaching`, every teaching view of the View menu is on: its docks
// (all but the editor) and the timeline's flows and critical path. A 10 ms heartbeat on the GUI
// thread stands in for the user's input: at each beat it posts an event to the window's thread
// and notes how long after the beat was due the event was handled, which is what a key press or
// a click waiting in the queue would wait. Prints the worst and median of those waits over the
// whole run from selecting the crowd to a second after it was retired, and in each phase: idle
// before, select, start (the first 0.5 s after Run), middle (to the ideal end), end (to the
// retiring) and retire; how long selecting, pressing Run, the run (Run to its end: against its
// ideal total, the ghost bar) and retiring took, and how often the timeline repainted.
class WindowBench
{
public:
    struct Options
    {
        int count = 100000;
        double speed = 1.0;
        bool instant = false;  // the virtual clock: the run as fast as the window lets it go
        bool teaching = false; // every teaching view on
        int width = 1280;
        int height = 800;
    };

    static QJsonObject run(const Options &options);
};

} // namespace ck
