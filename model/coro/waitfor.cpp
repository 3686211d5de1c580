#include "waitfor.h"

namespace ck::detail {

QCoro::Task<> cancelAndWait(TaskCore &task)
{
    Future::Ptr waiter = Future::create(*task.scheduler());
    waiter->releaseOn(task);
    task.cancel();
    std::exception_ptr error;
    try {
        co_await *waiter;
    } catch (...) {
        error = std::current_exception();
    }
    waiter->removeFrom(task); // the `finally`
    if (error)
        std::rethrow_exception(error);
}

} // namespace ck::detail
