#include "loopeventlog.h"

#include "coro/canceltoken.h"
#include "coro/scheduler.h"
#include "runtime.h"
#include "trace/recorder.h"

namespace ck {

std::chrono::nanoseconds LoopEventLog::now() const
{
    return m_time->hasOrigin() ? m_time->elapsed() : std::chrono::nanoseconds(0);
}

void LoopEventLog::note(LoopEvent event)
{
    if (!m_recording)
        return;
    event.time = now();
    event.iteration = m_scheduler->iterations();
    event.sequence = m_scheduler->nextEventNumber();
    if (event.kind == LoopEvent::Kind::Suspended && event.await == LoopEvent::Await::Timer)
        m_timerDeadlines[event.lane] = event.until;
    if (event.kind == LoopEvent::Kind::Suspended)
        m_threadWaits[event.lane] = event.await == LoopEvent::Await::Thread;
    m_recorder->addLoopEvent(std::move(event));
}

void LoopEventLog::note(int lane, LoopEvent::Kind kind, const CodeLocation &location)
{
    note(LoopEvent::of(lane, kind, location));
}

void LoopEventLog::noteSuspended(int lane, const CodeLocation &location, LoopEvent::Await await,
                                 std::vector<int> awaited, const QString &detail)
{
    LoopEvent event = LoopEvent::of(lane, LoopEvent::Kind::Suspended, location, detail);
    event.await = await;
    event.awaited = std::move(awaited);
    note(std::move(event));
}

void LoopEventLog::noteFinished(int lane, const CodeLocation &location, SpanState state,
                                const QString &reason, bool raised)
{
    LoopEvent event = LoopEvent::of(lane, LoopEvent::Kind::Finished, location, reason);
    event.state = state;
    event.raised = raised && !(m_closing && state == SpanState::Cancelled);
    note(std::move(event));
}

const SleepOptions *LoopEventLog::sleepOptions(int lane)
{
    if (!m_recording)
        return m_token->sleepOptions();
    const std::size_t index = std::size_t(lane - kMainLane);
    while (m_observedSleeps.size() <= index)
        m_observedSleeps.push_back(
            SleepOptions{m_scheduler, m_token, this, int(m_observedSleeps.size()) + kMainLane});
    return &m_observedSleeps[index];
}

void LoopEventLog::timerFired(int lane)
{
    // With its deadline: the narration tells a wake-up that was due (a blocking call made it
    // late) from one the loop was idle for, on the real clock as on the virtual one.
    LoopEvent ready = LoopEvent::of(lane, LoopEvent::Kind::Ready, {});
    ready.until = m_timerDeadlines.value(lane, std::chrono::nanoseconds(-1));
    // The timer of an asyncio.to_thread call stands for its worker thread's return.
    if (m_threadWaits.value(lane, false))
        ready.await = LoopEvent::Await::Thread;
    note(std::move(ready));
}

} // namespace ck
