#pragma once

#include <QString>
#include <chrono>

namespace ck {

// The spelling of literals and names in generated Python and C++: strings escaped so that no
// character of a scenario's text can end its literal or its line (tst_hostiletext), durations
// in the language's units, scenario names that would clash with a keyword or with a name the
// program itself uses renamed with a trailing underscore.
class CodeSyntax
{
public:
    static QString pythonString(const QString &text); // "Start brewCoffee()"
    static QString cppString(const QString &text);    // QStringLiteral("...")
    static QString cppCString(const QString &text);   // "..." (UTF-8)
    // A text for a `#` or `//` comment, on one line that it cannot end or extend: what
    // VisibleText escapes is escaped, and so is a last backslash (C++ would splice the next line).
    static QString comment(const QString &text);
    static QString pythonName(const QString &name);                                // pass -> pass_
    static QString cppName(const QString &name);                                   // new -> new_
    static QString pythonSeconds(std::chrono::nanoseconds duration, double speed); // 0.03
    static QString cppDuration(std::chrono::nanoseconds duration, double speed);   // 30ms
    static QString number(double value);                                           // 200000, 0.5
    static std::chrono::nanoseconds scaled(std::chrono::nanoseconds duration, double speed);
};

} // namespace ck
