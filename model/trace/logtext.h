#pragma once

#include "logline.h"

#include <QString>

namespace ck {

// How a log line reads, on the command line and in the Log panel alike:
// "[ 2.000 s] End toastBagel()", or with the run's label in a column of its own when runs are
// compared: "[ 2.000 s] Gather      | End toastBagel()". Control characters in the texts are
// shown as escapes (VisibleText).
class LogText
{
public:
    static QString line(const LogLine &line, Language language, const QString &runLabel = {},
                        int labelColumns = 11);
    // "[ 2.000 s] "
    static QString stamp(std::chrono::nanoseconds time);
    // Columns a text takes in a terminal: Hangul and other wide characters take two.
    static int columns(const QString &text);
};

} // namespace ck
