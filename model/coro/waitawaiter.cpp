#include "waitawaiter.h"

#include "scheduler.h"

#include <QtGlobal>

namespace ck {

// _wait's closure: the counter, the waiter, the timeout handle; and one done callback per task,
// each holding a reference (see SharedState).
class WaitAwaiter::State final : public detail::SharedState
{
public:
    struct Entry
    {
        State *state;
        detail::TaskCore *task;
    };

    State(Scheduler &scheduler, ReturnWhen returnWhen)
        : waiter(Future::create(scheduler)), returnWhen(returnWhen)
    {}

    // tasks.py 509-519 _on_completion.
    static void onCompletion(void *entry)
    {
        const Entry &done = *static_cast<Entry *>(entry);
        State &self = *done.state;
        --self.counter;
        if (self.counter <= 0 || self.returnWhen == ReturnWhen::FirstCompleted ||
            (self.returnWhen == ReturnWhen::FirstException && done.task->error() &&
             !done.task->isCancelled())) {
            self.timeoutHandle.cancel();
            self.waiter->setResult();
        }
        self.drop();
    }
    ReadyItem itemOf(Entry &entry) { return ReadyItem{&State::onCompletion, &entry}; }

    std::vector<Entry> entries;
    Future::Ptr waiter;
    TimerHandle timeoutHandle;
    ReturnWhen returnWhen;
    std::ptrdiff_t counter = 0;
};

WaitAwaiter::WaitAwaiter(std::vector<detail::TaskCore *> tasks, ReturnWhen returnWhen,
                         std::optional<std::chrono::nanoseconds> timeout)
{
    Q_ASSERT_X(!tasks.empty(), "WaitAwaiter", "Set of Tasks/Futures is empty.");
    Scheduler &scheduler = *tasks.front()->scheduler();
    m_state.reset(new State(scheduler, returnWhen));
    State &state = *m_state;
    state.entries.reserve(tasks.size());
    for (detail::TaskCore *task : tasks)
        state.entries.push_back(State::Entry{&state, task});
    state.counter = std::ptrdiff_t(tasks.size());
    if (timeout)
        state.timeoutHandle.callAt(scheduler, scheduler.now() + *timeout,
                                   state.waiter->releaseItem());
    for (State::Entry &entry : state.entries) {
        state.retain();
        entry.task->addDoneCallback(state.itemOf(entry));
    }
}

WaitAwaiter::WaitAwaiter(WaitAwaiter &&other) noexcept = default;
WaitAwaiter::~WaitAwaiter() = default;

QCoro::Task<WaitResult> WaitAwaiter::wait()
{
    State &state = *m_state;
    std::exception_ptr error;
    try {
        co_await *state.waiter;
    } catch (...) {
        error = std::current_exception();
    }
    state.timeoutHandle.cancel(); // the `finally`
    for (State::Entry &entry : state.entries)
        if (entry.task->removeDoneCallback(state.itemOf(entry)))
            state.drop();
    if (error)
        std::rethrow_exception(error);
    WaitResult result;
    for (std::size_t i = 0; i < state.entries.size(); ++i)
        (state.entries[i].task->isDone() ? result.done : result.pending).push_back(i);
    co_return result;
}

} // namespace ck
