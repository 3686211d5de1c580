#include "timerhandle.h"

#include "scheduler.h"
#include "sleepawaiter.h"
#include "wakeobserver.h"

#include <QtGlobal>

#include <algorithm>

namespace ck {

// On the heap: once due, its item waits in the ready queue, where a cancel cannot reach it, so
// it frees itself when it runs; a timer still queued is taken out and freed by cancel().
class TimerHandle::State final : public WakeObserver
{
public:
    State(Scheduler &scheduler, ReadyItem callback, TimerHandle *owner)
        : options{&scheduler, nullptr, this, 0}, timer(options, 0), callback(callback), owner(owner)
    {}
    virtual ~State() = default;

    void timerFired(int) override { run(this); }
    static void run(void *state)
    {
        auto *self = static_cast<State *>(state);
        if (self->owner) {
            self->owner->m_state = nullptr;
            self->callback.invoke(self->callback.context);
        }
        delete self;
    }

    SleepOptions options;
    SleepAwaiter timer;
    ReadyItem callback;
    TimerHandle *owner; // null once cancelled
    bool queued = false;
};

void TimerHandle::callAt(Scheduler &scheduler, std::chrono::nanoseconds when, ReadyItem callback)
{
    cancel();
    auto *state = new State(scheduler, callback, this);
    state->timer.m_frame = nullptr; // a bare timer (see SleepAwaiter::fire)
    state->queued = true;
    m_state = state;
    scheduler.addTimer(&state->timer, std::max(when, std::chrono::nanoseconds(0)));
}

void TimerHandle::callSoon(Scheduler &scheduler, ReadyItem callback)
{
    cancel();
    auto *state = new State(scheduler, callback, this);
    state->timer.m_frame = nullptr;
    m_state = state;
    scheduler.callSoon(&State::run, state);
}

void TimerHandle::cancel()
{
    State *state = std::exchange(m_state, nullptr);
    if (!state)
        return;
    state->owner = nullptr;
    if (state->queued && state->options.scheduler->removeTimer(&state->timer))
        delete state; // else its item is in the ready queue and frees it
}

} // namespace ck
