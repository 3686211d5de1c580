#pragma once

#include "localizedtext.h"
#include "namedobject.h"
#include "routine.h"
#include "scenariotask.h"

#include <QString>
#include <algorithm>
#include <vector>

namespace ck {

// A validated scenario: every name resolved, every duration in range. Immutable once loaded.
struct Scenario
{
    QString id;
    LocalizedText title;
    LocalizedText description;
    std::vector<Routine> routines;
    std::vector<ScenarioTask> tasks;
    // "objects": the asyncio Locks, Events, Semaphores, Conditions and Queues its steps name.
    std::vector<NamedObject> objects;
    // The size of the loop's default executor, the pool of worker threads that runs the
    // asyncio.to_thread calls ("threads"). CPython 3.11 sizes it min(32, os.cpu_count() + 4),
    // which depends on the machine; 5 is that size on one CPU, the smallest any machine gives,
    // and the generated programs set it explicitly so that every machine runs the same.
    static constexpr int kDefaultThreads = 5;
    int threads = kDefaultThreads;

    // Whether some task comes `after` another.
    bool hasOrderings() const
    {
        return std::any_of(tasks.begin(), tasks.end(),
                           [](const ScenarioTask &task) { return !task.after().isEmpty(); });
    }
};

} // namespace ck
