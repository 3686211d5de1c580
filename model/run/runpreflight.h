#pragma once

#include "runrefusal.h"
#include "strategy.h"

#include <QCoreApplication>
#include <QString>

namespace ck {

class Clock;
struct Scenario;

// Why a scenario cannot run under a strategy on a clock, checked before anything starts:
// the strategy's own rule (order of `after` in one-by-one modes), and steps that only the real
// clock can run (their kind says why: a download from a URL).
class RunPreflight
{
    Q_DECLARE_TR_FUNCTIONS(RunPreflight)

public:
    // Kind::None when the run can go.
    static RunRefusal check(const Scenario &scenario, const Strategy &strategy, const Clock &clock);
    // Its reason alone: empty when the run can go.
    static QString refusal(const Scenario &scenario, const Strategy &strategy, const Clock &clock)
    {
        return check(scenario, strategy, clock).reason;
    }
    // The two checks alone: the strategy's rule (Kind::Order), and the steps that need the real
    // clock (Kind::NeedsRealClock), whatever clock is asked for.
    static RunRefusal orderRefusal(const Scenario &scenario, const Strategy &strategy);
    static RunRefusal realClockRefusal(const Scenario &scenario);
};

} // namespace ck
