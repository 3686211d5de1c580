#pragma once

#include "coro/sleepoptions.h"
#include "coro/wakeobserver.h"
#include "trace/loopevent.h"

#include <QHash>
#include <QString>
#include <chrono>
#include <deque>
#include <vector>

namespace ck {

class CancelToken;
class Recorder;
class RunTime;
class Scheduler;

// A run's scheduling events (LoopEvent), when the run records them (teaching views; off for
// crowds): each gets its time and loop iteration here. It hears the timers of the run's sleeps
// fire, which is when their coroutines join the ready queue.
class LoopEventLog final : public WakeObserver
{
public:
    LoopEventLog(Scheduler &scheduler, const CancelToken &token, Recorder &recorder,
                 const RunTime &time)
        : m_scheduler(&scheduler), m_token(&token), m_recorder(&recorder), m_time(&time)
    {}

    void setRecording(bool records) { m_recording = records; }
    bool isRecording() const { return m_recording; }
    // The time an event noted now gets: the run's, 0 before its main program starts.
    std::chrono::nanoseconds now() const;

    void note(LoopEvent event);
    void note(int lane, LoopEvent::Kind kind, const CodeLocation &location);
    // `awaited`: the lanes whose end wakes it; `detail`: what a Network wait downloads.
    void noteSuspended(int lane, const CodeLocation &location, LoopEvent::Await await,
                       std::vector<int> awaited = {}, const QString &detail = {});
    void noteFinished(int lane, const CodeLocation &location, SpanState state,
                      const QString &reason = {}, bool raised = false);
    // From now on asyncio.run cancels what main() left running: their CancelledError is told as
    // its doing, not as a task.cancel() of the scenario's.
    void noteClosing() { m_closing = true; }
    bool isClosing() const { return m_closing; }

    // Options of a sleep on `lane` that the run's token wakes, and that tell this log when its
    // timer fires if it records. They live as long as the log.
    const SleepOptions *sleepOptions(int lane);
    void timerFired(int lane) override;

private:
    Scheduler *m_scheduler;
    const CancelToken *m_token;
    Recorder *m_recorder;
    const RunTime *m_time;
    bool m_recording = false;
    bool m_closing = false;
    std::deque<SleepOptions> m_observedSleeps; // per lane, when loop events are recorded
    QHash<int, std::chrono::nanoseconds> m_timerDeadlines; // per lane, its pending sleep's
    QHash<int, bool> m_threadWaits; // per lane, whether it awaits asyncio.to_thread
};

} // namespace ck
