#pragma once

#include <QObject>

#include <chrono>
#include <functional>

namespace ck {

// Work done a slice at a time on the window's thread: each slice calls `step` (one small piece;
// it returns whether more is left) until nothing is left or the slice has taken its budget, and
// the next slice runs at a later turn of the event loop, after what waits there (input, paint).
// A view of a crowd so fills thousands of rows without holding the window; small work is done at
// once, as before: start() does a first, shorter slice at once (it is called amid a frame that
// other views share). finish() does what is left at once (for whoever reads the result).
// Every work of the window takes its slices in turn, one slice a turn of the event loop: the
// timers due at one moment all fire in one go, so works with a timer each (the code, the
// narration and the event-loop table when a crowd starts) would hold the window for all their
// slices together. For the same reason a slice whose turn other timers (a run's frame) have
// already held for a slice's time waits for the next turn, once.
class SlicedWork : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::microseconds kBudget{3000};
    static constexpr std::chrono::microseconds kFirstBudget{1000}; // start()'s slice

    // `slicedOff` runs after each slice (and finish()): what the steps did, put on screen at once.
    SlicedWork(std::function<bool()> step, std::function<void()> slicedOff = {},
               QObject *parent = nullptr);
    ~SlicedWork() override;

    void start(); // a slice now, the rest later
    void finish();
    bool isBusy() const;

private:
    // Returns whether more is left.
    bool slice(std::chrono::microseconds budget);
    // Queues this work for a slice at a later turn (once).
    void wait();
    // One turn of the event loop: a slice of the first work waiting, which then waits again at
    // the back if more is left.
    static void takeTurn();

    std::function<bool()> m_step;
    std::function<void()> m_slicedOff;
};

} // namespace ck
