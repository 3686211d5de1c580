#include "logtext.h"

#include "secondstext.h"
#include "visibletext.h"

#include <QList>
#include <algorithm>

namespace ck {

namespace {

bool isWide(uint c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6);
}

} // namespace

QString LogText::stamp(std::chrono::nanoseconds time)
{
    return SecondsText::stamp(time) + QLatin1Char(' ');
}

int LogText::columns(const QString &text)
{
    int count = 0;
    for (const uint c : text.toUcs4())
        count += isWide(c) ? 2 : 1;
    return count;
}

QString LogText::line(const LogLine &line, Language language, const QString &runLabel,
                      int labelColumns)
{
    // The scenario's text, shown and never obeyed: no ESC or CR of it reaches the terminal.
    const QString text = VisibleText::of(line.text.in(language));
    if (runLabel.isEmpty())
        return stamp(line.time) + text;
    const QString label = VisibleText::of(runLabel);
    const int padding = std::max(0, labelColumns - columns(label));
    return stamp(line.time) + label + QString(padding, QLatin1Char(' ')) + QStringLiteral(" | ") +
           text;
}

} // namespace ck
