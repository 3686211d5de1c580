#include "heartbeat.h"

namespace ck {

QCoro::Task<> Heartbeat::run(std::shared_ptr<RunContext> context, std::chrono::nanoseconds period)
{
    CancelToken &token = context->heartbeatToken();
    while (!token.isCancelled() && !context->isMainFinished()) {
        const auto deadline = context->elapsed() + period;
        if (!co_await context->scheduler().sleep(period, &token))
            break;
        const auto now = context->elapsed();
        context->recorder().addLagSample(LagSample{now, now - deadline});
    }
}

} // namespace ck
