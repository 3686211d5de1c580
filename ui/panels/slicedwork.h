#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace ck {

// Work done a slice at a time on the window's thread: each slice calls `step` (one small piece;
// it returns whether more is left) until nothing is left or the slice has taken its budget, and
// the next slice runs at the next turn of the event loop, after what waits there (input, paint).
// A view of a crowd so fills thousands of rows without holding the window; small work is done at
// once, as before: start() does a first, shorter slice at once (it is called amid a frame that
// other views share). finish() does what is left at once (for whoever reads the result).
class SlicedWork : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::microseconds kBudget{3000};
    static constexpr std::chrono::microseconds kFirstBudget{1000}; // start()'s slice

    // `slicedOff` runs after each slice (and finish()): what the steps did, put on screen at once.
    SlicedWork(std::function<bool()> step, std::function<void()> slicedOff = {},
               QObject *parent = nullptr);

    void start(); // a slice now, the rest later
    void finish();
    bool isBusy() const { return m_timer.isActive(); }

private:
    void slice(std::chrono::microseconds budget);

    std::function<bool()> m_step;
    std::function<void()> m_slicedOff;
    QTimer m_timer;
};

} // namespace ck
