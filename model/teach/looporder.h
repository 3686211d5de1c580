#pragma once

#include "trace/recorder.h"

#include <cstddef>
#include <vector>

namespace ck {

// The loop events of several runs in the order they happened. The runs of a comparison share
// one loop: the order they ran in is their events' sequence, since on the virtual clock many
// share a time and on the real clock each run counts its time from its own start. Runs on
// different loops are ordered by time, in the order given on ties.
class LoopOrder
{
public:
    struct Entry
    {
        std::size_t run;
        std::size_t index;
    };

    // The events of `runs` from the counts in `from` to those in `to`.
    static std::vector<Entry> of(const std::vector<const Recorder *> &runs,
                                 const std::vector<std::size_t> &from,
                                 const std::vector<std::size_t> &to);
    // All the events of `runs`.
    static std::vector<Entry> of(const std::vector<const Recorder *> &runs);
    static bool shareOneLoop(const std::vector<const Recorder *> &runs);
};

} // namespace ck
