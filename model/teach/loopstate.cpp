#include "loopstate.h"

#include "trace/awaittext.h"
#include "trace/recorder.h"

#include <algorithm>

namespace ck {

using Kind = LoopEvent::Kind;
using State = CoroutineState::State;

LoopState::LoopState(const Recorder &recorder)
    : m_recorder(&recorder), m_coroutines(recorder.lanes().size() + 1)
{
    for (std::size_t i = 0; i < m_coroutines.size(); ++i)
        m_coroutines[i].lane = int(i) - 1;
}

CoroutineState &LoopState::at(int lane)
{
    const std::size_t index = std::size_t(lane + 1);
    while (m_coroutines.size() <= index) {
        CoroutineState added;
        added.lane = int(m_coroutines.size()) - 1;
        m_coroutines.push_back(added);
    }
    return m_coroutines[index];
}

void LoopState::apply(const LoopEvent &event)
{
    ++m_applied;
    m_time = event.time;
    for (const int lane : event.awaited)
        at(lane); // grown first: `coroutine` below must not move
    CoroutineState &coroutine = at(event.lane);
    if (event.kind != Kind::Ready && event.kind != Kind::Chunk)
        coroutine.location = event.location;
    switch (event.kind) {
    case Kind::Created:
    case Kind::Ready:
        makeReady(coroutine);
        break;
    case Kind::Started:
    case Kind::Resumed:
    case Kind::Unblocked:
    case Kind::Returned:
        enter(coroutine, State::Running);
        m_current = event.lane;
        break;
    case Kind::Suspended:
        suspend(coroutine, event);
        break;
    case Kind::Blocked:
        enter(coroutine, State::Blocked);
        coroutine.deadline = event.until;
        coroutine.awaiting = awaitingOf(event);
        m_current = event.lane;
        break;
    case Kind::Called:
        // main() awaiting a task one by one: the task runs inside main's own asyncio task.
        if (event.lane == kMainLane) {
            enter(coroutine, State::Awaiting);
            coroutine.awaiting = event.detail + QStringLiteral("()");
        }
        break;
    case Kind::Printed:
    case Kind::Chunk:
    case Kind::Caught:
    case Kind::TimedOut:
        break;
    case Kind::Cancels:
        cancel(event);
        break;
    case Kind::Finished:
        finish(coroutine, event);
        break;
    }
}

void LoopState::enter(CoroutineState &coroutine, State state)
{
    if (coroutine.state == State::Ready)
        m_ready.erase(std::remove(m_ready.begin(), m_ready.end(), coroutine.lane), m_ready.end());
    coroutine.state = state;
    coroutine.since = m_time;
    coroutine.deadline = std::chrono::nanoseconds(-1);
    coroutine.awaiting.clear();
    coroutine.awaited.clear();
}

void LoopState::makeReady(CoroutineState &coroutine)
{
    const QString awaited = coroutine.awaiting; // keep saying what it was woken from
    enter(coroutine, State::Ready);
    coroutine.awaiting = awaited;
    m_ready.push_back(coroutine.lane);
    if (m_current == coroutine.lane)
        m_current = kNobody;
}

void LoopState::cancel(const LoopEvent &event)
{
    // Task.cancel() cancels the future the task waits on, whose callback puts the task in the
    // ready queue at once (futures.py 146-173): it raises CancelledError when it runs.
    for (const int lane : event.awaited) {
        CoroutineState &victim = at(lane);
        if (victim.state == State::OnTimer || victim.state == State::OnNetwork ||
            victim.state == State::Awaiting)
            makeReady(victim);
    }
}

void LoopState::suspend(CoroutineState &coroutine, const LoopEvent &event)
{
    switch (event.await) {
    case LoopEvent::Await::Timer:
        enter(coroutine, State::OnTimer);
        coroutine.deadline = event.until;
        break;
    case LoopEvent::Await::Network:
        enter(coroutine, State::OnNetwork);
        break;
    default:
        enter(coroutine, State::Awaiting);
        coroutine.awaited = event.awaited;
        break;
    }
    coroutine.awaiting = awaitingOf(event);
    if (m_current == event.lane)
        m_current = kNobody;
    // Awaiting what has already ended does not wait in asyncio either: it is ready at once.
    if (!coroutine.awaited.empty() &&
        std::all_of(coroutine.awaited.begin(), coroutine.awaited.end(),
                    [this](int lane) { return at(lane).isFinished(); }))
        makeReady(coroutine);
}

void LoopState::finish(CoroutineState &coroutine, const LoopEvent &event)
{
    switch (event.state) {
    case SpanState::Failed:
        enter(coroutine, State::Failed);
        coroutine.awaiting = event.detail;
        break;
    case SpanState::Cancelled:
        enter(coroutine, State::Cancelled);
        break;
    default:
        enter(coroutine, State::Done);
        break;
    }
    if (m_current == event.lane)
        m_current = kNobody;
    wakeAwaiters(event.lane);
}

void LoopState::wakeAwaiters(int finishedLane)
{
    for (CoroutineState &other : m_coroutines) {
        if (other.state != State::Awaiting || other.awaited.empty())
            continue;
        const auto &awaited = other.awaited;
        if (std::find(awaited.begin(), awaited.end(), finishedLane) == awaited.end())
            continue;
        if (std::all_of(awaited.begin(), awaited.end(),
                        [this](int lane) { return at(lane).isFinished(); }))
            makeReady(other);
    }
}

std::vector<std::pair<int, std::chrono::nanoseconds>> LoopState::timers() const
{
    std::vector<std::pair<int, std::chrono::nanoseconds>> pending;
    for (const CoroutineState &coroutine : m_coroutines) {
        if (coroutine.state == State::OnTimer)
            pending.emplace_back(coroutine.lane, coroutine.deadline);
    }
    std::stable_sort(pending.begin(), pending.end(),
                     [](const auto &a, const auto &b) { return a.second < b.second; });
    return pending;
}

bool LoopState::isBlocked() const
{
    return m_current != kNobody && coroutine(m_current).state == State::Blocked;
}

bool LoopState::isIdle() const
{
    return m_applied > 0 && !isFinished() && m_current == kNobody && m_ready.empty();
}

bool LoopState::isFinished() const
{
    return m_coroutines.front().isFinished();
}

QString LoopState::awaitingOf(const LoopEvent &event) const
{
    if (!m_recorder)
        return {};
    const QString awaited = AwaitText::ofEvent(*m_recorder, event);
    // A put waits for a free slot of a full queue: say so, with its fill (ref: its maxsize).
    if (event.await == LoopEvent::Await::QueuePut && event.ref > 0)
        return tr("%1: waiting for a slot in queue “%2” (%3/%3)")
            .arg(awaited, event.detail)
            .arg(event.ref);
    return awaited;
}

} // namespace ck
