#include "timeout.h"

#include "cancellederror.h"
#include "scheduler.h"
#include "taskcore.h"
#include "timeouterror.h"

#include <stdexcept>

namespace ck {

std::optional<std::chrono::nanoseconds>
Timeout::deadlineAfter(const Scheduler &scheduler, std::optional<std::chrono::nanoseconds> delay)
{
    if (!delay)
        return std::nullopt;
    return scheduler.now() + *delay;
}

void Timeout::reschedule(std::optional<std::chrono::nanoseconds> when)
{
    if (m_state != State::Entered)
        throw std::logic_error("Cannot change state of a Timeout that is not active");
    m_when = when;
    m_handler.cancel();
    if (!when)
        return;
    // timeouts.py 55-58: a time already past is handled on the next iteration.
    if (*when <= m_scheduler->now())
        m_handler.callSoon(*m_scheduler, ReadyItem{&Timeout::onTimeout, this});
    else
        m_handler.callAt(*m_scheduler, *when, ReadyItem{&Timeout::onTimeout, this});
}

void Timeout::enter()
{
    m_state = State::Entered;
    m_task = m_scheduler->currentTask();
    if (!m_task)
        throw std::logic_error("Timeout should be used inside a task");
    reschedule(m_when);
}

std::exception_ptr Timeout::exit(std::exception_ptr error)
{
    m_handler.cancel();
    if (m_state == State::Expiring) {
        m_state = State::Expired;
        // timeouts.py 95-98: uncancel() first, always; the error becomes TimeoutError only when
        // no other cancel request is pending and the block raised CancelledError.
        if (m_task->uncancel() == 0 && CancelledError::holds(error))
            return std::make_exception_ptr(TimeoutError());
    } else if (m_state == State::Entered) {
        m_state = State::Exited;
    }
    return error;
}

void Timeout::onTimeout(void *timeout)
{
    auto &self = *static_cast<Timeout *>(timeout);
    self.m_task->cancel();
    self.m_state = State::Expiring;
}

} // namespace ck
