#pragma once

namespace ck {

class CancelToken;
class WakeObserver;

// What wakes a sleep early and who hears when its timer fires. A sleep only points to its
// options, to keep the awaiter (which sits in the frame of every sleeping coroutine) small, so
// they must outlive the sleep: a local of the sleeping coroutine, or the token's own.
struct SleepOptions
{
    const CancelToken *token = nullptr;
    WakeObserver *observer = nullptr; // told, with the tag, when the timer fires
    int tag = 0;
};

} // namespace ck
