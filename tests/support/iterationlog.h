#pragma once

// What the CPython twins in tests/oracle/*_twins.py print, made by the C++ twin: each line is
// what happened, the loop iteration it happened in (counted from the first line) and the
// virtual time; and a way to run a case's body as a task, as run_until_complete does.

#include "corotest.h"

#include "coro/scheduler.h"
#include "coro/spawn.h"
#include "coro/task.h"
#include "coro/virtualclock.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdint>
#include <memory>

namespace cktest {

class IterationLog
{
public:
    explicit IterationLog(ck::Scheduler *scheduler) : m_scheduler(scheduler) {}

    void note(const QString &what)
    {
        if (m_lines.isEmpty())
            m_first = m_scheduler->iterations();
        const double seconds = std::chrono::duration<double>(m_scheduler->now()).count();
        m_lines.append(QStringLiteral("+%1 t=%2 %3")
                           .arg(m_scheduler->iterations() - m_first)
                           .arg(QString::number(seconds, 'g'), what));
    }
    const QStringList &lines() const { return m_lines; }

private:
    ck::Scheduler *m_scheduler;
    std::uint64_t m_first = 0;
    QStringList m_lines;
};

inline QString py(bool value)
{
    return value ? QStringLiteral("True") : QStringLiteral("False");
}

inline std::unique_ptr<ck::Scheduler> virtualScheduler()
{
    return std::make_unique<ck::Scheduler>(std::make_unique<ck::VirtualClock>());
}

namespace detail {
inline QCoro::Task<> awaitTask(ck::Task<> task)
{
    co_await task;
}
} // namespace detail

// loop.run_until_complete(body()): the body runs as a task (a timeout or a task group needs
// one); its exception is raised here.
template <typename Factory> void runInTask(ck::Scheduler *scheduler, Factory factory)
{
    runSync(detail::awaitTask(ck::spawn(scheduler, std::move(factory))));
}

} // namespace cktest
