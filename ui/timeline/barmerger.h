#pragma once

#include <optional>

namespace ck {

// Collects the bars of one lane, left to right, and hands them back so that each pixel column
// gets at most one of them when zoomed out. A bar a pixel or wider is kept as it is. A bar
// narrower than a pixel stands for its whole pixel column, in the look of the first bar that
// reached that column; later ones in the same column are dropped, and neighbouring columns of
// the same look are joined into one rectangle. Over 100k tiny spans this draws at most one
// rectangle per column instead of 100k.
class BarMerger
{
public:
    struct Bar
    {
        double x0 = 0;
        double x1 = 0;
        int style = 0; // what the caller draws it as
        int item = -1; // the first item it stands for (a span index)

        bool operator==(const Bar &) const = default;
    };

    // Returns the previous bar when it is complete: draw that one now.
    std::optional<Bar> add(double x0, double x1, int style, int item = -1);
    // The bar still held, if any: call once the lane is done.
    std::optional<Bar> take();

private:
    std::optional<Bar> replacePending(const Bar &bar);

    Bar m_pending;
    bool m_hasPending = false;
    bool m_pendingIsColumns = false; // m_pending is whole sub-pixel columns
};

} // namespace ck
