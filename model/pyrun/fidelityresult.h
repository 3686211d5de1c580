#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ck {

// What FidelityCheck found comparing the app's QCoro run of a scenario with CPython's run of the
// Python program the app writes for it: the differences, one sentence each, and how much agreed.
struct FidelityResult
{
    Q_DECLARE_TR_FUNCTIONS(FidelityResult)

public:
    QStringList differences;
    int tasks = 0; // the tasks matched in both runs
    int lines = 0; // the printed lines of the app's run (the total's included)

    bool agrees() const { return differences.isEmpty(); }
    // "no difference: 2 tasks, 7 lines agree within 1 µs", or "3 differences".
    QString summary() const;
    // What a log shows: the first `shown` differences, a line each, "and N more" for the rest,
    // then the summary as a sentence of its own ("No difference: …").
    QStringList report(int shown = 20) const;
};

} // namespace ck
