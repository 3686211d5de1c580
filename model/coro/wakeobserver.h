#pragma once

namespace ck {

// Told when a sleep's timer fires, before its coroutine resumes on a later iteration: the moment
// the coroutine joins the ready queue, for views that show the queue.
class WakeObserver
{
public:
    virtual void timerFired(int tag) = 0;

protected:
    ~WakeObserver() = default;
};

} // namespace ck
