#pragma once

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
    void cancel();

private:
    Scheduler *m_scheduler;
    bool m_cancelled = false;
};

} // namespace ck
