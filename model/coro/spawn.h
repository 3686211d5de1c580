#pragma once

#include "scheduler.h"

#include <QCoroTask>

#include <exception>

namespace ck {

// asyncio.create_task for QCoro: the body (made by `factory`, taken by value so nothing dangles)
// starts on the next loop iteration, and whoever awaits the returned task resumes one iteration
// after the body finished, as asyncio's done-callbacks do. This keeps the order of events the
// same as CPython's for the same program.
template <typename Factory> QCoro::Task<> spawn(Scheduler *scheduler, Factory factory)
{
    co_await scheduler->yieldNow();
    std::exception_ptr error;
    try {
        co_await factory();
    } catch (...) {
        error = std::current_exception();
    }
    co_await scheduler->yieldNow();
    if (error)
        std::rethrow_exception(error);
}

} // namespace ck
