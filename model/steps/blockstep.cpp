#include "blockstep.h"

#include "codegen/codesyntax.h"
#include "codegen/programtext.h"
#include "codegen/stepcode.h"
#include "run/runcontext.h"

namespace ck {

int BlockStep::runInline(RunContext &context, const Step &step, const CodeLocation &at, int lane,
                         int depth) const
{
    block(context, step.duration, at, lane, depth);
    return -1;
}

void BlockStep::block(RunContext &context, std::chrono::nanoseconds duration,
                      const CodeLocation &at, int lane, int depth)
{
    const int span = context.spans().beginSleep(lane, depth, SpanKind::Block, duration);
    LoopEvent blocked = LoopEvent::of(lane, LoopEvent::Kind::Blocked, at);
    blocked.until = context.time().elapsed() + duration;
    blocked.asked = duration;
    context.events().note(std::move(blocked));
    context.scheduler().block(duration);
    context.spans().end(span, SpanState::Done);
    context.events().note(lane, LoopEvent::Kind::Unblocked, at);
}

void BlockStep::writePython(const Step &step, const CodeLocation &at, StepCode &code) const
{
    code.out.add(at, QStringLiteral("time.sleep(%1)  # %2")
                         .arg(CodeSyntax::pythonSeconds(step.duration, code.speed),
                              code.out.say(QStringLiteral("blocks the event loop"),
                                           QStringLiteral("이벤트 루프를 막습니다"))));
}

void BlockStep::writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const
{
    const QString duration = CodeSyntax::cppDuration(step.duration, code.speed);
    // In a coroutine program the loop's own clock is held, so the block takes its time on the
    // virtual clock too (`program --virtual-clock`).
    if (code.async)
        code.out.add(at, QStringLiteral("loop->block(%1); // %2")
                             .arg(duration, code.out.say(QStringLiteral("time.sleep: blocks the "
                                                                        "event loop, nothing else "
                                                                        "runs"),
                                                         QStringLiteral("time.sleep: 이벤트 루프를 "
                                                                        "막습니다, 다른 것은 돌지 "
                                                                        "않습니다"))));
    else
        code.out.add(
            at, QStringLiteral("std::this_thread::sleep_for(%1); // time.sleep").arg(duration));
}

void BlockStep::addCppNeeds(const Step &, CppPrelude::Needs &needs) const
{
    needs.blocks = true;
}

QJsonObject BlockStep::schema() const
{
    return schemaOf(R"json({"description": "time.sleep(seconds): holds the whole event loop.",
        "required": ["%1"], "properties": {"%1": {"$ref": "#/$defs/seconds"}}})json");
}

} // namespace ck
