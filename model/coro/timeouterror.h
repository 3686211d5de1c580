#pragma once

#include <exception>

namespace ck {

// Python's TimeoutError (asyncio.TimeoutError is the same class in 3.11): raised by a Timeout
// that expired (timeouts.py 95-98), by waitFor (tasks.py 454, 492) and by asCompleted's
// awaitables (tasks.py 604). Like Python's, it carries no message.
class TimeoutError : public std::exception
{
public:
    const char *what() const noexcept override { return "TimeoutError"; }

    // Whether `error` holds a TimeoutError.
    static bool holds(const std::exception_ptr &error);
};

} // namespace ck
