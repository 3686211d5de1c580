#include "gatherawaiter.h"

#include "scheduler.h"

namespace ck {

GatherAwaiter::GatherAwaiter(std::vector<detail::TaskCore *> children) : m_left(children.size())
{
    m_children.reserve(children.size());
    for (detail::TaskCore *core : children)
        m_children.push_back(Child{nullptr, core});
}

void GatherAwaiter::await_suspend(std::coroutine_handle<> awaiter)
{
    // The callbacks point into this awaiter, which stays put in the awaiting frame from now on.
    m_awaiter = awaiter;
    for (Child &child : m_children) {
        child.gather = this;
        child.core->addDoneCallback(ReadyItem{&GatherAwaiter::childDone, &child});
    }
}

void GatherAwaiter::await_resume() const
{
    if (m_firstError)
        std::rethrow_exception(m_firstError);
}

void GatherAwaiter::childDone(void *child)
{
    const Child &done = *static_cast<Child *>(child);
    GatherAwaiter &gather = *done.gather;
    if (done.core->error() && !gather.m_firstError)
        gather.m_firstError = done.core->error();
    if (--gather.m_left == 0)
        done.core->scheduler()->resumeSoon(gather.m_awaiter);
}

} // namespace ck
