#pragma once

#include "trace/recorder.h"

#include <QString>
#include <cstddef>
#include <memory>

namespace ck {

// A run as the teaching views show it: its full record, and how many of its loop events have
// happened at the moment shown (all of them while live; fewer at a replay cursor).
struct TeachingRun
{
    QString label; // "Gather"; shown when there are several runs
    std::shared_ptr<const Recorder> recorder;
    std::size_t events = 0;
};

} // namespace ck
