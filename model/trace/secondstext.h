#pragma once

#include <QCoreApplication>
#include <QString>
#include <chrono>

namespace ck {

// The one formatter of seconds (and of the figures printed beside them, such as a speedup),
// for the command line, the panels, the charts and the narration alike.
//
// Digits are Python's: f"{x:.2f}" rounds the exact binary value, ties to even, so 0.125 prints
// "0.12" and 2.675 (really 2.67499…) "2.67". QString::number rounds ties away from zero
// ("0.13"), and the app prints what the generated Python prints. No locale is involved.
class SecondsText
{
    Q_DECLARE_TR_FUNCTIONS(SecondsText)

public:
    static double of(std::chrono::nanoseconds time); // 3 s -> 3.0
    // Python's f"{value:.{decimals}f}": "3.00", "0.12" for 0.125, "-0.00" for a tiny negative.
    static QString fixed(double value, int decimals);
    static QString fixed(std::chrono::nanoseconds time, int decimals);
    // "3.00 s" in the interface language ("3.00초").
    static QString withUnit(double seconds, int decimals);
    static QString withUnit(std::chrono::nanoseconds time, int decimals);
    // "[ 3.000 s]": the time in front of a log line or a narration sentence, six columns wide.
    static QString stamp(std::chrono::nanoseconds time);
};

} // namespace ck
