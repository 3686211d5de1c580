#include "narration.h"

#include "koreanparticles.h"
#include "looporder.h"
#include "scenario/namedobject.h"
#include "steps/cancelstep.h"
#include "trace/awaittext.h"
#include "trace/secondstext.h"

#include <algorithm>
#include <vector>

namespace ck {

using Kind = LoopEvent::Kind;

QString Narration::sentence(const Recorder &recorder, std::size_t index, Language language)
{
    return sentence({&recorder}, {}, 0, index, language);
}

QString Narration::sentence(const std::vector<const Recorder *> &runs, const QStringList &labels,
                            std::size_t run, std::size_t index, Language language)
{
    const Recorder &recorder = *runs.at(run);
    const LoopEvent &event = recorder.loopEvents().at(index);
    return KoreanParticles::settle(base(recorder, event, language) +
                                   continuation(runs, labels, run, index) + QLatin1Char('.'));
}

QString Narration::coroutineName(const Recorder &recorder, int lane)
{
    if (lane == kMainLane || lane < 0 || std::size_t(lane) >= recorder.lanes().size())
        return QStringLiteral("main()");
    return recorder.lanes()[std::size_t(lane)].name;
}

QString Narration::base(const Recorder &recorder, const LoopEvent &event, Language language)
{
    const QString name = coroutineName(recorder, event.lane);
    const bool isMain = event.lane == kMainLane;
    switch (event.kind) {
    case Kind::Created:
        return created(recorder, event, name);
    case Kind::Started:
        return isMain ? tr("asyncio.run starts main()") : tr("The loop starts %1").arg(name);
    case Kind::Suspended:
        if (event.await == LoopEvent::Await::Acquire)
            return acquiring(recorder, name, event);
        if (const Lane *first = firstAwaited(recorder, event); first && first->asCompleted)
            return tr("%1 is suspended at await next_done of %2 until the next of them is done")
                .arg(name, AwaitText::ofEvent(recorder, event));
        if (const Lane *first = firstAwaited(recorder, event); first && first->waited)
            return tr("%1 is suspended at await %2 until its return_when is met")
                .arg(name, AwaitText::ofEvent(recorder, event));
        return suspended(name, AwaitText::ofEvent(recorder, event), event);
    case Kind::Ready:
        if (event.await == LoopEvent::Await::Thread)
            return tr("The worker thread returns from %1's blocking call: %1 joins the ready "
                      "queue")
                .arg(name);
        return tr("The timer of %1 fires: %1 joins the ready queue").arg(name);
    case Kind::Resumed:
        return resumed(recorder, name, event);
    case Kind::Blocked:
        return tr("%1 calls %2, which blocks: the whole loop stops and nothing else can run "
                  "until %3")
            .arg(name, AwaitText::ofEvent(recorder, event), SecondsText::withUnit(event.until, 3));
    case Kind::Unblocked:
        return tr("%1 returns from its blocking call: the loop is free again").arg(name);
    case Kind::Called:
        if (isMain)
            return tr("main() awaits %1(): the task runs inside main's own task, like a plain "
                      "call")
                .arg(event.detail);
        return tr("%1 awaits %2(): the routine runs inside the same task without giving the "
                  "loop back")
            .arg(name, event.detail);
    case Kind::Returned:
        if (!event.awaited.empty() && !event.value.isEmpty()) // a round of as_completed
            return tr("%1 is the next to finish; %2 handles its result, %3")
                .arg(event.detail, name, event.value.in(language));
        if (!event.awaited.empty())
            return tr("%1 is the next to finish; %2 handles its result").arg(event.detail, name);
        if (!event.value.isEmpty()) // a routine: what it returned, as Python's repr
            return tr("%1() returns %2 to %3").arg(event.detail, event.value.in(language), name);
        return tr("%1() returns to %2").arg(event.detail, name);
    case Kind::Printed:
        return printed(recorder, event, name, language);
    case Kind::Chunk:
        return tr("Chunk %1 of %2's download arrives (%3 bytes)")
            .arg(event.ref)
            .arg(name)
            .arg(event.bytes);
    case Kind::Finished:
        return finished(recorder, event);
    case Kind::Caught:
        if (event.ref == LoopEvent::kFromGroup)
            return tr("%1 catches “%2” from the ExceptionGroup in an except* clause and goes on")
                .arg(name, event.detail);
        if (event.ref == LoopEvent::kNakedStar)
            return tr("%1 catches “%2” in an except* clause and goes on").arg(name, event.detail);
        return tr("%1 catches “%2” in an except clause and goes on").arg(name, event.detail);
    case Kind::Cancels:
        return cancels(event, name);
    case Kind::TimedOut:
        return tr("The %1 deadline of asyncio.timeout passes: %2 is cancelled at its await and "
                  "TimeoutError is raised")
            .arg(SecondsText::withUnit(event.asked, 3), name);
    }
    return {};
}

QString Narration::resumed(const Recorder &recorder, const QString &name, const LoopEvent &event)
{
    if (event.awaited.empty())
        return tr("The loop resumes %1").arg(name);
    const QString waker = coroutineName(recorder, event.awaited.front());
    const QString at = SecondsText::withUnit(event.until, 3);
    switch (event.await) {
    case LoopEvent::Await::Acquire:
        return tr("The loop resumes %1: %2 released the lock at %3, and %1 holds it now")
            .arg(name, waker, at);
    case LoopEvent::Await::Event:
        return tr("The loop resumes %1: %2 set the event at %3").arg(name, waker, at);
    case LoopEvent::Await::Notify:
        return tr("The loop resumes %1: %2 notified it at %3").arg(name, waker, at);
    case LoopEvent::Await::QueueGet:
        return tr("The loop resumes %1: %2 put the item it gets at %3").arg(name, waker, at);
    case LoopEvent::Await::QueuePut:
        return tr("The loop resumes %1: %2 took an item out at %3, which makes room for its "
                  "put")
            .arg(name, waker, at);
    default:
        return tr("The loop resumes %1").arg(name);
    }
}

// How a task was made: a Python program's task says so (the trace's `via`, in the event's
// detail); a scenario's is told from its lane's flags, empty for a task main() creates.
QString Narration::viaOf(const Recorder &recorder, const LoopEvent &event)
{
    if (!event.detail.isEmpty())
        return event.detail;
    const Lane &lane = recorder.lanes().at(std::size_t(event.lane));
    if (awaitedByWaitFor(recorder, event.lane))
        return QStringLiteral("wait_for");
    if (lane.inGroup)
        return QStringLiteral("taskgroup");
    if (lane.asCompleted)
        return QStringLiteral("as_completed");
    if (lane.waited)
        return QStringLiteral("create_task");
    if (lane.parent >= 0)
        return QStringLiteral("gather");
    return {};
}

QString Narration::created(const Recorder &recorder, const LoopEvent &event, const QString &name)
{
    const QString via = viaOf(recorder, event);
    if (via.isEmpty())
        return tr("%1 is created as a task: it is ready and starts on a later loop iteration")
            .arg(name);
    if (via == QLatin1String("gather"))
        return tr("asyncio.gather wraps %1 in a task of its own: it is ready to start").arg(name);
    if (via == QLatin1String("as_completed"))
        return tr("asyncio.as_completed wraps %1 in a task of its own: it is ready to start")
            .arg(name);
    if (via == QLatin1String("wait_for"))
        return tr("asyncio.wait_for wraps %1 in a task of its own: it is ready to start").arg(name);
    if (via == QLatin1String("taskgroup"))
        return tr("tg.create_task makes %1 a task of the TaskGroup: it is ready to start")
            .arg(name);
    if (via == QLatin1String("create_task") && recorder.lanes().at(std::size_t(event.lane)).waited)
        return tr("asyncio.create_task makes %1 a task for asyncio.wait: it is ready to start")
            .arg(name);
    if (via == QLatin1String("create_task"))
        return tr("asyncio.create_task makes %1 a task: it is ready and starts on a later loop "
                  "iteration")
            .arg(name);
    if (via == QLatin1String("Task"))
        return tr("asyncio.Task(%1()) makes %1 a task: it is ready and starts on a later loop "
                  "iteration")
            .arg(name);
    return tr("asyncio.%1 wraps %2 in a task of its own: it is ready to start").arg(via, name);
}

const Lane *Narration::firstAwaited(const Recorder &recorder, const LoopEvent &event)
{
    if (event.await != LoopEvent::Await::Routines || event.awaited.empty() ||
        event.awaited.front() < 0 || std::size_t(event.awaited.front()) >= recorder.lanes().size())
        return nullptr;
    return &recorder.lanes()[std::size_t(event.awaited.front())];
}

QString Narration::suspended(const QString &name, const QString &awaited, const LoopEvent &event)
{
    switch (event.await) {
    case LoopEvent::Await::Timer:
        return tr("%1 is suspended at await %2 (its timer fires at %3)")
            .arg(name, awaited, SecondsText::withUnit(event.until, 3));
    case LoopEvent::Await::Network:
        return tr("%1 is suspended until data arrives: %2").arg(name, awaited);
    case LoopEvent::Await::Routines:
        return tr("%1 is suspended at await %2 until all of them are done").arg(name, awaited);
    case LoopEvent::Await::Task:
        return tr("%1 is suspended at await %2 until that task is done").arg(name, awaited);
    case LoopEvent::Await::Predecessors:
        return tr("%1 waits for %2 to finish first").arg(name, awaited);
    case LoopEvent::Await::Thread:
        return tr("%1 is suspended at await %2: a worker thread runs the blocking call, and the "
                  "loop runs other tasks meanwhile")
            .arg(name, awaited);
    case LoopEvent::Await::TaskGroup:
        return tr("%1 is suspended at the end of async with %2 until all its tasks are done; the "
                  "first one to raise cancels the others")
            .arg(name, awaited);
    case LoopEvent::Await::WaitFor:
        return tr("%1 is suspended at await %2: if the routine has not ended in %3, it is "
                  "cancelled and TimeoutError is raised in %1")
            .arg(name, awaited, SecondsText::withUnit(event.asked, 3));
    case LoopEvent::Await::Event:
        return tr("%1 is suspended at await %2 until another task calls %3.set()")
            .arg(name, awaited, event.detail);
    case LoopEvent::Await::Notify:
        return tr("%1 is suspended at await %2: it has released the lock of “%3” and waits until "
                  "another task calls %3.notify() or %3.notify_all()")
            .arg(name, awaited, event.detail);
    case LoopEvent::Await::QueuePut:
        return tr("%1 waits: the queue “%2” is full (%3 of %3), until a get() takes an item out "
                  "(await %4)")
            .arg(name, event.detail, QString::number(event.ref), awaited);
    case LoopEvent::Await::QueueGet:
        return tr("%1 waits: the queue “%2” is empty, until a put() brings an item (await %3)")
            .arg(name, event.detail, awaited);
    case LoopEvent::Await::QueueJoin:
        return tr("%1 waits at await %2 until every item put in “%3” is marked done with "
                  "task_done()")
            .arg(name, awaited, event.detail);
    case LoopEvent::Await::Acquire: // acquiring() tells whom it waits for
    case LoopEvent::Await::None:
        break;
    }
    return tr("%1 is suspended").arg(name);
}

QString Narration::acquiring(const Recorder &recorder, const QString &name, const LoopEvent &event)
{
    const QString awaited = AwaitText::ofEvent(recorder, event);
    QStringList holders;
    for (const int lane : event.awaited)
        holders << coroutineName(recorder, lane);
    if (holders.isEmpty())
        return tr("%1 waits for “%2”: other tasks queued for it first (await %3)")
            .arg(name, event.detail, awaited);
    if (event.ref == int(NamedObject::Type::Semaphore))
        return tr("%1 waits for a free slot of the semaphore “%2”, held by %3 (await %4)")
            .arg(name, event.detail, holders.join(QStringLiteral(", ")), awaited);
    return tr("%1 waits for the lock “%2” held by %3 (await %4)")
        .arg(name, event.detail, holders.join(QStringLiteral(", ")), awaited);
}

QString Narration::printed(const Recorder &recorder, const LoopEvent &event, const QString &name,
                           Language language)
{
    const LogLine &line = recorder.logLines().at(std::size_t(event.ref));
    if (line.warning)
        return tr("%1 calls %2() without await: Python makes a coroutine object, never runs it, "
                  "and warns “%3”")
            .arg(name, event.detail, line.text.in(language));
    return tr("%1 prints “%2”").arg(name, line.text.in(language));
}

QString Narration::cancels(const LoopEvent &event, const QString &name)
{
    const QString call = CancelStep::callText(event.detail);
    if (event.state == SpanState::Done)
        return tr("%1 calls %2, but %3 is done already: cancel() returns False and does nothing")
            .arg(name, call, event.detail);
    if (!event.awaited.empty() && event.awaited.front() == event.lane)
        return tr("%1 calls %2 on itself: it goes on running, and CancelledError is raised at its "
                  "next await")
            .arg(name, call);
    return tr("%1 calls %2: %3 gets CancelledError at the await it is suspended on, when the loop "
              "next runs it")
        .arg(name, call, event.detail);
}

QString Narration::finished(const Recorder &recorder, const LoopEvent &event)
{
    const QString name = coroutineName(recorder, event.lane);
    switch (event.state) {
    case SpanState::Failed:
        if (event.raised && event.lane == kMainLane)
            return tr("The exception reaches main(): main() raises %1, asyncio.run cancels what "
                      "is still running and the program ends with its traceback")
                .arg(event.detail);
        if (event.raised)
            return tr("%1 raises %2").arg(name, event.detail);
        return tr("%1 failed: %2").arg(name, event.detail);
    case SpanState::Cancelled:
        if (awaitedByWaitFor(recorder, event.lane))
            return tr("%1 is cancelled: its wait_for's timeout has passed").arg(name);
        if (event.lane >= 0 && recorder.lanes().at(std::size_t(event.lane)).inGroup)
            return tr("%1 is cancelled: another task of its TaskGroup raised").arg(name);
        if (event.raised) // by task.cancel(): CancelledError went through the coroutine
            return tr("%1 ends cancelled: CancelledError went up through it, and whoever awaits "
                      "it gets CancelledError too")
                .arg(name);
        if (event.lane >= 0 && recorder.lanes().at(std::size_t(event.lane)).detached)
            return tr("asyncio.run cancels %1, which nobody awaited: it never gets to its end")
                .arg(name);
        return tr("%1 is cancelled").arg(name);
    default:
        break;
    }
    if (event.lane == kMainLane)
        return tr("main() returns: asyncio.run closes the loop");
    return tr("%1 is done").arg(name);
}

bool Narration::awaitedByWaitFor(const Recorder &recorder, int lane)
{
    if (lane < 0 || std::size_t(lane) >= recorder.lanes().size())
        return false;
    const int span = recorder.lanes()[std::size_t(lane)].gatheredBy;
    return span >= 0 && std::size_t(span) < recorder.spans().size() &&
           recorder.spans()[std::size_t(span)].asked().count() >= 0;
}

QString Narration::continuation(const std::vector<const Recorder *> &runs,
                                const QStringList &labels, std::size_t run, std::size_t index)
{
    const LoopEvent &event = runs[run]->loopEvents()[index];
    const bool givesLoopBack = event.kind == Kind::Suspended || event.kind == Kind::Finished;
    if (!givesLoopBack || (event.lane == kMainLane && event.kind == Kind::Finished))
        return {};
    // What the loop does next may be another run's, when runs share it (a comparison).
    std::vector<std::size_t> next = eventsAfter(runs, run, index);
    // Whether the loop is idle is read from what woke the coroutine it runs next, not from
    // the clock: on the real clock every event is some microseconds after the one before.
    std::vector<std::pair<std::pair<std::size_t, int>, std::chrono::nanoseconds>> wokenLater;
    for (;;) {
        const std::size_t in = nextOnTheLoop(runs, next);
        if (in == runs.size())
            return {};
        const LoopEvent &later = runs[in]->loopEvents()[next[in]++];
        const std::pair<std::size_t, int> who{in, later.lane};
        if (const auto woken = wakeUpAfter(event, later))
            wokenLater.emplace_back(who, *woken);
        if (later.kind == Kind::Created || later.kind == Kind::Ready ||
            later.kind == Kind::Printed || later.kind == Kind::Finished ||
            later.kind == Kind::Chunk || later.kind == Kind::Cancels)
            continue;
        const auto woken = std::find_if(wokenLater.begin(), wokenLater.end(),
                                        [&who](const auto &w) { return w.first == who; });
        if (woken != wokenLater.end())
            return tr("; nothing is ready, so the loop is idle until %1")
                .arg(SecondsText::withUnit(woken->second, 3));
        const QString name =
            runs.size() > 1 && !labels.value(qsizetype(in)).isEmpty()
                ? QStringLiteral("%1 · %2").arg(labels.value(qsizetype(in)),
                                                coroutineName(*runs[in], later.lane))
                : coroutineName(*runs[in], later.lane);
        if (later.kind == Kind::Started)
            return tr("; the loop starts %1").arg(name);
        if (later.kind == Kind::Resumed && who != std::pair(run, event.lane))
            return tr("; the loop resumes %1").arg(name);
        return {};
    }
}

std::vector<std::size_t> Narration::eventsAfter(const std::vector<const Recorder *> &runs,
                                                std::size_t run, std::size_t index)
{
    const std::uint64_t sequence = runs[run]->loopEvents()[index].sequence;
    const bool shared = LoopOrder::shareOneLoop(runs);
    std::vector<std::size_t> after;
    for (std::size_t other = 0; other < runs.size(); ++other) {
        const auto &events = runs[other]->loopEvents();
        if (other == run)
            after.push_back(index + 1);
        else if (!shared)
            after.push_back(events.size()); // another loop's: not this one's story
        else
            after.push_back(std::size_t(std::upper_bound(events.begin(), events.end(), sequence,
                                                         [](std::uint64_t s, const LoopEvent &e) {
                                                             return s < e.sequence;
                                                         }) -
                                        events.begin()));
    }
    return after;
}

std::size_t Narration::nextOnTheLoop(const std::vector<const Recorder *> &runs,
                                     const std::vector<std::size_t> &next)
{
    std::size_t first = runs.size();
    for (std::size_t run = 0; run < runs.size(); ++run) {
        const auto &events = runs[run]->loopEvents();
        if (next[run] < events.size() &&
            (first == runs.size() ||
             events[next[run]].sequence < runs[first]->loopEvents()[next[first]].sequence))
            first = run;
    }
    return first;
}

std::optional<std::chrono::nanoseconds> Narration::wakeUpAfter(const LoopEvent &event,
                                                               const LoopEvent &later)
{
    // A timer that was due when `event` gave the loop back (a blocking call made it late)
    // had its coroutine ready already; one due later is what the loop waited for.
    if (later.kind == Kind::Ready) {
        const auto due = later.until.count() >= 0 ? later.until : later.time;
        return due > event.time ? std::optional(due) : std::nullopt;
    }
    if (later.kind == Kind::Chunk)
        return later.time; // the network woke it
    return std::nullopt;
}

} // namespace ck
