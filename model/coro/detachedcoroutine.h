#pragma once

#include "framepool.h"

#include <coroutine>
#include <cstddef>
#include <exception>

namespace ck {

// A coroutine nobody awaits or holds: it runs at once up to its first suspension, goes on as
// the scheduler resumes it, and frees its frame when it returns. It reports through what it
// shares (a countdown, an event), as the sleepers of `bench sleepers` do; an exception escaping
// it ends the program, as one escaping a thread does. Its frame is only its own locals and two
// pointers, from the FramePool: the lightest coroutine the scheduler runs.
class DetachedCoroutine
{
public:
    struct promise_type
    {
        DetachedCoroutine get_return_object() const noexcept { return {}; }
        std::suspend_never initial_suspend() const noexcept { return {}; }
        std::suspend_never final_suspend() const noexcept { return {}; }
        void return_void() const noexcept {}
        [[noreturn]] void unhandled_exception() const noexcept { std::terminate(); }

        static void *operator new(std::size_t size) { return FramePool::allocate(size); }
        static void operator delete(void *frame, std::size_t size) noexcept
        {
            FramePool::deallocate(frame, size);
        }
    };
};

} // namespace ck
