#include "visibletext.h"

#include <algorithm>

namespace ck {

bool VisibleText::isHidden(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f ||
           c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069) || (c >= 0xd800 && c <= 0xdfff);
}

QString VisibleText::escape(char32_t c)
{
    if (c < 0x100)
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

QString VisibleText::of(const QString &text)
{
    const auto hidden = [](QChar c) { return isHidden(c.unicode()); };
    if (std::none_of(text.begin(), text.end(), hidden))
        return text; // the usual case: shared, not copied
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // A pair stands for one character beyond the Basic Multilingual Plane: never hidden.
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (isHidden(c.unicode())) {
            out += escape(c.unicode());
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace ck
