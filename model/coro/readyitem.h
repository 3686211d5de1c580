#pragma once

namespace ck {

// One entry of the scheduler's ready queue: a plain function and its argument (a coroutine
// frame address, a sleeper to fire), 16 bytes and no allocation.
struct ReadyItem
{
    using Function = void (*)(void *context);

    Function invoke = nullptr;
    void *context = nullptr;
};

} // namespace ck
