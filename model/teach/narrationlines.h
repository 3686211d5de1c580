#pragma once

#include "scenario/language.h"
#include "trace/recorder.h"

#include <QString>
#include <QStringList>
#include <cstddef>
#include <vector>

namespace ck {

// The narration as lines of text, the same in the window's Narration panel and in
// `corokitchen run --narrate`: "[ 0.000 s] asyncio.run starts main()." The runs of a comparison
// share one loop, so their events are told together in the order they ran, each line with its
// run's label.
class NarrationLines
{
public:
    struct Told
    {
        std::size_t run;
        std::size_t index;
    };

    // The loop events of `runs` from the counts in `from` to those in `to`, in the order they
    // happened on the loop.
    static std::vector<Told> inLoopOrder(const std::vector<const Recorder *> &runs,
                                         const std::vector<std::size_t> &from,
                                         const std::vector<std::size_t> &to);
    // "[ 2.000 s] toastBagel is done…", or "[ 2.000 s] Gather | toastBagel is done…" with a label.
    static QString line(const Recorder &recorder, std::size_t index, Language language,
                        const QString &label = {});
    // Every event of the runs, labelled by `labels` when there are several.
    static QStringList story(const std::vector<const Recorder *> &runs, const QStringList &labels,
                             Language language);
};

} // namespace ck
