#pragma once

#include "trace/spankind.h"

#include <QColor>
#include <QFont>

class QPalette;

namespace ck {

// Colours and fonts of the timeline. The state colours come from the Okabe-Ito palette, which
// stays distinguishable under the common colour-vision deficiencies, in a light and a dark
// variant. "Suspended" is drawn as a pale fill crossed by thin lines (drawn one by one: SVG has
// no pattern brushes), so a coroutine waiting at an await reads as waiting, not working. A wait
// on a named object (a queue, lock or event) is suspended too, and drawn as a pale reddish
// purple crossed both ways ("x"), so that it differs from a timer's "/" by its pattern alone.
// A to_thread call is drawn with upright "|" lines: on the worker's lane over a pale bluish
// green (it runs there, the loop is free), on the awaiting coroutine's over the suspended fill.
// A span ended by an exception that an except clause then caught is drawn in a pale failed
// colour (it raised, but did not end its task) with a "]" hook across its end in `handled`, a
// bluish green (the task went on running), haloed in the background colour so that it stands
// out from the bar around it: shape and colour both tell it from failed and timed out.
struct TimelineStyle
{
    QColor background;
    QColor text;
    QColor mutedText; // axis labels, ideal label, legend
    QColor grid;
    QColor axis;
    QColor separator;  // between runs
    QColor headerBand; // behind each run's header row
    QColor running;
    QColor done;
    QColor cancelled;
    QColor failed;
    QColor caughtFill; // a pale `failed`
    QColor handled;    // the hook at the end of a caught span
    QColor blocked;
    QColor suspendedFill;
    QColor suspendedLine;
    QColor objectWaitFill;
    QColor objectWaitLine;
    // A call running on a to_thread worker (the worker is held, not the loop): a pale running
    // colour crossed by "|" lines; the coroutine awaiting it: the suspended fill crossed by "|".
    QColor workerFill;
    QColor workerLine;
    QColor ghostFill;
    QColor ghostLine;
    QColor now;
    QColor chunk;
    bool isDark = false;
    // Text drawn as runs, each in the font that holds its glyphs and named by its real family
    // (ChartTextPainter): for SVG files, which other programs render with fonts of their own.
    bool namedFonts = false;

    QFont font;      // names, labels
    QFont titleFont; // the chart title
    QFont smallFont; // axis, legend

    // `base` keeps its family (so fontconfig can fall back to a CJK font for Hangul); sizes are
    // converted to pixels at `dpi` so the same layout comes out on screens, images and PDFs.
    static TimelineStyle light(const QFont &base = QFont(), qreal dpi = 96.0);
    static TimelineStyle dark(const QFont &base = QFont(), qreal dpi = 96.0);
    // Light or dark, whichever suits the palette's window colour.
    static TimelineStyle forPalette(const QPalette &palette, const QFont &base = QFont(),
                                    qreal dpi = 96.0);

    QColor stateColor(SpanState state) const;
    // A bar colour for nested routines: the state colour shifted a step towards the background.
    QColor nestedColor(SpanState state, int depth) const;

private:
    void setFonts(const QFont &base, qreal dpi);
};

} // namespace ck
