#pragma once

#include "looporder.h"
#include "scenario/language.h"
#include "trace/recorder.h"

#include <QString>
#include <QStringList>
#include <cstddef>
#include <vector>

namespace ck {

// The narration as lines of text, the same in the window's Narration panel and in
// `corokitchen run --narrate`: "[ 0.000 s] asyncio.run starts main()." The runs of a comparison
// share one loop, so their events are told together in the order they ran (LoopOrder), each line
// with its run's label.
class NarrationLines
{
public:
    // "[ 2.000 s] toastBagel is done…" for run `run`'s event `index`; with several runs, after
    // the run's label: "[ 2.000 s] Gather | toastBagel is done…".
    static QString line(const std::vector<const Recorder *> &runs, const QStringList &labels,
                        std::size_t run, std::size_t index, Language language);
    // Every event of the runs, labelled by `labels` when there are several.
    static QStringList story(const std::vector<const Recorder *> &runs, const QStringList &labels,
                             Language language);
};

} // namespace ck
