#include "waitstep.h"

#include "blockstep.h"
#include "codegen/codesyntax.h"
#include "codegen/programtext.h"
#include "codegen/stepcode.h"
#include "run/runcontext.h"

namespace ck {

int WaitStep::runInline(RunContext &context, const Step &step, const CodeLocation &at, int lane,
                        int depth) const
{
    if (!context.strategy().isAsync()) {
        BlockStep::block(context, step.duration, at, lane, depth); // sync: every wait blocks
        return -1;
    }
    const int span = context.spans().beginSleep(lane, depth, SpanKind::Wait, step.duration);
    if (context.events().isRecording()) {
        LoopEvent suspended = LoopEvent::of(lane, LoopEvent::Kind::Suspended, at);
        suspended.await = LoopEvent::Await::Timer;
        suspended.until = context.time().elapsed() + step.duration;
        suspended.asked = step.duration;
        context.events().note(std::move(suspended));
    }
    return span;
}

void WaitStep::endInline(RunContext &context, int span, bool slept, const CodeLocation &at,
                         int lane) const
{
    context.spans().end(span, slept ? SpanState::Done : SpanState::Cancelled);
    context.throwIfCancelled();
    context.events().note(lane, LoopEvent::Kind::Resumed, at);
}

void WaitStep::writePython(const Step &step, const CodeLocation &at, StepCode &code) const
{
    const QString seconds = CodeSyntax::pythonSeconds(step.duration, code.speed);
    code.out.add(at, code.async ? QStringLiteral("await asyncio.sleep(%1)").arg(seconds)
                                : QStringLiteral("time.sleep(%1)").arg(seconds));
}

void WaitStep::writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const
{
    const QString duration = CodeSyntax::cppDuration(step.duration, code.speed);
    // With tasks to cancel, every sleep is one that Cancelled can interrupt.
    const QString sleep = code.cancellableSleeps ? QStringLiteral("co_await sleep(%1);")
                                                 : QStringLiteral("co_await loop->sleep(%1);");
    code.out.add(at, code.async ? sleep.arg(duration)
                                : QStringLiteral("std::this_thread::sleep_for(%1);").arg(duration));
}

QJsonObject WaitStep::schema() const
{
    return schemaOf(R"json({"description":
        "await asyncio.sleep(seconds): suspends this coroutine; others run meanwhile.",
        "required": ["%1"], "properties": {"%1": {"$ref": "#/$defs/seconds"}}})json");
}

} // namespace ck
