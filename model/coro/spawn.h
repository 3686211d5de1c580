#pragma once

#include "scheduler.h"

#include <QCoroTask>

#include <exception>
#include <optional>
#include <type_traits>

namespace ck {

// asyncio.create_task for QCoro: the body (made by `factory`, taken by value so nothing dangles)
// starts on the next loop iteration, and whoever awaits the returned task resumes one iteration
// after the body finished, as asyncio's done-callbacks do. This keeps the order of events the
// same as CPython's for the same program. The task gives the body's value, if it has one.
template <typename Factory>
auto spawn(Scheduler *scheduler, Factory factory)
    -> QCoro::Task<typename std::invoke_result_t<Factory &>::value_type>
{
    using Value = typename std::invoke_result_t<Factory &>::value_type;
    co_await scheduler->yieldNow();
    std::exception_ptr error;
    if constexpr (std::is_void_v<Value>) {
        try {
            co_await factory();
        } catch (...) {
            error = std::current_exception();
        }
        co_await scheduler->yieldNow();
        if (error)
            std::rethrow_exception(error);
    } else {
        std::optional<Value> value;
        try {
            value.emplace(co_await factory());
        } catch (...) {
            error = std::current_exception();
        }
        co_await scheduler->yieldNow();
        if (error)
            std::rethrow_exception(error);
        co_return std::move(*value);
    }
}

} // namespace ck
