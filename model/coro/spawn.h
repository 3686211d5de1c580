#pragma once

#include "task.h"

#include <type_traits>

namespace ck {

namespace detail {

template <typename Factory>
auto runFactory(Factory factory) -> Task<typename std::invoke_result_t<Factory &>::value_type>
{
    if constexpr (std::is_void_v<typename std::invoke_result_t<Factory &>::value_type>)
        co_await factory();
    else
        co_return co_await factory();
}

} // namespace detail

// asyncio.create_task for QCoro: the body (made by `factory`, taken by value so nothing dangles)
// starts on the next loop iteration, in a Task that is done when the body returns (see Task:
// its awaiter goes on at once if it is done, else one iteration after). This keeps the order of
// events the same as CPython's for the same program.
template <typename Factory>
auto spawn(Scheduler *scheduler, Factory factory)
    -> Task<typename std::invoke_result_t<Factory &>::value_type>
{
    auto task = detail::runFactory(std::move(factory));
    task.start(*scheduler);
    return task;
}

} // namespace ck
