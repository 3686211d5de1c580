#include "taskgroup.h"

#include "cancellederror.h"
#include "exceptiongroup.h"
#include "scheduler.h"

namespace ck {

void TaskGroup::enter()
{
    if (m_entered)
        throw std::logic_error("TaskGroup has been already entered");
    m_entered = true;
    m_parent = m_scheduler->currentTask();
    if (!m_parent)
        throw std::logic_error("TaskGroup cannot determine the parent task");
}

void TaskGroup::checkCanCreate() const
{
    if (!m_entered)
        throw std::logic_error("TaskGroup has not been entered");
    if (m_exiting && m_running == 0)
        throw std::logic_error("TaskGroup is finished");
    if (m_aborting)
        throw std::logic_error("TaskGroup is shutting down");
}

void TaskGroup::adopt(std::unique_ptr<Member> member)
{
    member->group = this;
    member->core().addDoneCallback(ReadyItem{&TaskGroup::onTaskDone, member.get()});
    ++m_running;
    m_members.push_back(std::move(member));
}

void TaskGroup::abort()
{
    m_aborting = true;
    for (const std::unique_ptr<Member> &member : m_members)
        if (!member->core().isDone())
            member->core().cancel();
}

void TaskGroup::onTaskDone(void *held)
{
    auto &member = *static_cast<Member *>(held);
    TaskGroup &self = *member.group;
    --self.m_running;
    if (self.m_onCompleted && self.m_running == 0)
        self.m_onCompleted->setResult();
    detail::TaskCore &task = member.core();
    if (task.isCancelled() || !task.error())
        return;
    self.m_errors.push_back(task.error());
    if (self.m_parent->isDone())
        return; // taskgroups.py 186-195: reported to the loop's exception handler
    if (!self.m_aborting && !self.m_parentCancelRequested) {
        // taskgroups.py 197-218: abort what runs in the block; exit() uncancels the parent.
        self.abort();
        self.m_parentCancelRequested = true;
        self.m_parent->cancel();
    }
}

QCoro::Task<> TaskGroup::exit(std::exception_ptr error)
{
    m_exiting = true;
    const bool blockCancelled = CancelledError::holds(error);
    std::exception_ptr propagateCancellation = blockCancelled ? error : nullptr;
    // taskgroups.py 66-71: uncancel() when the group cancelled the parent; with no cancel
    // request left, the CancelledError the group caused is not passed on.
    if (m_parentCancelRequested && m_parent->uncancel() == 0)
        propagateCancellation = nullptr;
    if (error && !m_aborting)
        abort();
    while (m_running > 0) {
        if (!m_onCompleted)
            m_onCompleted = Future::create(*m_scheduler);
        try {
            co_await *m_onCompleted;
        } catch (const CancelledError &) {
            if (!m_aborting) {
                // taskgroups.py 99-110: the parent is cancelled from outside while it waits.
                propagateCancellation = std::current_exception();
                abort();
            }
        }
        m_onCompleted.reset();
    }
    if (propagateCancellation && m_errors.empty())
        std::rethrow_exception(propagateCancellation);
    if (error && !blockCancelled)
        m_errors.push_back(error);
    if (!m_errors.empty())
        throw ExceptionGroup(QStringLiteral("unhandled errors in a TaskGroup"),
                             std::exchange(m_errors, {}));
}

} // namespace ck
