#include "ascompleted.h"

#include "scheduler.h"

#include <utility>

namespace ck::detail {

AsCompletedState::AsCompletedState(Scheduler &scheduler, std::vector<TaskCore *> tasks)
    : m_scheduler(&scheduler), m_todo(tasks.size())
{
    m_entries.reserve(tasks.size());
    for (std::size_t i = 0; i < tasks.size(); ++i)
        m_entries.push_back(Entry{this, tasks[i], i, true});
    for (Entry &entry : m_entries) {
        retain();
        entry.task->addDoneCallback(itemOf(entry));
    }
}

void AsCompletedState::startTimeout(std::chrono::nanoseconds timeout)
{
    if (m_todo > 0)
        m_timeoutHandle.callAt(*m_scheduler, m_scheduler->now() + timeout,
                               ReadyItem{&AsCompletedState::onTimeout, this});
}

QCoro::Task<std::size_t> AsCompletedState::next()
{
    // queues.py Queue.get: wait on a getter future while the queue is empty.
    retain(); // the awaitable may outlive the AsCompleted that made it
    while (m_done.empty()) {
        Future::Ptr getter = Future::create(*m_scheduler);
        m_getter = getter.get();
        std::exception_ptr error;
        try {
            co_await *getter;
        } catch (...) {
            error = std::current_exception();
        }
        m_getter = nullptr;
        if (error) {
            drop();
            std::rethrow_exception(error);
        }
    }
    const std::size_t index = m_done.front();
    m_done.pop_front();
    drop();
    co_return index;
}

void AsCompletedState::put(std::size_t index)
{
    m_done.push_back(index);
    if (m_getter)
        m_getter->setResult(); // Queue._wakeup_next
}

void AsCompletedState::onCompletion(void *entry)
{
    Entry &done = *static_cast<Entry *>(entry);
    AsCompletedState &self = *done.state;
    if (self.m_todo > 0) { // else _on_timeout() was here first
        done.todo = false;
        --self.m_todo;
        self.put(done.index);
        if (self.m_todo == 0)
            self.m_timeoutHandle.cancel();
    }
    self.drop();
}

void AsCompletedState::onTimeout(void *state)
{
    auto &self = *static_cast<AsCompletedState *>(state);
    self.retain(); // the drops below must not free it under the loop
    for (Entry &entry : self.m_entries) {
        if (!std::exchange(entry.todo, false))
            continue;
        if (entry.task->removeDoneCallback(self.itemOf(entry)))
            self.drop(); // else its callback, already scheduled, finds `todo` empty
        self.put(kTimedOut);
    }
    self.m_todo = 0;
    self.drop();
}

} // namespace ck::detail
