#include "fstring.h"

#include "codegen/codesyntax.h"

namespace ck {

namespace {

bool isIdentifierStart(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('_');
}

bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

constexpr qsizetype maxNameLength = 64;

} // namespace

bool FString::isVariableName(const QString &name)
{
    if (name.isEmpty() || name.size() > maxNameLength || !isIdentifierStart(name.front()))
        return false;
    for (const QChar c : name) {
        if (!isIdentifierPart(c))
            return false;
    }
    // A keyword of either language would be written under another name.
    return CodeSyntax::pythonName(name) == name && CodeSyntax::cppName(name) == name;
}

std::optional<FString> FString::parse(const QString &text, QString *error)
{
    FString result;
    QString literal;
    const auto flush = [&] {
        if (!literal.isEmpty())
            result.m_pieces.push_back(Piece{literal, false});
        literal.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool doubled = i + 1 < text.size() && text.at(i + 1) == c;
        if (c == QLatin1Char('}')) {
            if (!doubled) {
                *error = tr("a single \"}\" at character %1: write \"}}\" for a brace")
                             .arg(QString::number(i + 1));
                return std::nullopt;
            }
            literal += c;
            ++i;
            continue;
        }
        if (c != QLatin1Char('{')) {
            literal += c;
            continue;
        }
        if (doubled) {
            literal += c;
            ++i;
            continue;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), i + 1);
        const QString name = close < 0 ? QString() : text.mid(i + 1, close - i - 1);
        if (close < 0 || !isVariableName(name)) {
            *error = tr("\"{\" at character %1 must begin a placeholder such as {data} (a "
                        "variable's name), or be written \"{{\"")
                         .arg(QString::number(i + 1));
            return std::nullopt;
        }
        flush();
        result.m_pieces.push_back(Piece{name, true});
        i = close;
    }
    flush();
    return result;
}

QStringList FString::names() const
{
    QStringList names;
    for (const Piece &piece : m_pieces) {
        if (piece.isName)
            names << piece.text;
    }
    return names;
}

QString FString::soleName() const
{
    return m_pieces.size() == 1 && m_pieces.front().isName ? m_pieces.front().text : QString();
}

QString FString::render(const std::function<QString(const QString &)> &valueOf) const
{
    QString out;
    for (const Piece &piece : m_pieces)
        out += piece.isName ? valueOf(piece.text) : piece.text;
    return out;
}

} // namespace ck
