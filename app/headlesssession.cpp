#include "headlesssession.h"

#include "coro/realclock.h"
#include "coro/scheduler.h"
#include "coro/virtualclock.h"

#include <QEventLoop>
#include <algorithm>

namespace ck {

namespace {

std::unique_ptr<Clock> makeClock(bool virtualClock, double speed)
{
    if (virtualClock)
        return std::make_unique<VirtualClock>();
    return std::make_unique<RealClock>(speed);
}

} // namespace

HeadlessSession::HeadlessSession(std::shared_ptr<const Scenario> scenario, bool virtualClock,
                                 double speed)
    : m_scenario(std::move(scenario)),
      m_scheduler(std::make_unique<Scheduler>(makeClock(virtualClock, speed)))
{}

HeadlessSession::~HeadlessSession()
{
    m_runners.clear(); // before the scheduler they run on
}

const Clock &HeadlessSession::clock() const
{
    return m_scheduler->clock();
}

void HeadlessSession::setLogListener(std::function<void(int, const LogLine &)> listener)
{
    m_logListener = std::move(listener);
}

void HeadlessSession::run(const std::vector<Strategy> &strategies)
{
    QEventLoop loop;
    for (const Strategy &strategy : strategies) {
        auto runner = std::make_unique<Runner>(*m_scheduler, m_scenario, strategy);
        const int index = int(m_runners.size());
        runner->setRecordsLoopEvents(m_recordsLoopEvents);
        if (m_logListener)
            runner->setLogListener(
                [this, index](const LogLine &line) { m_logListener(index, line); });
        QObject::connect(runner.get(), &Runner::finished, &loop, [this, &loop] {
            const bool allDone = std::all_of(m_runners.begin(), m_runners.end(),
                                             [](const auto &r) { return r->isFinished(); });
            if (allDone)
                loop.quit();
        });
        m_runners.push_back(std::move(runner));
    }
    for (auto &runner : m_runners)
        runner->start();
    loop.exec();
}

std::vector<const Recorder *> HeadlessSession::recorders() const
{
    std::vector<const Recorder *> result;
    for (const auto &runner : m_runners)
        result.push_back(runner->recorder().get());
    return result;
}

} // namespace ck
