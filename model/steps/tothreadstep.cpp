#include "tothreadstep.h"

#include "blockstep.h"
#include "codegen/codesyntax.h"
#include "codegen/programtext.h"
#include "codegen/stepcode.h"
#include "run/runcontext.h"
#include "scenario/step.h"

namespace ck {

QCoro::Task<> ToThreadStep::run(std::shared_ptr<RunContext> context, const Step *step,
                                CodeLocation at, int lane, int depth) const
{
    if (!context->strategy().isAsync()) {
        BlockStep::block(*context, step->duration, at, lane, depth); // sync: no loop, no pool
        co_return;
    }
    // The coroutine is suspended from the call on, also while the call waits for a worker.
    const int span = context->spans().beginSleep(lane, depth, SpanKind::Thread, step->duration);
    if (context->events().isRecording()) {
        LoopEvent suspended = LoopEvent::of(lane, LoopEvent::Kind::Suspended, at);
        suspended.await = LoopEvent::Await::Thread;
        suspended.asked = step->duration;
        context->events().note(std::move(suspended));
    }
    const bool slept = co_await runOnWorker(context, step->duration, lane);
    context->spans().end(span, slept ? SpanState::Done : SpanState::Cancelled);
    context->throwIfCancelled();
    context->events().note(lane, LoopEvent::Kind::Resumed, at);
}

QCoro::Task<bool> ToThreadStep::runOnWorker(std::shared_ptr<RunContext> context,
                                            std::chrono::nanoseconds duration, int lane)
{
    WorkerPool &pool = context->workers();
    co_await pool.slots().acquire();
    const int worker = pool.take();
    const int workerLane = pool.lane(context->recorder(), lane, worker);
    const int busy = context->spans().beginSleep(workerLane, 0, SpanKind::Block, duration);
    // The timer stands for the thread's time.sleep; when it fires, the caller is made ready.
    const bool slept =
        co_await context->scheduler().sleep(duration, context->events().sleepOptions(lane));
    context->spans().end(busy, slept ? SpanState::Done : SpanState::Cancelled);
    pool.give(worker);
    pool.slots().release();
    co_return slept;
}

ScenarioCost::Cost ToThreadStep::cost(const Step &step, ScenarioCost &costs) const
{
    ScenarioCost::Cost cost = TimedStep::cost(step, costs);
    cost.spans = 2;      // the caller's and the worker's
    cost.coroutines = 1; // the call on its worker
    cost.lanes = 1;      // a worker's lane, at most one per call
    cost.text = 10;      // "/worker NN" after the caller's name
    return cost;
}

void ToThreadStep::writePython(const Step &step, const CodeLocation &at, StepCode &code) const
{
    const QString seconds = CodeSyntax::pythonSeconds(step.duration, code.speed);
    if (!code.async) {
        code.out.add(at, QStringLiteral("time.sleep(%1)").arg(seconds));
        return;
    }
    code.out.add(at, QStringLiteral("await asyncio.to_thread(time.sleep, %1)  # %2")
                         .arg(seconds, code.out.say(QStringLiteral("a worker thread blocks, "
                                                                   "not the event loop"),
                                                    QStringLiteral("이벤트 루프가 아니라 "
                                                                   "작업 스레드가 막힙니다"))));
}

void ToThreadStep::writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const
{
    const QString duration = CodeSyntax::cppDuration(step.duration, code.speed);
    if (!code.async) {
        code.out.add(at, QStringLiteral("std::this_thread::sleep_for(%1);").arg(duration));
        return;
    }
    code.out.add(at, QStringLiteral("co_await toThread([] { std::this_thread::sleep_for(%1); });")
                         .arg(duration));
}

void ToThreadStep::addCppNeeds(const Step &, CppPrelude::Needs &needs) const
{
    needs.blocks = true; // std::this_thread
    needs.threads = needs.async;
}

QJsonObject ToThreadStep::schema() const
{
    return schemaOf(R"json({"description":
        "await asyncio.to_thread(time.sleep, seconds): a worker thread of the default executor (the scenario's \"threads\") blocks; this coroutine is suspended and others run.",
        "required": ["%1"], "properties": {"%1": {"$ref": "#/$defs/seconds"}}})json");
}

} // namespace ck
