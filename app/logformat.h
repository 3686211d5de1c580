#pragma once

#include "scenario/language.h"
#include "trace/logline.h"

#include <QCoreApplication>
#include <QString>
#include <chrono>

namespace ck {

// How the command line prints times, log lines and totals.
class LogFormat
{
    Q_DECLARE_TR_FUNCTIONS(LogFormat)

public:
    // "Total execution time : 3.00 seconds"
    static QString total(std::chrono::nanoseconds total);
    // "Total execution time (gather) : 3.00 seconds"
    static QString total(std::chrono::nanoseconds total, const QString &mode);
    // "Speedup : 1.67x (gather against sequential)"
    static QString speedup(std::chrono::nanoseconds slow, std::chrono::nanoseconds fast,
                           const QString &slowMode, const QString &fastMode);
};

} // namespace ck
