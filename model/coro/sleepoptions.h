#pragma once

namespace ck {

class CancelToken;
class Scheduler;
class WakeObserver;

// Whose heap a sleep waits on, what wakes it early and who hears when its timer fires. A sleep
// only points to its options, to keep the awaiter (which sits in the frame of every sleeping
// coroutine) small, so they must outlive the sleep: the scheduler's own for a plain sleep, the
// token's own, or those of whoever made them (a run's context).
struct SleepOptions
{
    Scheduler *scheduler = nullptr;
    const CancelToken *token = nullptr;
    WakeObserver *observer = nullptr; // told, with the tag, when the timer fires
    int tag = 0;
};

} // namespace ck
