#pragma once

#include "sleepoptions.h"

#include <functional>
#include <vector>

namespace ck {

class Scheduler;

// Cooperative cancellation for one run: cancelling wakes the run's sleepers at once (their
// sleep reports false) and every step checks isCancelled() after it resumes.
class CancelToken
{
public:
    explicit CancelToken(Scheduler *scheduler = nullptr) : m_scheduler(scheduler) {}
    CancelToken(const CancelToken &) = delete;
    CancelToken &operator=(const CancelToken &) = delete;

    bool isCancelled() const { return m_cancelled; }
    // Options of a plain sleep that this token wakes.
    const SleepOptions *sleepOptions() const { return &m_sleepOptions; }
    void cancel();

    // Called once on cancel(), for work outside the scheduler (aborting a network reply).
    int addListener(std::function<void()> listener);
    void removeListener(int id);

private:
    Scheduler *m_scheduler;
    SleepOptions m_sleepOptions{m_scheduler, this};
    bool m_cancelled = false;
    int m_nextListenerId = 0;
    std::vector<std::pair<int, std::function<void()>>> m_listeners;
};

} // namespace ck
