#pragma once

#include <QJsonObject>

namespace ck {

// `corokitchen bench paint`: records a run of about `spans` spans on the virtual clock (a crowd
// of spans / 2 sleepers, or `lanes` tasks of many short sleeps each), then paints it with
// TimelinePainter into a `width` x `height` QImage, the window's view of it, `frames` times,
// scrolling down the chart a little each frame, fitted to the whole run as the window shows it.
// A frame is all the window does per repaint: a new painter, its layout, and the paint. Prints
// spans, lanes, frames, frame_ms_median and frame_ms_max (after one frame that warms the
// caches), and how long the recording took.
class PaintBench
{
public:
    struct Options
    {
        int spans = 100000;
        int lanes = 0; // 0: a crowd, two spans per lane
        int width = 1280;
        int height = 800;
        int frames = 60;
    };

    static QJsonObject run(const Options &options);
};

} // namespace ck
