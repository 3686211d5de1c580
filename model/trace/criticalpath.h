#pragma once

#include "flow.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace ck {

class Recorder;

// The chain of spans that sets a finished run's total: walked back from the run's end (main()
// returning) through what each resume waited for, following the flows (FlowFinder) that woke
// it: the last child of a gather, the task that handed on a semaphore's slot, the coroutine
// main() awaited before. The timed waits met on the way (a sleep, a blocking call, a download,
// a thread's call, a wait on an object) add up to the total; every other wait overlaps them.
class CriticalPath
{
    Q_DECLARE_TR_FUNCTIONS(CriticalPath)

public:
    CriticalPath() = default;
    static CriticalPath of(const Recorder &run, const std::vector<Flow> &flows);

    // The waits on the path, in the order they happened.
    const std::vector<int> &spans() const { return m_spans; }
    // The flows (indices into the flows it was walked with) the path follows.
    const std::vector<int> &flows() const { return m_flows; }
    bool contains(int span) const;
    bool followsFlow(int flow) const;
    // "The total is set by brewCoffee's 3 s sleep; the other waits overlap it.", or empty
    // when the run has not finished or waited on nothing.
    QString sentence(const Recorder &run) const;

private:
    // "brewCoffee's 3 s sleep"
    static QString waitName(const Recorder &run, int span);
    static bool isTimedWait(const Recorder &run, int span);

    std::vector<int> m_spans;
    std::vector<int> m_flows;
    bool m_othersOverlap = false; // the run has timed waits off the path
};

} // namespace ck
