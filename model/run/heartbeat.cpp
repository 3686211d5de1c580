#include "heartbeat.h"

namespace ck {

QCoro::Task<> Heartbeat::run(std::shared_ptr<RunContext> context, std::chrono::nanoseconds period)
{
    CancelToken &token = context->heartbeatToken();
    while (!token.isCancelled() && !context->isMainFinished()) {
        const auto deadline = context->time().elapsed() + period;
        // Not in the if's condition: GCC 12 may keep the awaiter, which the timer heap points
        // to, out of the coroutine frame there.
        const bool slept = co_await context->scheduler().sleep(period, &token);
        if (!slept)
            break;
        const auto now = context->time().elapsed();
        context->recorder().addLagSample(LagSample{now, now - deadline});
    }
    context->heartbeatEnded();
}

} // namespace ck
