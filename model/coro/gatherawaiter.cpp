#include "gatherawaiter.h"

#include "cancellederror.h"
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
    for (Child &child : m_children) {
        child.gather = this;
        child.core->addDoneCallback(ReadyItem{&GatherAwaiter::childDone, &child});
    }
    m_suspension.suspend(*m_children.front().core->scheduler(), awaiter, &GatherAwaiter::cancel,
                         this);
}

void GatherAwaiter::await_resume() const
{
    m_suspension.raiseIfCancelled();
    if (m_cancelMessage)
        throw CancelledError(*m_cancelMessage);
    if (m_firstError)
        std::rethrow_exception(m_firstError);
}

bool GatherAwaiter::cancel(void *gather, const QString &message)
{
    // _GatheringFuture.cancel: true when a child took the cancellation; the awaiting task goes on
    // waiting for the children, and raises once they have all settled.
    auto &self = *static_cast<GatherAwaiter *>(gather);
    bool cancelled = false;
    for (const Child &child : self.m_children)
        cancelled = child.core->cancel(message) || cancelled;
    if (cancelled)
        self.m_cancelMessage = std::make_unique<QString>(message);
    return cancelled;
}

void GatherAwaiter::childDone(void *child)
{
    const Child &done = *static_cast<Child *>(child);
    GatherAwaiter &gather = *done.gather;
    if (done.core->error() && !gather.m_firstError)
        gather.m_firstError = done.core->error();
    if (--gather.m_left == 0)
        gather.m_suspension.resumeSoon();
}

} // namespace ck
