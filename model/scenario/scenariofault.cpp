#include "scenariofault.h"

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
    if (c.unicode() < 0x20 || c.category() == QChar::Separator_Line ||
        c.category() == QChar::Separator_Paragraph)
        return QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
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
    for (qsizetype i = 0; i < shown; ++i)
        text += escaped(value.at(i));
    if (shown < value.size())
        text += QChar(0x2026); // …
    return text + QLatin1Char('"');
}

} // namespace ck
