#include "runcontext.h"

#include "runfailure.h"

#include <algorithm>

namespace ck {

RunContext::RunContext(Scheduler &scheduler, std::shared_ptr<const Scenario> scenario,
                       Strategy strategy, std::shared_ptr<Recorder> recorder)
    : m_scheduler(&scheduler), m_scenario(std::move(scenario)), m_strategy(strategy),
      m_recorder(std::move(recorder)), m_token(&scheduler), m_heartbeatToken(&scheduler),
      m_taskDone(m_scenario->tasks.size()), m_taskFinished(m_scenario->tasks.size(), false),
      m_taskFailed(m_scenario->tasks.size(), false)
{
    if (m_strategy.kind() == Strategy::Kind::Bounded)
        m_semaphore = std::make_unique<AsyncSemaphore>(scheduler, m_strategy.limit());
}

void RunContext::markOrigin()
{
    m_origin = m_scheduler->now();
    m_wallOrigin = m_scheduler->clock().wallNow();
    m_hasOrigin = true;
}

std::chrono::nanoseconds RunContext::elapsed() const
{
    return m_scheduler->now() - m_origin;
}

std::chrono::nanoseconds RunContext::wallElapsed() const
{
    return m_scheduler->clock().wallNow() - m_wallOrigin;
}

void RunContext::throwIfCancelled() const
{
    if (m_token.isCancelled())
        throw RunFailure(tr("stopped"), true);
}

int RunContext::beginSpan(int lane, int depth, SpanKind kind, const QString &name)
{
    Span span;
    span.lane = lane;
    span.depth = std::int16_t(depth);
    span.kind = kind;
    span.name = name;
    span.start = elapsed();
    span.wallStart = wallElapsed();
    return m_recorder->beginSpan(std::move(span));
}

void RunContext::endSpan(int span, SpanState state, const QString &reason)
{
    m_recorder->endSpan(span, elapsed(), wallElapsed(), state, reason);
}

void RunContext::addChunk(int lane, int depth, int index, qint64 bytes,
                          std::chrono::nanoseconds from, std::chrono::nanoseconds to)
{
    Span span;
    span.lane = lane;
    span.depth = std::int16_t(depth);
    span.kind = SpanKind::Chunk;
    span.name = QStringLiteral("chunk %1").arg(index + 1);
    span.start = from;
    span.end = to;
    span.wallStart = span.wallEnd = wallElapsed();
    span.state = SpanState::Done;
    span.bytes = bytes;
    m_recorder->beginSpan(std::move(span));
    LoopEvent event = LoopEvent::of(lane, LoopEvent::Kind::Chunk, {});
    event.ref = index + 1;
    event.bytes = bytes;
    note(std::move(event));
}

void RunContext::log(int lane, const LocalizedText &text, const CodeLocation &location)
{
    m_recorder->addLog(LogLine{elapsed(), lane, text});
    LoopEvent event = LoopEvent::of(lane, LoopEvent::Kind::Printed, location);
    event.ref = int(m_recorder->logLines().size()) - 1;
    note(std::move(event));
}

void RunContext::note(LoopEvent event)
{
    if (!m_recordsLoopEvents)
        return;
    event.time = m_hasOrigin ? elapsed() : std::chrono::nanoseconds(0);
    event.iteration = m_scheduler->iterations();
    event.sequence = m_scheduler->nextEventNumber();
    if (event.kind == LoopEvent::Kind::Suspended && event.await == LoopEvent::Await::Timer)
        m_timerDeadlines[event.lane] = event.until;
    m_recorder->addLoopEvent(std::move(event));
}

void RunContext::note(int lane, LoopEvent::Kind kind, const CodeLocation &location)
{
    note(LoopEvent::of(lane, kind, location));
}

void RunContext::noteSuspended(int lane, const CodeLocation &location, LoopEvent::Await await,
                               const QString &what, std::vector<int> awaited)
{
    LoopEvent event = LoopEvent::of(lane, LoopEvent::Kind::Suspended, location, what);
    event.await = await;
    event.awaited = std::move(awaited);
    note(std::move(event));
}

void RunContext::noteFinished(int lane, const CodeLocation &location, SpanState state,
                              const QString &reason)
{
    LoopEvent event = LoopEvent::of(lane, LoopEvent::Kind::Finished, location, reason);
    event.state = state;
    note(std::move(event));
}

const SleepOptions *RunContext::sleepOptions(int lane)
{
    if (!m_recordsLoopEvents)
        return m_token.sleepOptions();
    const std::size_t index = std::size_t(lane - kMainLane);
    while (m_observedSleeps.size() <= index)
        m_observedSleeps.push_back(
            SleepOptions{m_scheduler, &m_token, this, int(m_observedSleeps.size()) + kMainLane});
    return &m_observedSleeps[index];
}

void RunContext::timerFired(int lane)
{
    // With its deadline: the narration tells a wake-up that was due (a blocking call made it
    // late) from one the loop was idle for, on the real clock as on the virtual one.
    LoopEvent ready = LoopEvent::of(lane, LoopEvent::Kind::Ready, {});
    ready.until = m_timerDeadlines.value(lane, std::chrono::nanoseconds(-1));
    note(std::move(ready));
}

void RunContext::setTaskDone(int task)
{
    m_taskFinished[std::size_t(task)] = true;
    if (const auto &event = m_taskDone[std::size_t(task)])
        event->set();
}

AsyncEvent &RunContext::taskDoneEvent(int task)
{
    auto &event = m_taskDone[std::size_t(task)];
    if (!event) {
        event = std::make_unique<AsyncEvent>(*m_scheduler);
        if (isTaskDone(task))
            event->set();
    }
    return *event;
}

const QString &RunContext::sleepCall(std::chrono::nanoseconds duration, bool blocking)
{
    const auto key = std::make_pair(qint64(duration.count()), blocking);
    auto found = m_sleepCalls.find(key);
    if (found == m_sleepCalls.end()) {
        const QString seconds =
            QString::number(std::chrono::duration<double>(duration).count(), 'g', 9);
        found = m_sleepCalls.insert(
            key, (blocking ? QStringLiteral("time.sleep(%1)") : QStringLiteral("asyncio.sleep(%1)"))
                     .arg(seconds));
    }
    return *found;
}

bool RunContext::anyTaskFailed() const
{
    return std::find(m_taskFailed.begin(), m_taskFailed.end(), true) != m_taskFailed.end();
}

void RunContext::notifyFinished()
{
    m_mainFinished = true;
    m_heartbeatToken.cancel();
    if (m_onFinished)
        m_onFinished();
}

} // namespace ck
