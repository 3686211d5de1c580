#pragma once

#include <QCoreApplication>
#include <QString>

#include "run/strategy.h"

#include <optional>
#include <vector>

namespace ck {

// What the Run button runs: one strategy, or "compare": sequential and gather started together
// on one scheduler, so both runs share one loop and one time axis.
class RunSelection
{
    Q_DECLARE_TR_FUNCTIONS(RunSelection)

public:
    RunSelection() = default;                                 // sequential
    RunSelection(Strategy strategy) : m_strategy(strategy) {} // NOLINT: a strategy is a selection
    static RunSelection compare();

    // "sequential", "gather", "create-task", "bounded:N" or "compare"; nullopt otherwise. "sync"
    // is refused: it really blocks the event loop, which would freeze the window for the run.
    static std::optional<RunSelection> parse(const QString &text);

    bool isCompare() const { return m_compare; }
    // The strategy of a single run (compare: the concurrent one).
    const Strategy &strategy() const { return m_strategy; }
    // The runs to start together, in the order they are drawn.
    std::vector<Strategy> strategies() const;
    QString name() const;  // the spelling parse() reads: "bounded:2", "compare"
    QString label() const; // for people, translated: "Bounded 2", "Compare"

    bool operator==(const RunSelection &) const = default;

private:
    Strategy m_strategy;
    bool m_compare = false;
};

} // namespace ck
