#pragma once

#include <QString>

namespace ck {

// A scenario's texts (log lines, results, names, titles) and what a server sends (HTTP reason
// phrases, request targets) shown where a character could do more than be read: on a terminal,
// where ESC, CR or BEL rewrite the screen; in the Log panel and in CSV, where a line break or a
// bidi override makes one text pass for another ("Trojan source"). Every such character is
// written as its escape, "\x1b" below U+0100 and "\u202e" above; all the others, backslash
// included, stay as they are, so an ordinary text reads unchanged. Tab is escaped too: no
// control character at all reaches a terminal, and the columns of a log line stay where they
// are. The trace and JSON exports keep the exact text, their JSON escapes it.
class VisibleText
{
public:
    static QString of(const QString &text);
    // True for what `of` escapes: C0 controls, DEL, C1 controls (NEL among them), the line and
    // paragraph separators, the bidi embeddings, overrides, isolates and marks, and a surrogate
    // without its pair.
    static bool isHidden(char32_t c);
    // "\x1b" or "\u202e".
    static QString escape(char32_t c);
};

} // namespace ck
