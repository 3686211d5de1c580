#include "scenariofault.h"

#include "trace/visibletext.h"

namespace ck {

namespace {

constexpr qsizetype maxQuotedChars = 60;

QString escaped(QChar c)
{
    switch (c.unicode()) {
    case '"':
        return QStringLiteral("\\\"");
    case '\\':
        return QStringLiteral("\\\\");
    case '\n':
        return QStringLiteral("\\n");
    case '\r':
        return QStringLiteral("\\r");
    case '\t':
        return QStringLiteral("\\t");
    default:
        break;
    }
    // Whatever else a terminal would obey or a reader would not see, as the log shows it.
    if (VisibleText::isHidden(c.unicode()))
        return VisibleText::escape(c.unicode());
    return QString(c);
}

} // namespace

QString ScenarioFault::message(const QString &source) const
{
    if (m_path.isRoot())
        return source + QStringLiteral(": ") + m_what;
    return source + QStringLiteral(": ") + m_path.toString() + QStringLiteral(": ") + m_what;
}

QString ScenarioFault::quote(const QString &value)
{
    QString text = QStringLiteral("\"");
    qsizetype shown = value.size() > maxQuotedChars ? maxQuotedChars - 1 : value.size();
    if (shown < value.size() && shown > 0 && value.at(shown - 1).isHighSurrogate())
        --shown; // never split a character outside the Basic Multilingual Plane
    for (qsizetype i = 0; i < shown; ++i) {
        const QChar c = value.at(i);
        if (c.isHighSurrogate() && i + 1 < shown && value.at(i + 1).isLowSurrogate()) {
            text += c; // a character beyond the Basic Multilingual Plane, whole
            text += value.at(++i);
        } else {
            text += escaped(c);
        }
    }
    if (shown < value.size())
        text += QChar(0x2026); // …
    return text + QLatin1Char('"');
}

} // namespace ck
