#pragma once

// The kitchen run sequentially and gathered on the virtual clock, as the timeline draws it:
// the fixture of the painter, view and chart tests.

#include "run/idealtime.h"
#include "runharness.h"
#include "timeline/timelinerun.h"

#include <memory>
#include <vector>

namespace cktest {

class KitchenComparison
{
public:
    KitchenComparison()
        : m_kitchen(builtin(QStringLiteral("kitchen"))),
          m_sequential(std::make_unique<VirtualRun>(m_kitchen, mode(QStringLiteral("sequential")))),
          m_gather(std::make_unique<VirtualRun>(m_kitchen, mode(QStringLiteral("gather"))))
    {}

    const VirtualRun &sequential() const { return *m_sequential; }
    const VirtualRun &gather() const { return *m_gather; }

    std::vector<ck::TimelineRun> runs() const
    {
        std::vector<ck::TimelineRun> result;
        for (const VirtualRun *run : {m_sequential.get(), m_gather.get()}) {
            const ck::Runner &runner = *run->runner;
            result.push_back(
                ck::TimelineRun::of(runner, ck::IdealTime::of(*m_kitchen, runner.strategy())));
        }
        return result;
    }

private:
    std::shared_ptr<const ck::Scenario> m_kitchen;
    std::unique_ptr<VirtualRun> m_sequential;
    std::unique_ptr<VirtualRun> m_gather;
};

} // namespace cktest
